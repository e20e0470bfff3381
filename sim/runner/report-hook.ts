import type { ExperimentPlan } from './plan.js';

/**
 * The one place where experiment outputs gain report files (report.html, plots) from sim/report,
 * inside the same atomic write as the data. sim/report does not yet export a function that turns a
 * results folder's files into report files; until it does, experiments write data files only.
 */
export function reportFiles(_plan: ExperimentPlan, _files: Readonly<Record<string, string>>): Record<string, string | Uint8Array> {
  return {};
}
