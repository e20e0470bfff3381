import { collectRun, type RunResult } from '../metrics/collect.js';
import type { Scenario } from '../scenario/schema/index.js';
import { dailyCsv } from './daily-csv.js';
import { stableJson } from './format.js';
import { singleRunSeedKey } from './seeds.js';

export { singleRunSeedKey };

export interface SingleRun {
  result: RunResult;
  /** Files of the run's output folder, by relative path. */
  files: Record<string, string>;
}

/** Run a scenario once and render its output files (summary.json, daily.csv). */
export function runSingle(scenario: Scenario, seed: number): SingleRun {
  const result = collectRun(scenario, singleRunSeedKey(seed));
  const files: Record<string, string> = {
    'summary.json': stableJson({
      scenario: scenario.name,
      seed,
      days: result.days,
      units: result.units,
      windows: result.summary.windows,
      recovery: result.summary.recovery,
    }),
  };
  if (result.daily) files['daily.csv'] = dailyCsv(result);
  return { result, files };
}
