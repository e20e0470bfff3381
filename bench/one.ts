import { collectRun } from '../sim/library/collect-run.js';
import { syntheticCounty, staffOf } from './scenario.js';

/**
 * One run in a fresh process, so its peak memory (max RSS) is its own:
 * node dist/bench/one.js '{"departments":10,"headcount":20,"days":365,"daily":false}'
 */
const o = JSON.parse(process.argv[2]) as { departments: number; headcount: number; days: number; daily: boolean };
const scenario = syntheticCounty(o.departments, o.headcount, o.days);
// Warm-up first, so the figure is the model's speed rather than the JIT's start: two runs of the
// smallest scaling point (2000 staff-years), whatever the size timed.
for (let w = 0; w < 2; w++) collectRun(syntheticCounty(o.departments, 200, 365), `warm/${w}`, { daily: false });
// The median of 3 runs: one run is at the mercy of the machine's other tenants.
const times = [0, 1, 2]
  .map((r) => {
    const t0 = process.hrtime.bigint();
    collectRun(scenario, `1/rep:${r}`, { daily: o.daily });
    return Number(process.hrtime.bigint() - t0) / 1e9;
  })
  .sort((a, b) => a - b);
const seconds = times[1];
process.stdout.write(
  JSON.stringify({ staff: staffOf(scenario), days: o.days, daily: o.daily, seconds, maxRssMB: process.resourceUsage().maxRSS / 1024 }) + '\n',
);
