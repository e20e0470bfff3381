import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processStart } from '../../sim/runner/owner.js';
import { deptsimIn, expectOneLine, FIX, until } from './cli-harness.js';

/**
 * Issue 11, class "concurrency": a work folder belongs to one live process (lock.json: pid, host);
 * a second process is refused with a clear line and no "--resume" hint, and a dead owner's lock
 * (a killed run on this host, or another host's lock with no heartbeat for a minute) is taken over.
 */
let dir = '';
const SMALL = ['run', join(FIX, 'small.yaml'), '--replicates', '4', '--workers', '1', '--no-report'];

/** A work folder of small.yaml x 4 with nothing done yet, laid out from a shard's plan.json, and a lock. */
function workFolderWithLock(out: string, lock: object, ageMs = 0): string {
  const work = join(dir, `${out}.work-in-progress`);
  mkdirSync(join(work, 'daily'), { recursive: true });
  cpSync(join(dir, 'plan-source.shard-1-of-2', 'plan.json'), join(work, 'plan.json'));
  const file = join(work, 'lock.json');
  writeFileSync(file, JSON.stringify({ started: '2026-01-01T00:00:00.000Z', ...lock }));
  const t = new Date(Date.now() - ageMs);
  utimesSync(file, t, t);
  return work;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'deptsim-lock-'));
  const r = await deptsimIn(dir, [...SMALL, '--out', 'plan-source', '--shard', '1/2']);
  expect(r.code, r.stderr).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a work folder has one live owner', () => {
  it('a second process is refused while the first runs, without the --resume hint, and the first finishes', async () => {
    const args = ['run', join(FIX, 'slow.yaml'), '--replicates', '2', '--workers', '1', '--no-report', '--out', 'busy'];
    const lock = join(dir, 'busy.work-in-progress', 'lock.json');
    let second: Awaited<ReturnType<typeof deptsimIn>> | null = null;
    let resumed: Awaited<ReturnType<typeof deptsimIn>> | null = null;
    const first = await deptsimIn(dir, args, {}, (_kill, pid) => {
      void until(() => existsSync(lock)).then(async () => {
        expect(JSON.parse(readFileSync(lock, 'utf8'))).toMatchObject({ pid, host: hostname() });
        [second, resumed] = await Promise.all([deptsimIn(dir, args), deptsimIn(dir, [...args, '--resume'])]);
      });
    });
    expect(first.code, first.stderr).toBe(0);
    await until(() => resumed !== null);
    for (const r of [second, resumed] as unknown as Awaited<ReturnType<typeof deptsimIn>>[]) {
      expectOneLine(r, /busy\.work-in-progress is in use by another deptsim \(pid \d+ on .* since .*\); wait for it to finish or stop it/);
      expect(r.stderr).not.toMatch(/--resume/);
    }
    expect(existsSync(join(dir, 'busy', 'summary.csv'))).toBe(true);
    expect(existsSync(join(dir, 'busy.work-in-progress'))).toBe(false);
  });

  it('the lock of a dead process on this host is taken over by --resume', async () => {
    const dead = spawnSync('true').pid as number;
    workFolderWithLock('stale', { pid: dead, host: hostname() });
    const r = await deptsimIn(dir, [...SMALL, '--out', 'stale', '--resume']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Ran 4 runs');
  });

  it('another host\'s lock is honoured while it keeps its heartbeat, taken over a minute after it stops', async () => {
    workFolderWithLock('remote', { pid: 4242, host: 'compute-node-17' });
    const refused = await deptsimIn(dir, [...SMALL, '--out', 'remote', '--resume']);
    expectOneLine(refused, /in use by another deptsim \(pid 4242 on compute-node-17/);
    const t = new Date(Date.now() - 120_000);
    utimesSync(join(dir, 'remote.work-in-progress', 'lock.json'), t, t);
    const r = await deptsimIn(dir, [...SMALL, '--out', 'remote', '--resume']);
    expect(r.code, r.stderr).toBe(0);
  });

  it('a lock whose pid a live process that is not its owner now holds is taken over (issue 25)', async () => {
    // The owner died and its pid went to another process: a different start time, or (a lock of a
    // deptsim that recorded none) a process whose command line is not deptsim's; this test's is vitest's.
    workFolderWithLock('reused', { pid: process.pid, host: hostname(), start: '1' }, 3600_000);
    const r = await deptsimIn(dir, [...SMALL, '--out', 'reused', '--resume']);
    expect(r.code, r.stderr).toBe(0);
    workFolderWithLock('reused-old', { pid: process.pid, host: hostname() }, 3600_000);
    const old = await deptsimIn(dir, [...SMALL, '--out', 'reused-old', '--resume']);
    expect(old.code, old.stderr).toBe(0);
  });

  it('a live process of this host holding a lock refuses even an identical command', async () => {
    // This test's own process is alive: its lock must be honoured however old the file.
    workFolderWithLock('mine', { pid: process.pid, host: hostname(), start: processStart(process.pid) }, 3600_000);
    const r = await deptsimIn(dir, [...SMALL, '--out', 'mine', '--resume']);
    expectOneLine(r, new RegExp(`in use by another deptsim \\(pid ${process.pid} on `));
  });
});
