import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { expect } from 'vitest';

/** The compiled CLI (`npm test` builds dist/ first), run as a user runs it. */
const MAIN = resolve('dist/sim/cli/main.js');

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Wall time of the whole process, start-up included. */
  ms: number;
}

/**
 * Run deptsim in `cwd`. The timeout is what an input that hangs today runs into: the process is
 * killed and the test fails on its exit code, instead of waiting for ever.
 */
export function deptsim(cwd: string, args: string[], timeoutMs = 60_000): Ran {
  const t = performance.now();
  const r = spawnSync(process.execPath, [MAIN, ...args], { cwd, encoding: 'utf8', timeout: timeoutMs, env: { ...process.env, CI: '1' } });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', ms: performance.now() - t };
}

/** Temporary folders holding real YAML files; remove them all with `cleanup`. */
export class Folders {
  private made: string[] = [];

  make(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'deptsim-hardening-'));
    this.made.push(dir);
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return dir;
  }

  cleanup(): void {
    for (const d of this.made.splice(0)) rmSync(d, { recursive: true, force: true });
  }
}

/** A small valid scenario: 2 departments, 30 days. */
export const SMALL = `name: small
calendar: { start: 2017-01-02, days: 30 }
departments:
  - { id: a, headcount: 6 }
  - { id: b, headcount: 4 }
`;

/** Milliseconds `f` takes (it is expected to throw: a refusal). */
export function refusalMs(f: () => unknown): { ms: number; error: Error } {
  const t = performance.now();
  try {
    f();
  } catch (e) {
    return { ms: performance.now() - t, error: e as Error };
  }
  throw new Error('expected a refusal, but it was accepted');
}

/** One refusal: exit 2, one line, no stack trace. */
export function refused(r: Ran, pattern: RegExp): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
}
