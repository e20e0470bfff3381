import { describe, expect, it } from 'vitest';
import { runFolderFiles } from './fixtures.js';

/**
 * daily.csv as pandas and R read it: a column whose cells are text on some rows and empty on others
 * is read chunk by chunk as numbers and as text (pandas' DtypeWarning, mixed types). Every column must
 * hold one kind of cell. And a figure summed over the day's items is named a sum.
 */
describe('daily.csv reads without type warnings', () => {
  const text = runFolderFiles(undefined, 'test/runner/fixtures/small.yaml')['daily.csv'];
  const [header, ...rows] = text.trimEnd().split('\n').map((l) => l.split(','));

  it('every column holds one kind of cell: numbers, or text on every row', () => {
    expect(rows.length).toBeGreaterThan(50);
    header.forEach((name, c) => {
      const kinds = new Set(rows.map((r) => (r[c] === '' ? 'empty' : Number.isFinite(Number(r[c])) ? 'number' : 'text')));
      if (kinds.has('text')) expect([...kinds], name).toEqual(['text']);
    });
    const campaign = header.indexOf('campaign');
    expect(new Set(rows.map((r) => r[campaign]))).toContain('none');
  });

  it('item-day sums are named as sums', () => {
    for (const name of ['lead_days_regular_sum', 'lead_days_campaign_sum', 'lead_days_shared_sum', 'shared_wait_days_sum']) expect(header).toContain(name);
    expect(header).not.toContain('lead_days_regular');
    expect(header).not.toContain('shared_wait_days');
  });
});
