import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deptsimIn, expectOneLine, FIX, scratchFolder } from './cli-harness.js';

/** The research designs from the command line, on the small test county (each a few seconds). */
let dir = '';
const deptsim = (args: string[]) => deptsimIn(dir, args);
const SMALL = join(FIX, 'small.yaml');

scratchFolder('deptsim-methods-', (d) => (dir = d));

describe('deptsim sensitivity with no --set', () => {
  it('refuses a screen over the run budget before running, with the estimate', async () => {
    const r = await deptsim(['sensitivity', SMALL, '--trajectories', '50', '--max-runs', '100', '--out', 'big']);
    expectOneLine(r, /^deptsim: this screening of \d+ parameters \(50 trajectories of \d+ points\): [\d,]+ points x 1 replicate is [\d,]+ runs; the limit is 100 runs\. Ask for fewer, or raise the limit with --max-runs N$/);
    expect(existsSync(join(dir, 'big'))).toBe(false);
  });
});

describe('deptsim sensitivity --method sobol', () => {
  it('writes S1 and ST with bootstrap intervals for every measure, and the same again byte for byte', async () => {
    const args = ['sensitivity', SMALL, '--method', 'sobol', '--set', 'staff.motivation.mean=0.4:0.8', '--set', 'inspection.penalty=50:300', '--samples', '16', '--no-report'];
    const [a, b] = await Promise.all([deptsim([...args, '--out', 'sobol-a', '--workers', '2']), deptsim([...args, '--out', 'sobol-b', '--workers', '1'])]);
    expect(a.code, a.stderr).toBe(0);
    expect(a.stdout).toMatch(/Sobol indices of .* from 64 runs/);
    const csv = readFileSync(join(dir, 'sobol-a', 'sobol.csv'), 'utf8');
    expect(csv.split('\n')[0]).toBe('metric,parameter,S1,S1_low,S1_high,ST,ST_low,ST_high,n,variance');
    const row = csv.split('\n').find((l) => l.startsWith('shirk_rate,staff.motivation.mean,'))!.split(',').map(Number);
    expect(row[5]).toBeGreaterThan(0.5); // motivation explains most of shirking's variance here
    expect(row[6]).toBeLessThanOrEqual(row[5]);
    expect(row[7]).toBeGreaterThanOrEqual(row[5]);
    expect(readFileSync(join(dir, 'sobol-b', 'sobol.csv'), 'utf8')).toBe(csv);
  }, 300_000);

  it('takes the top of a Morris screen with --from and --top', async () => {
    const m = await deptsim(['sensitivity', SMALL, '--set', 'staff.motivation.mean=0.4:0.8', '--set', 'inspection.penalty=50:300', '--set', 'staff.fatigue.buildPerHour=0.003:0.012', '--trajectories', '2', '--no-report', '--out', 'morris']);
    expect(m.code, m.stderr).toBe(0);
    const r = await deptsim(['sensitivity', SMALL, '--method', 'sobol', '--from', 'morris', '--top', '2', '--metric', 'shirk_rate', '--samples', '4', '--no-report', '--out', 'sobol-top']);
    expect(r.code, r.stderr).toBe(0);
    const top = readFileSync(join(dir, 'morris', 'morris.csv'), 'utf8').split('\n').filter((l) => l.startsWith('shirk_rate,1,') || l.startsWith('shirk_rate,2,')).map((l) => l.split(',')[2]);
    const params = JSON.parse(readFileSync(join(dir, 'sobol-top', 'parameters.json'), 'utf8')).design.factors.map((f: { id: string }) => f.id);
    expect(params).toEqual(top);
  }, 300_000);
});

describe('deptsim discover', () => {
  it('finds the box where shirking is high and says it in words with coverage and density', async () => {
    const r = await deptsim(['discover', SMALL, '--set', 'staff.motivation.mean=0.3:0.9', '--set', 'inspection.penalty=50:300', '--samples', '40', '--outcome', 'shirk_rate', '--above', '0.1', '--workers', '2', '--out', 'disc']);
    expect(r.code, r.stderr).toBe(0);
    const prim = JSON.parse(readFileSync(join(dir, 'disc', 'prim.json'), 'utf8'));
    expect(prim.cases).toBeGreaterThan(0);
    expect(prim.sentence).toMatch(/^Shirking .*above 0\.1 .*in the whole run when Motivation mean ≤ [\d.]+ motivation/);
    expect(prim.box.density).toBeGreaterThan(0.8);
    expect(r.stdout).toContain(prim.sentence);
    expect(existsSync(join(dir, 'disc', 'plots', 'prim.svg'))).toBe(true);
  }, 300_000);

  it('needs an outcome threshold', async () => {
    const r = await deptsim(['discover', SMALL, '--outcome', 'shirk_rate', '--out', 'x']);
    expectOneLine(r, /^deptsim: give the threshold with one of --above X or --below X$/);
  });
});

describe('deptsim calibrate with method abc', () => {
  it('writes the posterior, its summary, the generations and the figures, and names what is identified', async () => {
    // Beside the targets file: a targets file's scenario is confined to its folder like `extends:`.
    copyFileSync(SMALL, join(dir, 'small.yaml'));
    writeFileSync(
      join(dir, 'abc.yaml'),
      [
        'scenario: small.yaml',
        'parameters:',
        '  - { path: staff.shirking.regularValue, range: [0.2, 1.4] }',
        '  - { path: coordination.office.strength, range: [0, 1] }',
        'targets:',
        '  - { name: shirking, measure: shirk_rate, window: overall, value: 0.09, scale: 0.01 }',
        'search: { method: abc, population: 10, generations: 2, replicates: 1, seed: 3 }',
        '',
      ].join('\n'),
    );
    const refused = await deptsim(['calibrate', 'abc.yaml', '--max-runs', '10', '--out', 'abc-x']);
    expectOneLine(refused, /^deptsim: this ABC-SMC \(10 particles x 2 generations, at most 100 candidates a generation, x 1 variant x 1 replicate\) is 110 runs; the limit is 10 runs\./);
    const r = await deptsim(['calibrate', 'abc.yaml', '--workers', '2', '--out', 'abc']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/95% credible interval/);
    expect(r.stdout).toMatch(/The targets identify/);
    const summary = readFileSync(join(dir, 'abc', 'posterior-summary.csv'), 'utf8').split('\n');
    expect(summary[0]).toBe('parameter,prior_low,prior_high,mean,median,ci_low,ci_high,width_over_prior,identified');
    expect(summary[2]).toMatch(/^coordination\.office\.strength,0,1,.*,false$/);
    expect(readFileSync(join(dir, 'abc', 'posterior.csv'), 'utf8').split('\n').filter(Boolean)).toHaveLength(11);
    expect(readFileSync(join(dir, 'abc', 'generations.csv'), 'utf8').split('\n')[0]).toBe('generation,epsilon,candidates,accepted,acceptance,ess');
    expect(readFileSync(join(dir, 'abc', 'plots', 'abc-pairs.svg'), 'utf8')).toContain('Office strength (share, 0–1)');
    expect(existsSync(join(dir, 'abc', 'plots', 'abc-marginals.svg'))).toBe(true);
    // The folder is deptsim's (its manifest lists every file with its hash): the same command may
    // replace it, and a note of the user's in it stops any rerun.
    expect(Object.keys(JSON.parse(readFileSync(join(dir, 'abc', 'manifest.json'), 'utf8')).files)).toContain('posterior.csv');
    expect((await deptsim(['calibrate', 'abc.yaml', '--workers', '2', '--out', 'abc'])).code).toBe(0);
    writeFileSync(join(dir, 'abc', 'notes.txt'), 'mine');
    expectOneLine(await deptsim(['calibrate', 'abc.yaml', '--workers', '2', '--out', 'abc', '--force']), /holds files deptsim did not write: notes\.txt/);
    expect(readFileSync(join(dir, 'abc', 'notes.txt'), 'utf8')).toBe('mine');
  }, 300_000);
});
