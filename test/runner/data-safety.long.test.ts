import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTPUT_FILES } from '../../sim/runner/output-folder.js';
import { deptsimIn, FIX, tree } from './cli-harness.js';

/**
 * deptsim recognises its own folders by their file names (OUTPUT_FILES): every command's every file
 * must match, or deptsim would refuse to replace its own results. Slow (it builds reports), so it
 * runs with `npm run test:long`.
 */
let dir = '';
const deptsim = (args: string[]) => deptsimIn(dir, args);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'deptsim-safety-long-'));
  writeFileSync(join(dir, 'small.yaml'), readFileSync(join(FIX, 'small.yaml'), 'utf8'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('output file names', () => {
  it('every file deptsim writes is one it recognises as its own (OUTPUT_FILES)', async () => {
    const runs = [
      ['run', 'small.yaml', '--out', 'all/single'],
      ['run', 'small.yaml', '--out', 'all/reps', '--replicates', '2', '--daily'],
      ['sweep', 'small.yaml', '--out', 'all/sw', '--set', 'inspection.penalty=10,60', '--replicates', '2', '--daily', '--shard', '1/2', '--workers', '1'],
      ['sensitivity', 'small.yaml', '--out', 'all/sobol', '--method', 'sobol', '--set', 'inspection.penalty=10:60', '--set', 'staff.motivation.mean=0.4:0.8', '--samples', '4', '--workers', '1'],
      ['discover', 'small.yaml', '--out', 'all/disc', '--set', 'inspection.penalty=10:60', '--set', 'staff.motivation.mean=0.3:0.9', '--samples', '20', '--outcome', 'shirk_rate', '--above', '0.1', '--workers', '1'],
      ['calibrate', 'abc.yaml', '--out', 'all/abc', '--workers', '1'],
    ];
    writeFileSync(
      join(dir, 'abc.yaml'),
      'scenario: small.yaml\nparameters:\n  - { path: inspection.penalty, range: [10, 60] }\ntargets:\n  - { measure: shirk_rate, window: overall, value: 0.09, scale: 0.01 }\nsearch: { method: abc, population: 10, generations: 2, replicates: 1 }\n',
    );
    for (const r of await Promise.all(runs.map((args) => deptsim(args)))) expect(r.code, r.stderr).toBe(0);
    const written = Object.keys(tree(join(dir, 'all')));
    expect(written.length).toBeGreaterThan(20);
    for (const f of written) expect(f.slice(f.indexOf('/') + 1), f).toMatch(OUTPUT_FILES);
  });
});
