import { collectRun } from '../sim/metrics/collect.js';
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
const t0 = process.hrtime.bigint();
collectRun(scenario, '1/rep:0', { daily: o.daily });
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
process.stdout.write(
  JSON.stringify({ staff: staffOf(scenario), days: o.days, daily: o.daily, seconds, maxRssMB: process.resourceUsage().maxRSS / 1024 }) + '\n',
);
