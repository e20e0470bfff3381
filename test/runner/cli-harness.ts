import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';

/** CLI tests drive the compiled CLI (`npm test` builds dist/ first), as users and clusters do. */
export const MAIN = resolve('dist/sim/cli/main.js');
export const FIX = resolve('test/runner/fixtures');

/**
 * A CLI test file's own temporary folder: made before its tests (once dist/ is known to be built),
 * handed to `use` (which may set the folder up), and removed after the tests.
 */
export function scratchFolder(prefix: string, use: (dir: string) => void | Promise<void>): void {
  let dir = '';
  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error('dist/ is missing: run `npm run build` first');
    dir = mkdtempSync(join(tmpdir(), prefix));
    await use(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
}

export interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall time from start to exit, ms. */
  ms: number;
}

/** Run `deptsim args` in `cwd` (CI=1: plain progress lines); `onSpawn` gets a way to signal it, and its pid. */
export function deptsimIn(
  cwd: string,
  args: string[],
  env: Record<string, string> = {},
  onSpawn?: (kill: (s: NodeJS.Signals) => void, pid: number) => void,
): Promise<Ran> {
  return new Promise((done) => {
    const start = Date.now();
    const p = spawn(process.execPath, [MAIN, ...args], { cwd, env: { ...process.env, CI: '1', ...env } });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('close', (code, signal) => done({ code, signal, stdout, stderr, ms: Date.now() - start }));
    onSpawn?.((s) => p.kill(s), p.pid as number);
  });
}

/** Every file under a folder, by relative path, as bytes. */
export function tree(root: string, sub = ''): Record<string, Buffer> {
  const out: Record<string, Buffer> = {};
  for (const name of readdirSync(join(root, sub)).sort()) {
    const rel = sub ? `${sub}/${name}` : name;
    if (statSync(join(root, rel)).isDirectory()) Object.assign(out, tree(root, rel));
    else out[rel] = readFileSync(join(root, rel));
  }
  return out;
}

/** The two folders hold the same files, byte for byte. */
export function expectSameTree(a: string, b: string): void {
  const ta = tree(a);
  const tb = tree(b);
  expect(Object.keys(tb)).toEqual(Object.keys(ta));
  for (const k of Object.keys(ta)) expect(tb[k].equals(ta[k]), `${k} differs`).toBe(true);
}

/** A user error: exit code 2 and exactly one line on stderr, no stack trace, no internal error. */
export function expectOneLine(r: Ran, pattern: RegExp): void {
  expect(r.code, r.stderr).toBe(2);
  const lines = r.stderr.trim().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(lines[0]).not.toMatch(/internal error|    at /);
}

/** Poll until `ok()` holds (or fail after `ms`). */
export async function until(ok: () => boolean, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 5));
  }
}
