import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../sim/scenario/load.js';
import { BudgetError, checkWork, DEFAULT_BUDGET, MAX_SUMMARY_BYTES, summaryRowsOf } from '../../sim/runner/budget.js';

/**
 * summary.csv is built as one string, and V8 caps a string at 512 MiB: case A's Sobol design at
 * --samples 256 (1,536 points) ran 2.7 minutes and then died with "Invalid string length". The
 * size is now estimated before any run and the design refused with one line.
 */
describe('summary.csv size, checked before the runs', () => {
  const caseA = loadScenario('scenarios/three-campaigns.yaml');
  const points = (n: number) => Array.from({ length: n }, () => caseA);

  it('estimates the rows of a point from windows, units and measures, near what case A writes', () => {
    // Case A's Morris summary.csv: 8,480 rows per point (6,106,321 rows for 720 points, measured).
    const rows = summaryRowsOf(caseA);
    expect(rows).toBeGreaterThanOrEqual(8480);
    expect(rows).toBeLessThan(8480 * 1.3);
  });

  it('refuses a 1,536-point design of case A with the estimate, and lets 768 points through', () => {
    expect(() => checkWork(points(1536), 1, false, DEFAULT_BUDGET)).toThrow(BudgetError);
    expect(() => checkWork(points(1536), 1, false, DEFAULT_BUDGET)).toThrow(/^summary\.csv would be about \d+ MB \(1,536 points x about [\d,]+ rows each: windows x units x measures\), more than deptsim can write as one file \(450 MB\)\. Use fewer points/);
    expect(() => checkWork(points(768), 1, false, DEFAULT_BUDGET)).not.toThrow();
    expect(MAX_SUMMARY_BYTES).toBeLessThan(2 ** 29 - 24);
  });

  it('counts replicated rows as wider: 200 points of 5 replicates are refused where 200 of 1 are not', () => {
    expect(() => checkWork(points(200), 1, false, DEFAULT_BUDGET)).not.toThrow();
    expect(() => checkWork(points(400), 5, false, { ...DEFAULT_BUDGET, maxRuns: 1e9, maxStaffDays: 1e12, maxItems: 1e12 })).toThrow(/summary\.csv would be about/);
  });
});
