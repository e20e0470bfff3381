import { describe, expect, it } from 'vitest';
import { parseCsvText, readSummary, SUMMARY_KEYS, SUMMARY_KEYS_ONE_RUN } from '../../sim/runner/contract.js';
import { sensitivityFolderFiles, sweepFolderFiles } from '../report/fixtures.js';

describe('summary.csv writes intervals only where they exist', () => {
  it('a Morris screening (one run per point): n and mean, no empty spread or interval columns', () => {
    const text = sensitivityFolderFiles()['summary.csv'];
    const { columns, rows } = parseCsvText(text);
    expect(columns.slice(columns.indexOf('window'))).toEqual([...SUMMARY_KEYS_ONE_RUN]);
    // Every column holds something: none was written only to stay empty.
    for (const c of columns) expect(rows.some((r) => r[c] !== ''), c).toBe(true);
    const read = readSummary(text).rows.find((r) => r.metric === 'days' && r.unit === 'county')!;
    expect(read).toMatchObject({ n: 1, sd: null, ci_low: null, ci_high: null });
    expect(read.mean).toBeGreaterThan(0);
  });

  it('replicates per point keep the mean, sd, interval and quantiles', () => {
    const { columns, rows } = parseCsvText(sweepFolderFiles(false)['summary.csv']);
    expect(columns.slice(columns.indexOf('window'))).toEqual([...SUMMARY_KEYS]);
    expect(rows.some((r) => r.ci_low !== '')).toBe(true);
  });
});
