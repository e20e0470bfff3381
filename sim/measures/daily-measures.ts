import { countyRow, METRICS, RECORD, type MetricName, type RecordField } from './record.js';
import type { MeasureInfo } from './measure.js';

/**
 * The registry of daily.csv's measure columns, derived from the model's daily record
 * (sim/measures/record.ts: RECORD gives each figure's label, unit, meaning and phase). How a figure
 * combines over units and days follows from whether it is a level (a state at the end of the day:
 * mean over days) or a flow (summed over days).
 */
export const DAILY_MEASURES: Record<MetricName, MeasureInfo> = Object.fromEntries(
  METRICS.map((m) => {
    const [label, unit, kind, description, phase, better] = RECORD[m] as RecordField;
    const level = kind === 'level';
    const info: MeasureInfo = {
      label, unit, description, phase, better: better ?? 'neither',
      overUnits: countyRow(m),
      overDays: level ? 'mean of days' : 'sum',
      digits: unit === '0–1' || unit === '1/day' ? 3 : 1,
    };
    return [m, info];
  }),
) as Record<MetricName, MeasureInfo>;
