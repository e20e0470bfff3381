import { fileURLToPath } from 'node:url';
import { collectRun } from '../sim/library/collect-run.js';
import { loadScenario } from '../sim/scenario/load.js';
import type { Scenario } from '../sim/scenario/schema/index.js';
import { staffOf } from './scenario.js';
import { spread, type Spread } from './spread.js';

/** The benchmark county (scenarios/large-county.yaml), from dist/bench/ or from bench/. */
export const BENCH_FILE = fileURLToPath(new URL('../../scenarios/large-county.yaml', import.meta.url));

export interface Steady {
  staff_days_per_second: number;
  best_staff_days_per_second: number;
  seconds: Spread;
}

/**
 * The model's steady state, single thread, summary only: `runs` timed runs after two warm-up runs
 * (the JIT settles over the first two: a campaign's first day reaches code the year before it never
 * ran). The machines are shared and noisy, so the median, with the range.
 */
export function steadyState(scenario: Scenario, runs = 7): Steady {
  for (let w = 0; w < 2; w++) collectRun(scenario, `warm/${w}`, { daily: false });
  const times = Array.from({ length: runs }, (_, r) => {
    const t0 = process.hrtime.bigint();
    collectRun(scenario, `1/rep:${r}`, { daily: false });
    return Number(process.hrtime.bigint() - t0) / 1e9;
  });
  const s = spread(times);
  const staffDays = staffOf(scenario) * scenario.calendar.days;
  return { staff_days_per_second: staffDays / s.median, best_staff_days_per_second: staffDays / s.min, seconds: s };
}

// Run as a script (bench/lines.ts runs it on each Node line): the figure as one JSON line.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(JSON.stringify(steadyState(loadScenario(BENCH_FILE))) + '\n');
}
