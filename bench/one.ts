import { collectRun } from '../sim/metrics/collect.js';
import { syntheticCounty, staffOf } from './scenario.js';

/**
 * One run in a fresh process, so its peak memory (max RSS) is its own:
 * node dist/bench/one.js '{"departments":10,"headcount":20,"days":365,"daily":false}'
 */
const o = JSON.parse(process.argv[2]) as { departments: number; headcount: number; days: number; daily: boolean };
const scenario = syntheticCounty(o.departments, o.headcount, o.days);
// A short warm-up first, so the figure is the model's speed rather than the JIT's start.
collectRun(syntheticCounty(o.departments, o.headcount, Math.min(o.days, 60)), 'warm', { daily: false });
const t0 = process.hrtime.bigint();
collectRun(scenario, '1/rep:0', { daily: o.daily });
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
process.stdout.write(
  JSON.stringify({ staff: staffOf(scenario), days: o.days, daily: o.daily, seconds, maxRssMB: process.resourceUsage().maxRSS / 1024 }) + '\n',
);
