import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sensitivityExperiment, sweepExperiment, replicatesExperiment } from '../../sim/runner/experiments.js';
import { loadScenarioText } from '../../sim/scenario/load.js';
import { deptsim, Folders, refusalMs, refused, SMALL } from './cli.js';

/**
 * Budgets (issue 11): inputs that would hang, run for hours or exhaust memory are refused before any
 * work starts, in one line that gives the estimate, the limit and the flag that raises it.
 */
const folders = new Folders();
afterAll(() => folders.cleanup());

describe('files are read with a byte limit that holds for devices and pipes', () => {
  it('run /dev/zero is refused as not a regular file', () => {
    const dir = folders.make({});
    refused(deptsim(dir, ['run', '/dev/zero', '--out', 'o'], 20_000), /^\/dev\/zero:1:1: not a regular file/);
  });

  it('extends: /dev/zero is refused at the extends line', () => {
    const dir = folders.make({ 's.yaml': `extends: /dev/zero\n${SMALL.replace('name: small', '')}` });
    const r = deptsim(dir, ['validate', 's.yaml', '--allow-extends-outside'], 20_000);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^s\.yaml:1:10: extends: cannot extend \/dev\/zero: not a regular file/);
  });

  it('a FIFO is refused without waiting for a writer', () => {
    const dir = folders.make({});
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    refused(deptsim(dir, ['run', 'pipe.yaml', '--out', 'o'], 20_000), /pipe\.yaml:1:1: not a regular file \(a device, pipe or socket\)/);
  });
});

describe('the number of runs is estimated before a design is built', () => {
  const base = loadScenarioText(SMALL, 'small.yaml');

  it('a grid of 1e15 points is refused, with the estimate, the limit and --max-runs', () => {
    const dir = folders.make({ 's.yaml': SMALL });
    refused(
      deptsim(dir, ['sweep', 's.yaml', '--set', 'inspection.penalty=1:100:1000000000', '--set', 'staff.hoursPerDay=1:10:1000000', '--out', 'o']),
      /this grid: 1\.0e15 points x 1 replicate is 1\.0e15 runs; the limit is 20,000 runs\. .*--max-runs N/,
    );
    const { ms, error } = refusalMs(() =>
      sweepExperiment(base, { 'inspection.penalty': { from: 1, to: 100, count: 1e9, integer: false }, 'staff.hoursPerDay': { from: 1, to: 10, count: 1e6, integer: false } }, { seed: 1, replicates: 1, daily: false, design: 'grid' }),
    );
    expect(error.message).toMatch(/1\.0e15 runs/);
    expect(ms).toBeLessThan(500);
  });

  it('--set x=1:100:1e9 alone is refused, not expanded', () => {
    const dir = folders.make({ 's.yaml': SMALL });
    refused(deptsim(dir, ['sweep', 's.yaml', '--set', 'inspection.penalty=1:100:1e9', '--out', 'o']), /1\.0e9 runs; the limit is 20,000/);
  });

  it('--samples 1e9 is refused before the hypercube is drawn', () => {
    const dir = folders.make({ 's.yaml': SMALL });
    refused(deptsim(dir, ['sweep', 's.yaml', '--design', 'lhs', '--samples', '1e9', '--set', 'inspection.penalty=1:100', '--out', 'o']), /this Latin hypercube: 1\.0e9 points/);
    const { ms } = refusalMs(() => sweepExperiment(base, { 'inspection.penalty': { from: 1, to: 100, integer: false } }, { seed: 1, replicates: 1, daily: false, design: 'lhs', samples: 1e9 }));
    expect(ms).toBeLessThan(500);
  });

  it('100,000 replicates are refused unless --max-runs allows them', () => {
    const dir = folders.make({ 's.yaml': SMALL });
    refused(deptsim(dir, ['run', 's.yaml', '--replicates', '100000', '--out', 'o']), /100,000 replicates is 100,000 runs; the limit is 20,000 runs/);
    const { ms } = refusalMs(() => replicatesExperiment(base, { seed: 1, replicates: 100_000, daily: false }));
    expect(ms).toBeLessThan(500);
  });

  it('Morris screening with 1e8 trajectories is refused', () => {
    const dir = folders.make({ 's.yaml': SMALL });
    refused(
      deptsim(dir, ['sensitivity', 's.yaml', '--set', 'inspection.penalty=1:100', '--set', 'staff.hoursPerDay=1:10', '--trajectories', '100000000', '--out', 'o']),
      /300,000,000 runs/,
    );
    const { ms } = refusalMs(() =>
      sensitivityExperiment(base, { 'inspection.penalty': { from: 1, to: 100, integer: false }, 'staff.hoursPerDay': { from: 1, to: 10, integer: false } }, { seed: 1, replicates: 1, daily: false, trajectories: 1e8, levels: 4 }),
    );
    expect(ms).toBeLessThan(500);
  });
});

describe('staff-days and the size of daily.csv are estimated before a run', () => {
  it('100,000 staff x 100 years is refused with the estimate and --max-staff-days', () => {
    const dir = folders.make({ 's.yaml': SMALL.replace('days: 30', 'days: 36500').replace('headcount: 6', 'headcount: 100000') });
    refused(deptsim(dir, ['run', 's.yaml', '--out', 'o']), /this would simulate 3\.7e9 staff-days .* the limit is 1\.0e9\. .*--max-staff-days N/);
  });

  it('a daily.csv of gigabytes is refused with --max-daily-mb, and allowed below a raised limit', () => {
    const dir = folders.make({ 's.yaml': SMALL.replace('days: 30', 'days: 36500') });
    refused(deptsim(dir, ['run', 's.yaml', '--replicates', '100', '--daily', '--out', 'o']), /daily\.csv would be about 2\.\d GB; the limit is 1\.0 GB\. .*--max-daily-mb N/);
    // The same run without daily.csv is within budget (refused only for the file it would write).
    const r = deptsim(dir, ['run', 's.yaml', '--replicates', '100', '--daily', '--max-daily-mb', '1', '--out', 'o']);
    expect(r.stderr).toMatch(/daily\.csv would be about 2\.\d GB; the limit is 1 MB/);
  });
});

describe('formulas have a size and depth limit, and identical formulas are checked once', () => {
  it('a 2000-term formula is one located message, not a stack overflow', () => {
    const f = Array.from({ length: 2000 }, () => '1').join('+');
    const dir = folders.make({ 's.yaml': SMALL.replace('{ id: a, headcount: 6 }', `{ id: a, headcount: 6, regular: { rateFormula: "${f}" } }`) });
    const r = deptsim(dir, ['validate', 's.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^s\.yaml:4:\d+: departments\[0\]\.regular\.rateFormula: formula of 3999 characters; formulas are limited to 1000/);
    expect(r.stderr).not.toMatch(/call stack|internal error/);
  });

  it('a formula nested 300 signs deep is refused for its depth', () => {
    const dir = folders.make({ 's.yaml': SMALL.replace('{ id: a, headcount: 6 }', `{ id: a, headcount: 6, regular: { rateFormula: "${'-'.repeat(300)}1" } }`) });
    const r = deptsim(dir, ['validate', 's.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/formula nested more than 64 levels deep/);
  });

  it('400 departments sharing one anchored formula over 100 years validate in seconds', () => {
    const formula = '1 + 0.5*sin(2*pi*day/365) + (weekday >= 5 ? 0.2 : 0) + (month == 12 ? 0.3 : 0)';
    const lines = ['name: anchors', 'calendar: { days: 36500 }', 'departments:', `  - { id: d0, headcount: 1, regular: { rateFormula: &f "${formula}" } }`];
    for (let i = 1; i < 400; i++) lines.push(`  - { id: d${i}, headcount: 1, regular: { rateFormula: *f } }`);
    const dir = folders.make({ 's.yaml': `${lines.join('\n')}\n` });
    // Checked 400 times before (about 0.3 s each on a quiet core): minutes. Once now.
    const r = deptsim(dir, ['validate', 's.yaml'], 40_000);
    expect(r.code, r.stderr).toBe(0);
  });

  it('many different formulas over a long horizon are refused, not checked for minutes', () => {
    const lines = ['name: many', 'calendar: { days: 36500 }', 'departments:'];
    for (let i = 0; i < 400; i++) lines.push(`  - { id: d${i}, headcount: 1, regular: { rateFormula: "1 + ${i}*0.001*sin(day/365)" } }`);
    const dir = folders.make({ 's.yaml': `${lines.join('\n')}\n` });
    const r = deptsim(dir, ['validate', 's.yaml'], 40_000);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/s\.yaml:4:\d+: departments\[0\]\.regular\.rateFormula: checking these 400 different formulas over 36500 days takes 29,200,000 evaluations; the limit is 2,000,000/);
  });
});

describe('names and descriptions have length limits', () => {
  it('a 10,000-character department name is refused at its line', () => {
    const dir = folders.make({ 's.yaml': SMALL.replace('{ id: a, headcount: 6 }', `{ id: a, headcount: 6, name: "${'x'.repeat(10_000)}" }`) });
    const r = deptsim(dir, ['run', 's.yaml', '--out', 'o']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^s\.yaml:4:\d+: departments\[0\]\.name: expected text of at most 100 characters/);
  });

  it('a 100 kB description is refused', () => {
    const dir = folders.make({ 's.yaml': `${SMALL}description: "${'y'.repeat(100_000)}"\n` });
    const r = deptsim(dir, ['validate', 's.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/description: expected text of at most 5000 characters/);
  });
});
