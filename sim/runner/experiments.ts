import { basename } from 'node:path';
import type { Scenario } from '../scenario/schema/index.js';
import type { SweepValues } from '../scenario/schema/sweep.js';
import { fromUnit, gridPoints, lhsPoints, randomOf, type Point } from './design.js';
import { morrisDesign } from './morris.js';
import { applyValues } from './path.js';
import { scenarioHash, type Experiment, type ExperimentPlan, type PlanPoint } from './plan.js';
import { SetError } from './set.js';

/** Options every experiment shares. */
export interface CommonOptions {
  seed: number;
  replicates: number;
  daily: boolean;
}

const point = (label: string, s: Scenario, values: Point = {}, file?: string): PlanPoint => ({
  label,
  values,
  scenario: s.name,
  hash: scenarioHash(s),
  ...(file !== undefined ? { file } : {}),
});

/** N replicates of one scenario. */
export function replicatesExperiment(scenario: Scenario, o: CommonOptions): Experiment {
  const plan: ExperimentPlan = {
    kind: 'replicates', name: scenario.name, ...o, pointColumn: null, parameters: [], points: [point(scenario.name, scenario)], resolved: [scenario],
  };
  return { plan, scenarios: [scenario] };
}

/** Arms run with the same replicate seed keys (common random numbers); the first is the baseline. */
export function compareExperiment(arms: { file: string; scenario: Scenario }[], o: CommonOptions): Experiment {
  const labels: string[] = [];
  for (const a of arms) {
    let label = labels.includes(a.scenario.name) ? basename(a.file).replace(/\.ya?ml$/i, '') : a.scenario.name;
    for (let k = 2; labels.includes(label); k++) label = `${a.scenario.name}-${k}`;
    labels.push(label);
  }
  const plan: ExperimentPlan = {
    kind: 'compare',
    name: `compare-${labels.join('-vs-')}`.slice(0, 120),
    ...o,
    pointColumn: 'arm',
    parameters: [],
    points: arms.map((a, i) => point(labels[i], a.scenario, {}, a.file)),
    resolved: arms.map((a) => a.scenario),
  };
  return { plan, scenarios: arms.map((a) => a.scenario) };
}

export interface SweepOptions extends CommonOptions {
  design: 'grid' | 'lhs';
  samples?: number;
}

/** A grid or Latin hypercube over `params`; each point is validated by the scenario schema before anything runs. */
export function sweepExperiment(base: Scenario, params: Record<string, SweepValues>, o: SweepOptions): Experiment {
  const paths = Object.keys(params);
  if (paths.length === 0) throw new SetError('nothing to sweep: add a sweep: block to the scenario or --set path=values');
  let values: Point[];
  if (o.design === 'lhs') {
    if (!o.samples) throw new SetError('a Latin hypercube needs a number of points: --samples N (or sweep.samples in the scenario)');
    values = lhsPoints(params, o.samples, o.seed);
  } else values = gridPoints(params);
  const scenarios = values.map((v, i) => applyValues(base, v, `sweep point ${i}`));
  const plan: ExperimentPlan = {
    kind: 'sweep',
    name: `${base.name}-sweep`,
    seed: o.seed, replicates: o.replicates, daily: o.daily,
    pointColumn: 'point',
    parameters: paths,
    points: scenarios.map((s, i) => point(String(i), s, values[i])),
    base,
    design: { kind: o.design, ranges: params, ...(o.design === 'lhs' ? { samples: o.samples } : {}) },
  };
  return { plan, scenarios };
}

export interface MorrisOptions extends CommonOptions {
  trajectories: number;
  levels: number;
}

/** Morris screening: r trajectories of k + 1 points over the named parameters' ranges. */
export function sensitivityExperiment(base: Scenario, ranges: Record<string, SweepValues>, o: MorrisOptions): Experiment {
  const paths = Object.keys(ranges);
  if (paths.length < 2) throw new SetError('sensitivity needs at least two parameters with ranges, e.g. --set inspection.penalty=10:80 --set inspection.rate=0:0.01');
  const design = morrisDesign(paths.length, o.trajectories, o.levels, randomOf(`${o.seed}/design:morris`));
  const values = design.trajectories.flatMap((t) => t.points.map((u) => Object.fromEntries(paths.map((p, j) => [p, fromUnit(p, ranges[p], u[j], 'level')]))));
  const scenarios = values.map((v, i) => applyValues(base, v, `sensitivity point ${i}`));
  const plan: ExperimentPlan = {
    kind: 'sensitivity',
    name: `${base.name}-morris`,
    seed: o.seed, replicates: o.replicates, daily: o.daily,
    pointColumn: 'point',
    parameters: paths,
    points: scenarios.map((s, i) => point(String(i), s, values[i])),
    base,
    design: { kind: 'morris', ranges, morris: design },
  };
  return { plan, scenarios };
}
