import { collectRun, type RunResult } from '../library/collect-run.js';
import type { CollectorFactory } from '../library/simulation.js';
import type { Scenario } from '../scenario/schema/index.js';
import { stableJson } from './format.js';
import { singleRunSeedKey } from './seeds.js';

export { singleRunSeedKey };

export interface SingleRun {
  result: RunResult;
  /**
   * Files of the run's output folder, by relative path; daily.csv is not among them (it can be
   * gigabytes): write it with writeDailyCsv(path, result) when result.daily is set.
   */
  files: Record<string, string>;
}

/** Run a scenario once and render its summary.json (`watch`: see collectRun). */
export function runSingle(scenario: Scenario, seed: number, watch?: CollectorFactory<unknown>): SingleRun {
  const result = collectRun(scenario, singleRunSeedKey(seed), { watch });
  const files: Record<string, string> = { 'summary.json': summaryJson(scenario, seed, result) };
  return { result, files };
}

/** summary.json of a single run (also of a classroom session's run, which must match it byte for byte). */
export function summaryJson(scenario: Scenario, seed: number, result: RunResult): string {
  return stableJson({
    scenario: scenario.name,
    seed,
    days: result.days,
    units: result.units,
    windows: result.summary.windows,
    recovery: result.summary.recovery,
  });
}
