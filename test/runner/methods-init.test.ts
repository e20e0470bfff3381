import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deptsimIn, scratchFolder } from './cli-harness.js';

/**
 * The research designs on the scenario a new user has: the `deptsim init` starter (three
 * departments, 65 staff, 180 days), each command as docs/EXPERIMENTS.md writes it, small enough to
 * run in seconds. The time limits are loose (the test machine is shared); each run took 6-13 s on
 * 2 cores at load 7-10 when this was written.
 */
let dir = '';
const deptsim = (args: string[]) => deptsimIn(dir, args);
const read = (...p: string[]) => readFileSync(join(dir, ...p), 'utf8');
const SECONDS = 120_000;

scratchFolder('deptsim-methods-init-', async (d) => {
  dir = d;
  const r = await deptsim(['init', 'my-county']);
  expect(r.code, r.stderr).toBe(0);
});

describe("the research designs on a user's `init` scenario", () => {
  it('sensitivity with no --set screens every parameter and ranks shirking, in the terminal and the figure', async () => {
    const r = await deptsim(['sensitivity', 'my-county.yaml', '--trajectories', '2', '--workers', '2', '--no-progress', '--no-png', '--out', 'screen']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.ms).toBeLessThan(SECONDS);
    const screened = Number(/^Screening (\d+) parameters/m.exec(r.stdout)?.[1]);
    expect(screened).toBeGreaterThan(50);
    expect(r.stdout).toContain(`Ran ${2 * (screened + 1)} runs.`);
    // The scenario declares no focus: the terminal and plots/screening.svg both show shirking.
    expect(r.stdout).toMatch(/Morris screening of Shirking/);
    expect(read('screen', 'plots', 'screening.svg')).toContain('Which parameters move Shirking');
    const top = read('screen', 'morris.csv').split('\n').find((l) => l.startsWith('shirk_rate,1,'))!.split(',');
    expect(Number(top[3])).toBeGreaterThan(0);
  }, 300_000);

  it('sensitivity --method sobol with a few --set gives S1 and ST with intervals', async () => {
    const r = await deptsim([
      'sensitivity', 'my-county.yaml', '--method', 'sobol', '--set', 'staff.motivation.mean=0.4:0.8', '--set', 'inspection.penalty=50:300', '--set', 'staff.shirking.maxShare=0.2:0.6',
      '--samples', '16', '--workers', '2', '--no-progress', '--no-png', '--out', 'sobol',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.ms).toBeLessThan(SECONDS);
    expect(r.stdout).toMatch(/Sobol indices of Shirking \(county, whole run\) from 80 runs/);
    const rows = read('sobol', 'sobol.csv').split('\n').filter((l) => l.startsWith('shirk_rate,'));
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      const [, , s1, s1lo, s1hi, st, stlo, sthi] = row.split(',').map(Number);
      expect(s1lo).toBeLessThanOrEqual(s1);
      expect(s1).toBeLessThanOrEqual(s1hi);
      expect(stlo).toBeLessThanOrEqual(st);
      expect(st).toBeLessThanOrEqual(sthi);
    }
    expect(read('sobol', 'plots', 'sobol.svg')).toContain('Sobol indices of Shirking');
    // A sample names no point (its lowest and highest are accidents of the draw): the spread over it.
    const summary = read('sobol', 'report.md');
    expect(summary).toMatch(/Over the 80 sampled points, the [a-z ]+ lay between [\d,.]+ and [\d,.]+ [a-z]+\./);
    expect(summary).toContain('A sample of 80 points of staff.motivation.mean, inspection.penalty, staff.shirking.maxShare with 1 replicate each (80 runs)');
    expect(summary).not.toMatch(/lowest at|A sweep of/);
  }, 300_000);

  it('discover finds a box and says it in words', async () => {
    const r = await deptsim([
      'discover', 'my-county.yaml', '--set', 'staff.motivation.mean=0.3:0.9', '--set', 'inspection.penalty=50:300', '--samples', '40',
      '--outcome', 'shirk_rate', '--above', '0.06', '--workers', '2', '--no-progress', '--no-png', '--out', 'disc',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.ms).toBeLessThan(SECONDS);
    const prim = JSON.parse(read('disc', 'prim.json'));
    expect(prim.box).not.toBeNull();
    expect(prim.sentence).toMatch(/^Shirking above 0\.06 share in the whole run when Motivation mean ≤ [\d.]+ motivation: coverage \d+%/);
    expect(r.stdout).toContain(prim.sentence);
    expect(existsSync(join(dir, 'disc', 'plots', 'prim.svg'))).toBe(true);
  }, 300_000);

  it('calibrate with method abc and a tiny population gives the posterior and its figures', async () => {
    writeFileSync(
      join(dir, 'my-targets.yaml'),
      [
        'scenario: my-county.yaml',
        'parameters:',
        '  - { path: staff.motivation.mean, range: [0.3, 0.9] }',
        '  - { path: inspection.penalty, range: [50, 300] }',
        'targets:',
        '  - { name: shirking, measure: shirk_rate, window: overall, value: 0.06, scale: 0.01 }',
        'search: { method: abc, population: 10, generations: 2, replicates: 1, seed: 1 }',
        '',
      ].join('\n'),
    );
    const r = await deptsim(['calibrate', 'my-targets.yaml', '--workers', '2', '--no-progress', '--out', 'abc']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.ms).toBeLessThan(SECONDS);
    expect(r.stdout).toMatch(/95% credible interval/);
    const summary = read('abc', 'posterior-summary.csv').split('\n');
    expect(summary[1]).toMatch(/^staff\.motivation\.mean,0\.3,0\.9,/);
    expect(read('abc', 'posterior.csv').split('\n').filter(Boolean)).toHaveLength(11);
    expect(read('abc', 'plots', 'abc-marginals.svg')).toContain('Motivation mean');
    // best.yaml, the posterior medians, runs as a scenario of its own.
    const best = await deptsim(['validate', join('abc', 'best.yaml')]);
    expect(best.code, best.stderr).toBe(0);
  }, 300_000);
});
