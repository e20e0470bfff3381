import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deptsimIn, FIX, scratchFolder } from './cli-harness.js';

/** The research designs from the command line, on the small test county (a screen of every parameter: a minute or more on a loaded machine). */
let dir = '';
const deptsim = (args: string[]) => deptsimIn(dir, args);
const SMALL = join(FIX, 'small.yaml');

scratchFolder('deptsim-methods-', (d) => (dir = d));

describe('deptsim sensitivity with no --set', () => {
  it('screens every numeric parameter the scenario uses, ranks them per measure, and draws them in words', async () => {
    const r = await deptsim(['sensitivity', SMALL, '--trajectories', '2', '--workers', '2', '--metric', 'shirk_rate', '--out', 'screen']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Screening \d+ parameters over their screening ranges/);
    expect(r.stdout).toMatch(/Left out \d+: calendar\.days: the horizon/);
    const morris = readFileSync(join(dir, 'screen', 'morris.csv'), 'utf8').split('\n');
    const shirk = morris.filter((l) => l.startsWith('shirk_rate,'));
    expect(shirk.length).toBeGreaterThan(50);
    expect(shirk.some((l) => l.includes(',departments[].headcount,'))).toBe(true);
    // Motivation drives shirking in the model (ODD 7.5): it must rank near the top, not at random.
    const rank = Number(shirk.find((l) => l.includes(',staff.motivation.mean,'))!.split(',')[1]);
    expect(rank).toBeLessThanOrEqual(5);
    const svg = readFileSync(join(dir, 'screen', 'plots', 'screening.svg'), 'utf8');
    expect(svg).toContain('Motivation mean (motivation)');
    expect(svg).toContain('Headcount, every department (× own value)');
  }, 300_000);

});
