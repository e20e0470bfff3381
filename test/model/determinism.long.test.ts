import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deptsimIn, expectSameTree } from '../runner/cli-harness.js';

const dir = mkdtempSync(join(tmpdir(), 'deptsim-det-long-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('determinism with the report', () => {
  it('two processes write the same bytes in every file, report, figures and their PNGs included', async () => {
    const run = (out: string) => deptsimIn(process.cwd(), ['run', 'scenarios/three-campaigns.yaml', '--seed', '3', '--out', join(dir, out)]);
    for (const r of await Promise.all([run('a'), run('b')])) expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(dir, 'a'))).toEqual(expect.arrayContaining(['summary.json', 'daily.csv', 'report.html', 'report.md', 'plots']));
    expectSameTree(join(dir, 'a'), join(dir, 'b'));
  });
});
