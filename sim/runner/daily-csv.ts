import { closeSync, openSync, writeSync } from 'node:fs';
import { METRICS, NUM_METRICS, type MetricName } from '../model/index.js';
import type { RunResult } from '../library/collect-run.js';
import { csvField, formatNumber, numberAsRead, readCsvText } from './format.js';

export const DAILY_KEY_COLUMNS = ['day', 'date', 'campaign', 'unit'] as const;

/**
 * The campaign column on a day without one. A value on every row, so the column has one type:
 * left empty on most rows, pandas reads it in chunks as numbers (all empty) and as text, and warns
 * (DtypeWarning, mixed types); R's read.csv reads it as text either way.
 */
export const NO_CAMPAIGN = 'none';

/**
 * Columns whose daily figure is a sum over the items of the day (item-days), named so in the file:
 * `lead_days_regular` read like a mean lead time; divide the sum by the count for the mean.
 */
const SUM_NAMES: Partial<Record<MetricName, string>> = {
  lead_days_regular: 'lead_days_regular_sum',
  lead_days_campaign: 'lead_days_campaign_sum',
  lead_days_shared: 'lead_days_shared_sum',
  shared_wait_days: 'shared_wait_days_sum',
};

/** A measure's column name in daily.csv. */
export const dailyColumnName = (m: MetricName): string => SUM_NAMES[m] ?? m;

/** daily.csv's header after any leading columns (replicate, point...): keys, then a column per measure. */
export const dailyHeader = (lead: readonly string[] = []): string => [...lead, ...DAILY_KEY_COLUMNS, ...METRICS.map(dailyColumnName)].join(',');

/** Characters per chunk: large enough to write fast, small enough never to strain a string. */
const CHUNK_CHARS = 1 << 20;

/**
 * daily.csv: one row per day and unit (departments, the campaign headquarters, and "county", the
 * total), a column per metric (docs/OUTPUTS.md). Tidy: filter out unit == "county" before summing.
 * Yielded in chunks of about a megabyte: a long horizon with many departments makes gigabytes,
 * more than one string can hold, so no caller ever needs the whole file in memory.
 */
export function* dailyCsvChunks(result: RunResult, extraColumns: Record<string, string> = {}, header = true): Generator<string> {
  const daily = result.daily;
  if (!daily) throw new Error('the run kept no daily table');
  const extraNames = Object.keys(extraColumns);
  const extraValues = extraNames.map((k) => csvField(extraColumns[k]));
  const units = [...result.units, 'county'];
  let chunk = header ? dailyHeader(extraNames) + '\n' : '';
  for (let d = 0; d < daily.days; d++) {
    for (let r = 0; r < units.length; r++) {
      const row = daily.row(d, r);
      const cells: string[] = [...extraValues, String(d), result.dates[d], csvField(result.campaignOfDay[d] || NO_CAMPAIGN), csvField(units[r])];
      for (let k = 0; k < NUM_METRICS; k++) cells.push(formatNumber(row[k]));
      chunk += cells.join(',') + '\n';
      if (chunk.length >= CHUNK_CHARS) {
        yield chunk;
        chunk = '';
      }
    }
  }
  if (chunk) yield chunk;
}

/**
 * A CSV table by column, as a reader gets it back: a column of numbers (every cell a number or
 * empty) as a Float64Array with NaN for an empty cell, any other column as its text.
 */
export interface ColumnsAsRead {
  /** Rows. */
  length: number;
  /** By the header's names, in its order. */
  columns: Record<string, Float64Array | string[]>;
}

/**
 * daily.csv by column as a reader parses it back from the file (what `deptsim report` reads): the
 * key columns as text (day a number), each figure as its written text reads back (numberAsRead; NaN
 * for an empty field). `deptsim run` hands these to its report, which then need not parse the file
 * it has just written; test/report/from-memory.test.ts checks them against the parsed file.
 */
export function dailyColumnsAsRead(result: RunResult): ColumnsAsRead {
  const daily = result.daily;
  if (!daily) throw new Error('the run kept no daily table');
  const units = [...result.units, 'county'].map((u) => readCsvText(csvField(u)));
  const n = daily.days * units.length;
  const day = new Float64Array(n);
  const date: string[] = new Array(n);
  const campaign: string[] = new Array(n);
  const unit: string[] = new Array(n);
  const figures = METRICS.map(() => new Float64Array(n));
  for (let d = 0, i = 0; d < daily.days; d++) {
    const campaignText = readCsvText(csvField(result.campaignOfDay[d] || NO_CAMPAIGN));
    for (let r = 0; r < units.length; r++, i++) {
      day[i] = d;
      date[i] = result.dates[d];
      campaign[i] = campaignText;
      unit[i] = units[r];
      const values = daily.row(d, r);
      for (let k = 0; k < NUM_METRICS; k++) figures[k][i] = numberAsRead(values[k]) ?? NaN;
    }
  }
  const columns: ColumnsAsRead['columns'] = { day, date, campaign, unit };
  METRICS.forEach((m, k) => (columns[dailyColumnName(m)] = figures[k]));
  return { length: n, columns };
}

/** The whole of daily.csv as text (tests, and reports of runs small enough to read). */
export function dailyCsv(result: RunResult, extraColumns: Record<string, string> = {}): string {
  return [...dailyCsvChunks(result, extraColumns)].join('');
}

/** daily.csv rows (no header) as bytes, for a worker to hand over: no string larger than a chunk. */
export function dailyCsvBytes(result: RunResult, extraColumns: Record<string, string>): Uint8Array {
  return Buffer.concat([...dailyCsvChunks(result, extraColumns, false)].map((c) => Buffer.from(c, 'utf8')));
}

/** Write daily.csv to `file` chunk by chunk. */
export function writeDailyCsv(file: string, result: RunResult): void {
  const fd = openSync(file, 'w');
  try {
    for (const chunk of dailyCsvChunks(result)) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}
