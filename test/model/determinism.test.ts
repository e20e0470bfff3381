import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dailyCsv } from '../../sim/runner/daily-csv.js';
import { runSingle } from '../../sim/runner/run.js';
import { deptsimIn, expectSameTree } from '../runner/cli-harness.js';
import { caseA, scenario } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'deptsim-det-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('determinism', () => {
  it('the same scenario and seed give byte-identical summary.json and daily.csv; another seed differs', () => {
    const s = scenario(caseA());
    const files = (seed: number) => {
      const r = runSingle(s, seed);
      return { ...r.files, 'daily.csv': dailyCsv(r.result) };
    };
    const a = files(5);
    const b = files(5);
    const c = files(6);
    expect(a['summary.json']).toBe(b['summary.json']);
    expect(a['daily.csv']).toBe(b['daily.csv']);
    expect(c['daily.csv']).not.toBe(a['daily.csv']);
    expect(c['summary.json']).not.toBe(a['summary.json']);
  });

  it('the CLI writes the same bytes in two processes (every file of the run; the report: determinism.long)', async () => {
    const run = (out: string) => deptsimIn(process.cwd(), ['run', 'scenarios/three-campaigns.yaml', '--seed', '3', '--no-report', '--out', join(dir, out)]);
    // Side by side, as on a cluster: neither process can lean on anything the other left behind.
    for (const r of await Promise.all([run('a'), run('b')])) expect(r.code, r.stderr).toBe(0);
    expectSameTree(join(dir, 'a'), join(dir, 'b'));
  });
});
