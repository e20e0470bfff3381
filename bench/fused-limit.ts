import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { FusedDay, fusedRun } from './fused/index.js';
import { build, collectRun, type Scenario } from '../sim/index.js';
import { loadScenario } from '../sim/scenario/load.js';
import { staffOf } from './scenario.js';
import { spread } from './spread.js';
import { BENCH_FILE } from './steady.js';

/** Issue 15's target: deptsim's steady state at least this fraction of the fused reference's rate. */
export const LIMIT_TARGET = 0.9;
/** Issue 24's: deptsim's per-person passes within this factor of the reference's. */
export const PER_PERSON_TARGET = 1.1;

/**
 * The model's phases that pass over the people (and the units' split of output and the close of the
 * record they include): what the reference's per-person steps do (bench/fused/run.ts). Named as the
 * library's Simulation lists them.
 */
export const MODEL_PER_PERSON_PHASES: ReadonlySet<string> = new Set(['schedule', 'sickness', 'working-day', 'work', 'end-of-day', 'tally']);

export interface LimitComparison {
  rounds: number;
  /** deptsim's steady-state rate over the reference's, per round (same seed key in both): whole runs, summary included, CPU time. */
  fraction_median: number;
  fraction_min: number;
  fraction_max: number;
  fused_staff_days_per_cpu_second: number;
  deptsim_staff_days_per_cpu_second: number;
  fused_cpu_seconds_median: number;
  deptsim_cpu_seconds_median: number;
  /** deptsim's time in its per-person passes over the reference's, per round (wall time of those steps alone). */
  per_person_ratio_median: number;
  per_person_ratio_min: number;
  per_person_ratio_max: number;
  deptsim_per_person_seconds_median: number;
  fused_per_person_seconds_median: number;
}

const cpuSeconds = (f: () => void): number => {
  const t0 = process.cpuUsage();
  f();
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1e6;
};

const now = () => Number(process.hrtime.bigint()) / 1e9;

/** A model run, day by day through the library's phases, timing the per-person ones; returns their seconds. */
function modelPerPerson(scenario: Scenario, key: string): number {
  const sim = build(scenario, key);
  const phases = sim.phases;
  const timed = phases.map((p) => MODEL_PER_PERSON_PHASES.has(p.name));
  let spent = 0;
  for (let day = 0; day < sim.days; day++) {
    for (let p = 0; p < phases.length; p++) {
      if (!timed[p]) {
        phases[p].run(sim.state, day);
        continue;
      }
      const t0 = now();
      phases[p].run(sim.state, day);
      spent += now() - t0;
    }
  }
  return spent;
}

/** The same for the reference's per-person steps. */
function fusedPerPerson(scenario: Scenario, key: string): number {
  const day = new FusedDay(scenario, key);
  const steps = day.steps;
  let spent = 0;
  for (let d = 0; d < day.county.days.count; d++) {
    for (const step of steps) {
      if (!step.perPerson) {
        step.run(d);
        continue;
      }
      const t0 = now();
      step.run(d);
      spent += now() - t0;
    }
  }
  return spent;
}

/**
 * deptsim's steady state (the library run the CLI and workers make, summary only) against the fused
 * reference, in this process: both warmed up, then `rounds` rounds, the order rotating every round so
 * that neither always runs first on a warmer or quieter machine. Whole runs are timed by the CPU time
 * of the process (other tenants of a shared machine then weigh less; they still slow both through
 * caches and memory, hence the rounds, the median and the range); the per-person passes by the wall
 * time of those steps alone, in a second pair of runs each round.
 */
export function compareWithFused(scenario: Scenario, staffDays: number, rounds = 9, warmup = 3): LimitComparison {
  const model = (key: string) => collectRun(scenario, key, { daily: false });
  const fused = (key: string) => fusedRun(scenario, key);
  for (let w = 0; w < warmup; w++) {
    model(`warm/${w}`);
    fused(`warm/${w}`);
    modelPerPerson(scenario, `warm/${w}`);
    fusedPerPerson(scenario, `warm/${w}`);
  }
  const tModel: number[] = [], tFused: number[] = [], fraction: number[] = [];
  const pModel: number[] = [], pFused: number[] = [], perPerson: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const key = `limit/rep:${r}`;
    let m: number, f: number, pm: number, pf: number;
    if (r % 2 === 0) {
      m = cpuSeconds(() => model(key));
      f = cpuSeconds(() => fused(key));
      pm = modelPerPerson(scenario, key);
      pf = fusedPerPerson(scenario, key);
    } else {
      f = cpuSeconds(() => fused(key));
      m = cpuSeconds(() => model(key));
      pf = fusedPerPerson(scenario, key);
      pm = modelPerPerson(scenario, key);
    }
    tModel.push(m);
    tFused.push(f);
    fraction.push(f / m);
    pModel.push(pm);
    pFused.push(pf);
    perPerson.push(pm / pf);
  }
  const [fr, fusedCpu, modelCpu, pp] = [spread(fraction), spread(tFused).median, spread(tModel).median, spread(perPerson)];
  return {
    rounds,
    fraction_median: fr.median,
    fraction_min: fr.min,
    fraction_max: fr.max,
    fused_staff_days_per_cpu_second: staffDays / fusedCpu,
    deptsim_staff_days_per_cpu_second: staffDays / modelCpu,
    fused_cpu_seconds_median: fusedCpu,
    deptsim_cpu_seconds_median: modelCpu,
    per_person_ratio_median: pp.median,
    per_person_ratio_min: pp.min,
    per_person_ratio_max: pp.max,
    deptsim_per_person_seconds_median: spread(pModel).median,
    fused_per_person_seconds_median: spread(pFused).median,
  };
}

// Run as a script (`node dist/bench/fused-limit.js [rounds]`): this comparison alone, as one JSON line
// with the load average it ran under, without the rest of `npm run bench`.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const scenario = loadScenario(BENCH_FILE);
  const limit = compareWithFused(scenario, staffOf(scenario) * scenario.calendar.days, Number(process.argv[2] ?? 15));
  process.stdout.write(JSON.stringify({ load_average_1min: loadavg()[0], ...limit }) + '\n');
}
