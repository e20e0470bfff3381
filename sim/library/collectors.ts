import { DailyTable } from '../metrics/daily.js';
import { SummaryCollector, type RunSummary } from '../metrics/summary.js';
import { windowsOfState } from '../metrics/windows.js';
import type { CollectorFactory } from './simulation.js';

/** The run summary: every window's figures per unit and for the county, and the recovery times. */
export const summaryCollector: CollectorFactory<RunSummary> = (state) => {
  const c = new SummaryCollector(state, windowsOfState(state));
  return { onDay: (day, rec) => c.onDay(day, rec), finish: () => c.finish() };
};

/** Every day's whole record (units and county, every metric), for daily.csv and charts. */
export const dailyCollector: CollectorFactory<DailyTable> = (state) => {
  const t = new DailyTable(state.U + 1, state.days);
  return { onDay: (_day, rec) => t.push(rec), finish: () => t };
};
