import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { deptsimIn, expectSameTree, FIX, until } from '../runner/cli-harness.js';

/**
 * Issue 11, class "signals": SIGTERM (a cluster's time limit) and Ctrl-C stop the real CLI within a
 * second with any worker count, even mid-replicate (each replicate of slow.yaml takes seconds), keep
 * what is done, and --resume then finishes with files byte-identical to an uninterrupted run.
 */
const SLOW = join(FIX, 'slow.yaml');
const args = (out: string, workers: string) => ['run', SLOW, '--replicates', '3', '--workers', workers, '--out', out, '--no-report'];

/** A folder holding `straight/`, the uninterrupted run every stopped and resumed one must equal. */
export async function signalsFolder(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'deptsim-signals-'));
  const straight = await deptsimIn(dir, args('straight', '2'));
  expect(straight.code, straight.stderr).toBe(0);
  return dir;
}

/** Stop a run with `sig` after its first finished replicate, check the stop, then resume it. */
export async function stopAndResume(dir: string, sig: NodeJS.Signals, workers: string, code: number): Promise<void> {
  const lines = (out: string) => {
    const f = join(dir, `${out}.work-in-progress`, 'results.jsonl');
    return existsSync(f) ? readFileSync(f, 'utf8').split('\n').filter(Boolean).length : 0;
  };
  const out = `${sig}-${workers}`;
  let sentAt = 0;
  const stopped = await deptsimIn(dir, args(out, workers), {}, (kill) => {
    // Wait for the first finished replicate, then stop while the next ones run.
    void until(() => lines(out) >= 1).then(() => {
      sentAt = Date.now();
      kill(sig);
    });
  });
  const took = Date.now() - sentAt;
  process.stdout.write(`${sig} with --workers ${workers}: stopped ${took} ms after the signal\n`);
  expect(stopped.code, stopped.stderr).toBe(code);
  expect(took).toBeLessThan(1000);
  expect(stopped.stderr).toMatch(new RegExp(`${sig}: \\d of 3 runs are saved in ${out}\\.work-in-progress; run the same command with --resume`));
  const saved = lines(out);
  expect(saved).toBeGreaterThanOrEqual(1);
  expect(saved).toBeLessThan(3);
  const status = JSON.parse(readFileSync(join(dir, `${out}.work-in-progress`, 'manifest.json'), 'utf8'));
  expect(status.counts).toEqual({ done: saved, pending: 3 - saved });
  // The lock went with the process, so the resume is not refused.
  expect(existsSync(join(dir, `${out}.work-in-progress`, 'lock.json'))).toBe(false);

  const resumed = await deptsimIn(dir, [...args(out, workers), '--resume']);
  expect(resumed.code, resumed.stderr).toBe(0);
  expect(resumed.stdout).toContain(`(${saved} resumed from an earlier run)`);
  expectSameTree(join(dir, 'straight'), join(dir, out));
}
