import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dailyCsv } from '../../sim/runner/daily-csv.js';
import { startDailyThread } from '../../sim/runner/daily-thread.js';
import { runSingle } from '../../sim/runner/run.js';
import { loadScenario } from '../../sim/scenario/load.js';
import { deptsimIn } from './cli-harness.js';

/**
 * Issue 24: `deptsim run --no-report` formats daily.csv on a second thread as the days are done.
 * Its bytes must be those the table writes when formatted at the end, to the byte.
 */
const dir = mkdtempSync(join(tmpdir(), 'deptsim-daily-thread-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("daily.csv formatted on its own thread", () => {
  it('is the same bytes as daily.csv formatted from the kept table (a county with campaigns, days not a multiple of the batch)', async () => {
    const s = loadScenario('scenarios/three-campaigns.yaml');
    expect(s.campaigns.length).toBeGreaterThan(0);
    const thread = startDailyThread(s);
    try {
      const { result } = runSingle(s, s.seed, [thread.watch]);
      expect(result.days % 32).not.toBe(0);
      expect((await thread.text()).join('')).toBe(dailyCsv(result));
    } finally {
      thread.close();
    }
  });

  it('is what `deptsim run --no-report` writes for the benchmark county (a table large enough for the thread)', async () => {
    const r = await deptsimIn(dir, ['run', join(process.cwd(), 'scenarios/large-county.yaml'), '--out', 'lc', '--no-report']);
    expect(r.code, r.stderr).toBe(0);
    const s = loadScenario('scenarios/large-county.yaml');
    const { result } = runSingle(s, s.seed);
    expect(readFileSync(join(dir, 'lc', 'daily.csv'), 'utf8')).toBe(dailyCsv(result));
  });
});
