import { METRICS, NUM_METRICS } from '../model/index.js';
import type { RunResult } from '../metrics/collect.js';
import { csvField, formatNumber } from './format.js';

export const DAILY_KEY_COLUMNS = ['day', 'date', 'campaign', 'unit'] as const;

/**
 * daily.csv: one row per day and unit (departments, the campaign headquarters, and "county", the
 * total), a column per metric (docs/OUTPUTS.md). Tidy: filter out unit == "county" before summing.
 */
export function dailyCsv(result: RunResult, extraColumns: Record<string, string> = {}): string {
  const daily = result.daily;
  if (!daily) throw new Error('the run kept no daily table');
  const extraNames = Object.keys(extraColumns);
  const extraValues = extraNames.map((k) => csvField(extraColumns[k]));
  const units = [...result.units, 'county'];
  const lines: string[] = [[...extraNames, ...DAILY_KEY_COLUMNS, ...METRICS].join(',')];
  for (let d = 0; d < daily.days; d++) {
    for (let r = 0; r < units.length; r++) {
      const row = daily.row(d, r);
      const cells: string[] = [...extraValues, String(d), result.dates[d], result.campaignOfDay[d], csvField(units[r])];
      for (let k = 0; k < NUM_METRICS; k++) cells.push(formatNumber(row[k]));
      lines.push(cells.join(','));
    }
  }
  return lines.join('\n') + '\n';
}
