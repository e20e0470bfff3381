import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectRun } from '../../sim/library/collect-run.js';
import { calibrate, loadTargets } from '../../sim/runner/calibrate/index.js';
import { readMeasure } from '../../sim/runner/calibrate/measure.js';
import { applyValues } from '../../sim/runner/path.js';
import { loadScenario } from '../../sim/scenario/load.js';
import { deptsimIn, expectSameTree, tree, type Ran, scratchFolder } from './cli-harness.js';

const SMALL = resolve('test/runner/fixtures/small.yaml');
const TARGETS = resolve('test/runner/fixtures/targets-small.yaml');
let dir = '';
const deptsim = (args: string[], onSpawn?: (kill: (s: NodeJS.Signals) => void) => void) => deptsimIn(dir, args, {}, onSpawn);

scratchFolder('deptsim-calibrate-', (d) => (dir = d));

describe('calibrate: a known answer', () => {
  it('recovers the value of work that made the target figure, within the noise of the replicates', async () => {
    // The "data": the model's own shirking over the run at staff.shirking.regularValue = 0.6, the
    // mean of 16 replicates of a seed the calibration never uses.
    const TRUTH = 0.6;
    const PATH = 'staff.shirking.regularValue';
    const truth = applyValues(loadScenario(SMALL), { [PATH]: TRUTH }, 'truth');
    const xs = Array.from({ length: 16 }, (_, r) => readMeasure(collectRun(truth, `99/rep:${r}`).summary, 'overall', 'county', 'shirk_rate') as number);
    const observed = xs.reduce((a, b) => a + b, 0) / xs.length;
    const file = join(dir, 'recover.yaml');
    writeFileSync(
      file,
      [
        `scenario: ${SMALL}`,
        'parameters:',
        `  - { path: ${PATH}, range: [0.2, 1.4] }`,
        'targets:',
        `  - { name: shirking, measure: shirk_rate, window: overall, value: ${observed}, scale: 0.01 }`,
        'search: { budget: 12, start: 6, batch: 3, replicates: 8, recheck: 3, recheckReplicates: 8, seed: 5 }',
        '',
      ].join('\n'),
    );
    const r = await calibrate(loadTargets(file), { out: join(dir, 'recover'), workers: 1, resume: false, progress: false });
    // Near 0.6 shirking falls about 0.09 per unit of regularValue, and replicates spread by about
    // 0.023 (measured when this test was written): the mean of the search's 8 replicates is known to
    // about 0.008 and the target's 16 to about 0.006, some 0.11 units of regularValue together.
    // 0.3 is close to 3 of those, on a range 1.2 wide; seeds 5 to 8 landed 0.03 to 0.12 away.
    expect(Math.abs((r.best[PATH] as number) - TRUTH)).toBeLessThan(0.3);
    const fit = r.fit[0];
    expect(fit.n).toBe(8);
    expect(Math.abs((fit.mean as number) - observed)).toBeLessThan(0.03);
    expect(fit.ci_low as number).toBeLessThan(fit.ci_high as number);
  });
});

describe('deptsim calibrate', () => {
  // One calibration with 1 worker and its report (w1), one with 2 workers and none (w2); w2 is also
  // the uninterrupted run the stopped-and-resumed one (1 worker, no report) must equal.
  let a: Ran;
  let b: Ran;
  beforeAll(async () => {
    [a, b] = await Promise.all([
      deptsim(['calibrate', TARGETS, '--workers', '1', '--out', 'w1']),
      deptsim(['calibrate', TARGETS, '--workers', '2', '--out', 'w2', '--no-report']),
    ]);
  });

  it('writes the same files with 1 and 2 workers, and best.yaml reruns to the re-check tables', async () => {
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    // The report is built from these same files; leaving it out of one side keeps the test quick.
    const w1 = tree(join(dir, 'w1'));
    const w2 = tree(join(dir, 'w2'));
    expect(Object.keys(w2).length).toBeGreaterThanOrEqual(9);
    for (const [k, v] of Object.entries(w2)) if (k !== 'manifest.json') expect(v.equals(w1[k]), `${k} differs`).toBe(true);
    // The manifests differ only in their list of files (w1's has the report's), each with the same hash.
    const listed = (m: Buffer) => JSON.parse(m.toString('utf8')) as { files: Record<string, string> };
    const { files: f1, ...m1 } = listed(w1['manifest.json']);
    const { files: f2, ...m2 } = listed(w2['manifest.json']);
    expect(m2).toEqual(m1);
    for (const [k, hash] of Object.entries(f2)) expect(f1[k], k).toBe(hash);
    for (const f of ['best.yaml', 'fit.csv', 'fit.json', 'history.csv', 'calibration.json', 'summary.csv', 'replicates.csv', 'manifest.json', 'report.html', 'plots/calibration-fit.svg']) {
      expect(existsSync(join(dir, 'w1', f)), f).toBe(true);
    }
    expect(a.stdout).toMatch(/Best of 8 candidates/);
    expect(a.stdout).toMatch(/unpaid overtime raises shirking/);

    // history.csv: a row per candidate x target: 8 searched and 2 re-checked candidates, 2 targets.
    const history = readFileSync(join(dir, 'w1', 'history.csv'), 'utf8').trim().split('\n');
    expect(history[0]).toBe('candidate,stage,generation,seeds,inspection.penalty,total_loss,target,n,mean,sd,ci_low,ci_high,t,loss,holds');
    expect(history).toHaveLength(1 + (8 + 2) * 2);
    expect(history.filter((l) => l.includes(',recheck,')).every((l) => l.includes(',fresh,'))).toBe(true);
    const fit = JSON.parse(readFileSync(join(dir, 'w1', 'fit.json'), 'utf8'));
    expect(fit.targets.map((t: { target: string }) => t.target)).toEqual(['baseline shirking', 'unpaid overtime raises shirking']);

    // best.yaml is a scenario `deptsim run` takes; with the re-check's seed and replicates it gives
    // exactly the calibration's own tables of the chosen candidate.
    // Its parent (the fixture) lies outside the folder run from: extends reads it only on request.
    const run = await deptsim(['run', 'w1/best.yaml', '--allow-extends-outside', '--replicates', '4', '--seed', '12', '--workers', '1', '--out', 'rerun', '--no-report']);
    expect(run.code, run.stderr).toBe(0);
    for (const f of ['summary.csv', 'replicates.csv', 'recovery.csv']) {
      expect(readFileSync(join(dir, 'rerun', f), 'utf8'), f).toBe(readFileSync(join(dir, 'w1', f), 'utf8'));
    }
    const manifest = (d: string) => JSON.parse(readFileSync(join(dir, d, 'manifest.json'), 'utf8'));
    expect(manifest('rerun').scenarios).toEqual(manifest('w1').scenarios); // the same scenario hash
    expect(manifest('rerun').runs).toEqual(manifest('w1').runs); // the same seed keys
    expect(readFileSync(join(dir, 'w1', 'best.yaml'), 'utf8')).toMatch(new RegExp(`inspection:\\n  penalty: ${fit.best['inspection.penalty']}\\n`));
  });

  it('after SIGTERM keeps finished runs, and --resume gives the same files as an uninterrupted run', async () => {
    const args = ['calibrate', TARGETS, '--workers', '1', '--out', 'r1', '--no-report'];
    const work = join(dir, 'r1.work-in-progress', 'results.jsonl');
    const lines = () => (existsSync(work) ? readFileSync(work, 'utf8').split('\n').filter(Boolean).length : 0);
    const stopped = await deptsim(args, (kill) => {
      const t = setInterval(() => {
        // Past the Latin hypercube start (4 candidates x 3 variants x 3 replicates = 36 runs), into the refinement.
        if (lines() >= 40) {
          clearInterval(t);
          kill('SIGTERM');
        }
      }, 5);
    });
    expect(stopped.code, stopped.stderr).toBe(143);
    expect(stopped.stderr).toMatch(/runs are saved in .*r1\.work-in-progress; run the same command with --resume/);
    expect(existsSync(join(dir, 'r1'))).toBe(false);
    const saved = lines();
    expect(saved).toBeGreaterThanOrEqual(40);
    expect(saved).toBeLessThan(8 * 3 * 3 + 2 * 3 * 4);

    const refused = await deptsim(args);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/add --resume to continue/);

    const resumed = await deptsim([...args, '--resume']);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stdout).toContain(`(${saved} resumed from an earlier run)`);
    expect(b.code, b.stderr).toBe(0);
    expectSameTree(join(dir, 'r1'), join(dir, 'w2'));
    expect(existsSync(join(dir, 'r1.work-in-progress'))).toBe(false);
  });

  it('a targets file with mistakes: one located line each, exit 2, nothing written', async () => {
    // The fixture's scenario: lies one folder up, outside the folder run from: read only on request.
    const r = await deptsim(['calibrate', resolve('test/runner/fixtures/targets/model-errors.yaml'), '--out', 'bad', '--allow-extends-outside']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(5);
    expect(r.stderr).toMatch(/model-errors\.yaml:6:14: targets\[0\]\.measure: "shirk_rat" is not a measure/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'bad'))).toBe(false);
    expect(existsSync(join(dir, 'bad.work-in-progress'))).toBe(false);
  });
});
