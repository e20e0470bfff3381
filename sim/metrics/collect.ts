import { dateOf } from '../engine/calendar.js';
import { simulate } from '../model/index.js';
import type { Scenario } from '../scenario/schema/index.js';
import { DailyTable } from './daily.js';
import { SummaryCollector, type RunSummary } from './summary.js';
import { windowsOfState } from './windows.js';

/** Everything one run produced: the summary always, the daily table when asked for. */
export interface RunResult {
  scenario: string;
  seedKey: string;
  days: number;
  /** Unit ids (departments, then the campaign headquarters if any); daily rows add "county" last. */
  units: string[];
  /** Calendar date of each day, and the id of the campaign running (or ""). */
  dates: string[];
  campaignOfDay: string[];
  summary: RunSummary;
  daily?: DailyTable;
}

/** Run one scenario with one seed key and collect its results (pure: no I/O, no clock). */
export function collectRun(scenario: Scenario, seedKey: string, opts: { daily?: boolean } = {}): RunResult {
  const keepDaily = opts.daily ?? scenario.outputs.daily;
  let summary: SummaryCollector | null = null;
  let daily: DailyTable | null = null;
  const st = simulate(scenario, seedKey, (day, rec, st) => {
    if (!summary) {
      summary = new SummaryCollector(st, windowsOfState(st));
      if (keepDaily) daily = new DailyTable(st.U + 1, st.days);
    }
    summary.onDay(day, rec);
    if (daily) daily.push(rec);
  });
  const ids = scenario.campaigns.map((c) => c.id);
  return {
    scenario: scenario.name,
    seedKey,
    days: st.days,
    units: [...st.unitIds],
    dates: Array.from({ length: st.days }, (_, d) => dateOf(st.cal, d)),
    campaignOfDay: Array.from(st.campaignOfDay, (c) => (c >= 0 ? ids[c] : '')),
    summary: (summary as SummaryCollector | null)?.finish() ?? { windows: [], recovery: [] },
    daily: daily ?? undefined,
  };
}
