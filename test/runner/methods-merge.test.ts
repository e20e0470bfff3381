import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deptsimIn, expectSameTree, FIX, scratchFolder } from './cli-harness.js';

/**
 * The research designs on a cluster: a Morris screening, Sobol indices and a discovery run as two
 * shards (separate processes) and merged are the one-machine folder byte for byte, their own
 * figures included; `deptsim report` redraws those figures, and an ABC calibration's, from the files.
 */
let dir = '';
const deptsim = (args: string[]) => deptsimIn(dir, args);
const SMALL = join(FIX, 'small.yaml');

scratchFolder('deptsim-methods-merge-', (d) => (dir = d));

/** Remove a folder's report (report.html, report.md, plots/), as a user who wants it redrawn might. */
function dropReport(folder: string): void {
  rmSync(join(dir, folder, 'plots'), { recursive: true, force: true });
  for (const f of ['report.html', 'report.md']) rmSync(join(dir, folder, f), { force: true });
}

const designs: [string, string[], string, RegExp][] = [
  ['screening', ['sensitivity', SMALL, '--trajectories', '2'], 'plots/screening.svg', /Inspection penalty/],
  ['sobol', ['sensitivity', SMALL, '--method', 'sobol', '--set', 'staff.motivation.mean=0.4:0.8', '--set', 'inspection.penalty=50:300', '--samples', '8'], 'plots/sobol.svg', /Motivation mean/],
  ['discover', ['discover', SMALL, '--set', 'staff.motivation.mean=0.3:0.9', '--set', 'inspection.penalty=50:300', '--samples', '20', '--outcome', 'shirk_rate', '--above', '0.1'], 'plots/prim.svg', /coverage/],
];

describe('merge and report draw the research designs\' figures', () => {
  it.each(designs)('%s: two shards merge into exactly the whole run, its figure included, and report redraws it', async (name, args, figure, words) => {
    const common = [...args, '--workers', '1', '--no-progress'];
    const runs = await Promise.all([
      deptsim([...common, '--out', `${name}-whole`]),
      deptsim([...common, '--out', `${name}-parts`, '--shard', '1/2']),
      deptsim([...common, '--out', `${name}-parts`, '--shard', '2/2']),
    ]);
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    const m = await deptsim(['merge', `${name}-parts.shard-1-of-2`, `${name}-parts.shard-2-of-2`]);
    expect(m.code, m.stderr).toBe(0);
    expect(m.stdout).toContain(figure);
    expect(readFileSync(join(dir, `${name}-whole`, figure), 'utf8')).toMatch(words);
    expectSameTree(join(dir, `${name}-whole`), join(dir, `${name}-parts`));
    // The report drawn again from the merged folder's files: the same report, figure and all.
    dropReport(`${name}-parts`);
    const r = await deptsim(['report', `${name}-parts`]);
    expect(r.code, r.stderr).toBe(0);
    expectSameTree(join(dir, `${name}-whole`), join(dir, `${name}-parts`));
  }, 300_000);

  it('report draws an ABC calibration\'s posterior figures, the same as calibrate draws them', async () => {
    copyFileSync(SMALL, join(dir, 'small.yaml'));
    writeFileSync(
      join(dir, 'abc.yaml'),
      [
        'scenario: small.yaml',
        'parameters:',
        '  - { path: staff.shirking.regularValue, range: [0.2, 1.4] }',
        '  - { path: inspection.penalty, range: [50, 300] }',
        'targets:',
        '  - { name: shirking, measure: shirk_rate, window: overall, value: 0.09, scale: 0.01 }',
        'search: { method: abc, population: 10, generations: 2, replicates: 1, seed: 3 }',
        '',
      ].join('\n'),
    );
    const [drawn, bare] = await Promise.all([
      deptsim(['calibrate', 'abc.yaml', '--workers', '1', '--no-progress', '--out', 'abc-drawn']),
      deptsim(['calibrate', 'abc.yaml', '--workers', '1', '--no-progress', '--no-report', '--out', 'abc-bare']),
    ]);
    expect(drawn.code, drawn.stderr).toBe(0);
    expect(bare.code, bare.stderr).toBe(0);
    expect(existsSync(join(dir, 'abc-bare', 'plots'))).toBe(false);
    const r = await deptsim(['report', 'abc-bare']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('Wrote 2 figures to abc-bare/\n');
    expect(readdirSync(join(dir, 'abc-bare', 'plots')).sort()).toEqual(['abc-marginals.svg', 'abc-pairs.svg']);
    expect(readFileSync(join(dir, 'abc-bare', 'plots', 'abc-pairs.svg'), 'utf8')).toContain('Inspection penalty');
    expectSameTree(join(dir, 'abc-drawn'), join(dir, 'abc-bare'));
  }, 300_000);
});
