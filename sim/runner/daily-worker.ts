import { parentPort } from 'node:worker_threads';
import { DailyRows, dailyHeader } from './daily-csv.js';

/**
 * The daily.csv thread's entry (daily-thread.ts starts it): formats a run's days into daily.csv's
 * bytes while the model simulates the next ones, with daily-csv.ts's one formatting of a row.
 */
export type DailyMessage =
  | { kind: 'start'; units: string[] }
  /** Days `from`.. of the run: each day's record (units then county) one after another in `records`. */
  | { kind: 'days'; from: number; dates: string[]; campaigns: string[]; records: Float64Array }
  | { kind: 'end' };

/** The whole file's bytes, or the error that stopped the thread. */
export type DailyAnswer = { text: string[] } | { error: string };

let rows: DailyRows | null = null;
const parts: string[] = [];

function onMessage(m: DailyMessage): DailyAnswer | null {
  if (m.kind === 'start') {
    rows = new DailyRows(m.units);
    parts.push(dailyHeader() + '\n');
    return null;
  }
  if (!rows) return { error: 'the daily.csv thread was sent days before the run started' };
  if (m.kind === 'days') {
    const size = m.records.length / m.dates.length;
    const days: string[] = [];
    for (let i = 0; i < m.dates.length; i++) days.push(rows.dayText(m.from + i, m.dates[i], m.campaigns[i], m.records.subarray(i * size, (i + 1) * size)));
    parts.push(days.join(''));
    return null;
  }
  // Strings, not bytes: copied over as they are (one byte a character), where encoded arrays would
  // be external memory that sets off the thread's collector as it grows.
  return { text: parts.splice(0) };
}

parentPort?.on('message', (m: DailyMessage) => {
  let answer: DailyAnswer | null;
  try {
    answer = onMessage(m);
  } catch (e) {
    answer = { error: e instanceof Error ? e.message : String(e) };
  }
  if (answer) parentPort!.postMessage(answer);
});
