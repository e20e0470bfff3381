import { describe, expect, it } from 'vitest';
import { formatDifference, formatValue } from '../../sim/measures/measure.js';
import { measureCell } from '../../sim/cli/measure-table.js';
import { sweepSentence } from '../../sim/report/findings.js';
import { sweepSentenceZh } from '../../sim/report/sentences-experiment-zh.js';
import type { SummaryRow } from '../../sim/runner/contract.js';

/** Thousands are grouped the same way from 1,000 up, wherever a value is shown: never "8504" beside "10,954". */
describe('grouping of thousands', () => {
  const count = { unit: 'times', digits: 0 } as const;
  it('groups from 1,000 in the terminal, keeping the decimals below 10,000', () => {
    expect(formatValue(count, 8504)).toBe('8,504');
    expect(formatValue(count, 10954)).toBe('10,954');
    expect(formatValue(count, 999)).toBe('999');
    expect(formatValue({ unit: 'hours', digits: 1 }, 1234.56)).toBe('1,234.6');
    expect(formatValue({ unit: 'hours', digits: 1 }, -1234.56)).toBe('-1,234.6');
    expect(formatDifference(count, -8504)).toBe('−8,504');
    expect(measureCell('shared_passes', 8504)).toBe('8,504');
  });

  it('says 5,145 and 10,954 alike in an English and a Chinese sweep sentence', () => {
    const row = (penalty: number, mean: number): SummaryRow => ({ point: String(penalty), values: { 'inspection.penalty': penalty }, window: 'overall', unit: 'county', metric: 'shared_passes', n: 5, mean, sd: 1, ci_low: mean - 10, ci_high: mean + 10 });
    const rows = [row(5, 5145), row(15, 10954), row(40, 444)];
    const en = sweepSentence('shared_passes', rows, ['inspection.penalty'])!;
    const zh = sweepSentenceZh('shared_passes', rows, ['inspection.penalty'], 'zh-CN')!;
    for (const s of [en, zh]) {
      expect(s).toContain('5,145');
      expect(s).toContain('10,954');
      expect(s).not.toMatch(/\b5145\b/);
    }
    expect(zh).toContain('先由 5,145（95% 置信区间 5,135 至 5,155） 升至 15 时的 10,954');
  });
});
