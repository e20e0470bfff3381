import { collectRun } from '../library/collect-run.js';
import type { RunSummary } from '../metrics/summary.js';
import type { Scenario } from '../scenario/schema/index.js';
import { dailyCsvBytes } from './daily-csv.js';

/** One replicate of one point: what a worker receives (structured-cloned, so plain data only). */
export interface JobTask {
  scenario: Scenario;
  seedKey: string;
  daily: boolean;
  /** Leading columns of the daily rows (point or arm, replicate). */
  dailyColumns: Record<string, string>;
}

export interface JobOutput {
  summary: RunSummary;
  /** daily.csv rows without the header, when asked (bytes: may exceed what one string holds). */
  daily?: Uint8Array;
}

/** Run one job. Pure apart from the CPU: the same task gives the same output in any thread. */
export function runJob(task: JobTask): JobOutput {
  const result = collectRun(task.scenario, task.seedKey, { daily: task.daily });
  if (!task.daily) return { summary: result.summary };
  return { summary: result.summary, daily: dailyCsvBytes(result, task.dailyColumns) };
}

/** The header of daily.csv for these leading columns. */
export function dailyHeader(task: Pick<JobTask, 'dailyColumns'>, header: string): string {
  return [...Object.keys(task.dailyColumns), header].join(',');
}
