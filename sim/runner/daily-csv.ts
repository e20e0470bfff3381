import { closeSync, openSync, writeSync } from 'node:fs';
import { METRICS, NUM_METRICS } from '../model/index.js';
import type { RunResult } from '../library/collect-run.js';
import { csvField, formatNumber } from './format.js';

export const DAILY_KEY_COLUMNS = ['day', 'date', 'campaign', 'unit'] as const;

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
  let chunk = header ? [...extraNames, ...DAILY_KEY_COLUMNS, ...METRICS].join(',') + '\n' : '';
  for (let d = 0; d < daily.days; d++) {
    for (let r = 0; r < units.length; r++) {
      const row = daily.row(d, r);
      const cells: string[] = [...extraValues, String(d), result.dates[d], csvField(result.campaignOfDay[d]), csvField(units[r])];
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
