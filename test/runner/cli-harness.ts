import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';

/** CLI tests drive the compiled CLI (`npm test` builds dist/ first), as users and clusters do. */
export const MAIN = resolve('dist/sim/cli/main.js');

export interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Run `deptsim args` in `cwd` (CI=1: plain progress lines); `onSpawn` gets a way to signal it. */
export function deptsimIn(cwd: string, args: string[], env: Record<string, string> = {}, onSpawn?: (kill: (s: NodeJS.Signals) => void) => void): Promise<Ran> {
  return new Promise((done) => {
    const p = spawn(process.execPath, [MAIN, ...args], { cwd, env: { ...process.env, CI: '1', ...env } });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('close', (code, signal) => done({ code, signal, stdout, stderr }));
    onSpawn?.((s) => p.kill(s));
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
