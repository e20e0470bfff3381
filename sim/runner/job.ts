import { collectRun } from '../library/collect-run.js';
import type { RunSummary } from '../metrics/summary.js';
import type { Scenario } from '../scenario/schema/index.js';
import { dailyCsvBytes } from './daily-csv.js';
import { replicateRows } from './tables.js';

/** One replicate of one point: what a worker receives (structured-cloned, so plain data only). */
export interface JobTask {
  scenario: Scenario;
  seedKey: string;
  daily: boolean;
  /** Leading columns of the daily rows (point or arm, replicate). */
  dailyColumns: Record<string, string>;
  /** Leading cells of the job's rows in replicates.csv (tables.ts's replicateLead); none: no rows wanted (a calibration's candidates). */
  replicateLead?: string[];
}

export interface JobOutput {
  summary: RunSummary;
  /** The job's rows of replicates.csv, formatted in its thread (when the task gave their lead). */
  replicateRows?: string;
  /** daily.csv rows without the header, when asked (bytes: may exceed what one string holds). */
  daily?: Uint8Array;
}

/** Run one job. Pure apart from the CPU: the same task gives the same output in any thread. */
export function runJob(task: JobTask): JobOutput {
  const result = collectRun(task.scenario, task.seedKey, { daily: task.daily });
  const out: JobOutput = { summary: result.summary, ...(task.replicateLead ? { replicateRows: replicateRows(task.replicateLead, result.summary) } : {}) };
  return task.daily ? { ...out, daily: dailyCsvBytes(result, task.dailyColumns) } : out;
}

/** The header of daily.csv for these leading columns. */
export function dailyHeader(task: Pick<JobTask, 'dailyColumns'>, header: string): string {
  return [...Object.keys(task.dailyColumns), header].join(',');
}
