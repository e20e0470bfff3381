import { fileURLToPath } from 'node:url';
import { runSingle } from '../sim/runner/run.js';
import { loadScenario } from '../sim/scenario/load.js';
import { spread } from './spread.js';

/**
 * A teaching preset's first run and its reruns in one fresh process, as the teachers' page's worker
 * runs them: the first run pays the JIT's warm-up, each rerun (a slider moved: another seed here)
 * should not (issue 15: well under 200 ms). One process per preset, so that no other run warms it:
 *   node dist/bench/rerun.js scenarios/teach-county.yaml
 */
const file = fileURLToPath(new URL(`../../${process.argv[2]}`, import.meta.url));
const scenario = loadScenario(file);
const ms = (seed: number) => {
  const t0 = process.hrtime.bigint();
  runSingle(scenario, seed);
  return Number(process.hrtime.bigint() - t0) / 1e6;
};
const first = ms(1);
const reruns = Array.from({ length: 7 }, (_, i) => ms(2 + i));
process.stdout.write(JSON.stringify({ preset: process.argv[2], first_run_ms: first, rerun_ms: spread(reruns) }) + '\n');
