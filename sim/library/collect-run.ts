import { dateOf } from '../engine/calendar.js';
import { dailyCollector, summaryCollector } from './collectors.js';
import { build, collect, type CollectorFactory, type Simulation } from './simulation.js';
import type { Scenario } from '../scenario/schema/index.js';
import type { DailyTable } from '../metrics/daily.js';
import type { RunSummary } from '../metrics/summary.js';

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

/**
 * Run one scenario with one seed key and collect its results (pure: no I/O, no clock), through the
 * library's verbs: what the CLI, the workers and the teachers' page all run. `watch` sees every day
 * too and keeps nothing in the result (the CLI's start-up timing uses it).
 */
export function collectRun(scenario: Scenario, seedKey: string, opts: { daily?: boolean; watch?: CollectorFactory<unknown> } = {}): RunResult {
  const keepDaily = opts.daily ?? scenario.outputs.daily;
  const sim = build(scenario, seedKey);
  const watch: Record<string, CollectorFactory<unknown>> = opts.watch ? { watch: opts.watch } : {};
  let summary: RunSummary;
  let daily: DailyTable | undefined;
  if (keepDaily) ({ summary, daily } = collect(sim, { ...watch, summary: summaryCollector, daily: dailyCollector }));
  else ({ summary } = collect(sim, { ...watch, summary: summaryCollector }));
  return runResult(sim, summary, daily);
}

/** A finished simulation's result: what collectRun returns, for a run driven week by week too (classroom mode). */
export function runResult(sim: Simulation, summary: RunSummary, daily?: DailyTable): RunResult {
  const st = sim.state;
  const ids = sim.scenario.campaigns.map((c) => c.id);
  return {
    scenario: sim.scenario.name,
    seedKey: sim.seedKey,
    days: st.days,
    units: [...st.unitIds],
    dates: Array.from({ length: st.days }, (_, d) => dateOf(st.cal, d)),
    campaignOfDay: Array.from(st.campaignOfDay, (c) => (c >= 0 ? ids[c] : '')),
    summary,
    daily,
  };
}
