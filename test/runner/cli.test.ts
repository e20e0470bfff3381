import { appendFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../sim/scenario/load.js';
import { dailyCsv } from '../../sim/runner/daily-csv.js';
import { runSingle } from '../../sim/runner/run.js';
import { deptsimIn, expectSameTree as sameTree, tree, scratchFolder } from './cli-harness.js';

const FIX = resolve('test/runner/fixtures');
let dir = '';

const deptsim = (args: string[], env: Record<string, string> = {}, onSpawn?: (kill: (s: NodeJS.Signals) => void) => void) => deptsimIn(dir, args, env, onSpawn);
const expectSameTree = (a: string, b: string) => sameTree(join(dir, a), join(dir, b));

scratchFolder('deptsim-runner-', (d) => (dir = d));

describe('deptsim run', () => {
  it('without --replicates writes exactly the single-run output (seed key = the seed)', async () => {
    const r = await deptsim(['run', `${FIX}/small.yaml`, '--out', 'single']);
    expect(r.code, r.stderr).toBe(0);
    const single = runSingle(loadScenario(`${FIX}/small.yaml`), 11);
    const files = { ...single.files, 'daily.csv': dailyCsv(single.result) };
    expect(Object.keys(files).sort()).toEqual(['daily.csv', 'summary.json']);
    for (const [k, v] of Object.entries(files)) expect(readFileSync(join(dir, 'single', k), 'utf8')).toBe(v);
  });

  it('a report that cannot be built on its thread costs nothing of the results: one line, exit 1, the data written', async () => {
    const r = await deptsim(['run', `${FIX}/small.yaml`, '--out', 'nofonts'], { DEPTSIM_FONT_DIR: join(dir, 'no-such-fonts') });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^deptsim: results written, but no report: DEPTSIM_FONT_DIR=.*no such folder.*deptsim report /)]);
    expect(Object.keys(tree(join(dir, 'nofonts'))).sort()).toEqual(['daily.csv', 'manifest.json', 'scenario.json', 'summary.json']);
  });

  it('--workers 2 writes byte-identical files to --workers 1', async () => {
    const common = ['run', `${FIX}/small.yaml`, '--replicates', '8', '--daily'];
    const [a, b] = await Promise.all([deptsim([...common, '--workers', '1', '--out', 'w1']), deptsim([...common, '--workers', '2', '--out', 'w2'])]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    expectSameTree('w1', 'w2');
    const files = Object.keys(tree(join(dir, 'w1')));
    for (const f of ['daily.csv', 'manifest.json', 'recovery.csv', 'replicates.csv', 'summary.csv', 'report.html']) expect(files).toContain(f);
    const reps = readFileSync(join(dir, 'w1', 'replicates.csv'), 'utf8').trim().split('\n');
    // 8 replicates x 5 windows (warmup, baseline, push, after, overall) x the same units in each
    const perReplicate = reps.filter((l) => l.startsWith('0,')).length;
    expect(perReplicate % 5).toBe(0);
    expect(reps.slice(1).filter((l) => l.split(',')[6] === 'county')).toHaveLength(8 * 5);
    expect(reps).toHaveLength(1 + 8 * perReplicate);
    expect(new Set(reps.slice(1).map((l) => l.split(',')[1]))).toEqual(new Set(Array.from({ length: 8 }, (_, r) => `11/rep:${r}`)));
    const manifest = JSON.parse(readFileSync(join(dir, 'w1', 'manifest.json'), 'utf8'));
    expect(manifest.complete).toBe(true);
    expect(manifest.runs.map((x: { status: string }) => x.status)).toEqual(Array(8).fill('done'));
    // non-TTY progress: at most a line per 10%, and one while the report builds
    expect(a.stderr.trim().split('\n').length).toBeLessThanOrEqual(11);
    expect(a.stderr).toContain('building the report');
  });
});

describe('shards', () => {
  it('4 shards run as separate processes merge into exactly the whole sweep', async () => {
    const sweep = ['sweep', `${FIX}/small.yaml`, '--set', 'inspection.penalty=10,60', '--set', 'campaigns.push.inspectionRate=0:0.1:3', '--replicates', '2', '--daily', '--workers', '1'];
    const runs = await Promise.all([
      deptsim([...sweep, '--out', 'whole']),
      ...[1, 2, 3].map((k) => deptsim([...sweep, '--out', 'parts', '--shard', `${k}/4`])),
      // the fourth shard finds its index the way a Slurm array task resubmitted alone does (--array=3)
      deptsim([...sweep, '--out', 'parts', '--shards', '4'], { SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_MIN: '3', SLURM_ARRAY_TASK_COUNT: '1' }),
    ]);
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    const partial = await deptsim(['merge', 'parts.shard-1-of-4', 'parts.shard-2-of-4', 'parts.shard-4-of-4']);
    expect(partial.code, partial.stderr).toBe(2);
    expect(partial.stderr).toMatch(/shard 3 of 4 missing/);
    const m = await deptsim(['merge', ...[1, 2, 3, 4].map((k) => `parts.shard-${k}-of-4`)]);
    expect(m.code, m.stderr).toBe(0);
    expectSameTree('whole', 'parts');
    expect(readFileSync(join(dir, 'whole', 'replicates.csv'), 'utf8').split('\n')[0]).toMatch(/^point,inspection.penalty,campaigns.push.inspectionRate,replicate,/);
  });

  it('with --resume, a shard already written is skipped (a whole array resubmitted redoes nothing)', async () => {
    const args = ['run', `${FIX}/small.yaml`, '--replicates', '4', '--workers', '1', '--out', 'skip', '--shard', '2/2', '--resume', '--no-progress'];
    const first = await deptsim(args);
    expect(first.code, first.stderr).toBe(0);
    const before = statSync(join(dir, 'skip.shard-2-of-2', 'results.jsonl')).mtimeMs;
    const again = await deptsim(args);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/Nothing to do: .*skip\.shard-2-of-2\/ already holds this shard's 2 runs/);
    expect(statSync(join(dir, 'skip.shard-2-of-2', 'results.jsonl')).mtimeMs).toBe(before);
  });
});

describe('resume', () => {
  it('after Ctrl-C keeps finished runs, and --resume finishes with the same files as an uninterrupted run', async () => {
    const args = ['run', `${FIX}/medium.yaml`, '--replicates', '12', '--workers', '1', '--out', 'res', '--no-report'];
    const work = join(dir, 'res.work-in-progress', 'results.jsonl');
    const lines = () => (existsSync(work) ? readFileSync(work, 'utf8').split('\n').filter(Boolean).length : 0);
    const stopped = await deptsim(args, {}, (kill) => {
      const t = setInterval(() => {
        if (lines() >= 3) {
          clearInterval(t);
          kill('SIGINT');
        }
      }, 5);
    });
    expect(stopped.code, stopped.stderr).toBe(130);
    expect(stopped.stderr).toMatch(/runs are saved in .*res\.work-in-progress; run the same command with --resume/);
    expect(existsSync(join(dir, 'res'))).toBe(false); // whole or not at all
    const saved = lines();
    expect(saved).toBeGreaterThanOrEqual(3);
    expect(saved).toBeLessThan(12);
    const status = JSON.parse(readFileSync(join(dir, 'res.work-in-progress', 'manifest.json'), 'utf8'));
    expect(status.counts).toEqual({ done: saved, pending: 12 - saved });
    // a crash mid-write leaves a torn last line: that run is simply redone
    appendFileSync(work, '{"job":11,"summ');

    const refused = await deptsim(args);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/add --resume to continue/);

    const [resumed, straight] = await Promise.all([
      deptsim([...args, '--resume']),
      deptsim(['run', `${FIX}/medium.yaml`, '--replicates', '12', '--workers', '1', '--out', 'straight', '--no-report']),
    ]);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stdout).toContain(`Ran ${12 - saved} runs (${saved} resumed from an earlier run)`);
    expect(straight.code, straight.stderr).toBe(0);
    expectSameTree('straight', 'res');
    expect(existsSync(join(dir, 'res.work-in-progress'))).toBe(false);
  });
});

describe('errors', () => {
  it('a bad --set is one clear line and exit code 2', async () => {
    const r = await deptsim(['sweep', `${FIX}/small.yaml`, '--set', 'campaigns.0.inspectionRate=0:5:3']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      // Checked on the range's ends before any point is built.
      'deptsim: campaigns.0.inspectionRate=5 is not a valid value: Too big: expected number to be <=1',
    );
  });
});
