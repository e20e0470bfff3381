import { basename } from 'node:path';
import type { Scenario } from '../scenario/schema/index.js';
import type { SweepValues } from '../scenario/schema/sweep.js';
import { sweepParameterProblems } from '../scenario/sweep-check.js';
import { checkRuns, checkWork, count, DEFAULT_BUDGET, type Budget } from './budget.js';
import { fromUnit, gridCount, gridPoints, lhsPoints, randomOf, type Point } from './design.js';
import { morrisDesign } from './morris.js';
import { applyValues } from './path.js';
import { scenarioHash, type Experiment, type ExperimentPlan, type PlanPoint } from './plan.js';
import { SetError } from './set.js';

/** Options every experiment shares. */
export interface CommonOptions {
  seed: number;
  replicates: number;
  daily: boolean;
  /** Limits on the work asked for, checked before anything is expanded or run (default DEFAULT_BUDGET). */
  budget?: Budget;
}

/** The plan's own fields: the budget decides whether it may run, not what it computes. */
const planOptions = (o: CommonOptions) => ({ seed: o.seed, replicates: o.replicates, daily: o.daily });
const runs = (points: number, o: CommonOptions, what: string) =>
  checkRuns({ runs: points * o.replicates, what: `${what}: ${count(points)} point${points === 1 ? '' : 's'} x ${count(o.replicates)} replicate${o.replicates === 1 ? '' : 's'}` }, o.budget ?? DEFAULT_BUDGET);

/**
 * When no swept path changes a run's size (departments, calendar), every point costs what the base
 * costs: check the work before building thousands of points only to refuse them.
 */
function checkWorkEarly(base: Scenario, paths: string[], points: number, o: CommonOptions): void {
  if (paths.some((p) => p.startsWith('departments') || p.startsWith('calendar'))) return;
  checkWork([base], points * o.replicates, o.daily, o.budget ?? DEFAULT_BUDGET);
}

/** Swept paths and values checked against the base before a point is built. */
function checkParameters(base: Scenario, params: Record<string, SweepValues>): void {
  const bad = sweepParameterProblems(base, params);
  if (bad.size) throw new SetError([...bad.values()].join('; '));
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
  runs(1, o, 'this run');
  checkWork([scenario], o.replicates, o.daily, o.budget ?? DEFAULT_BUDGET);
  const plan: ExperimentPlan = {
    kind: 'replicates', name: scenario.name, ...planOptions(o), pointColumn: null, parameters: [], points: [point(scenario.name, scenario)], resolved: [scenario],
  };
  return { plan, scenarios: [scenario] };
}

/** Arms run with the same replicate seed keys (common random numbers); the first is the baseline. */
export function compareExperiment(arms: { file: string; scenario: Scenario }[], o: CommonOptions): Experiment {
  runs(arms.length, o, 'this comparison');
  checkWork(arms.map((a) => a.scenario), o.replicates, o.daily, o.budget ?? DEFAULT_BUDGET);
  const labels: string[] = [];
  for (const a of arms) {
    let label = labels.includes(a.scenario.name) ? basename(a.file).replace(/\.ya?ml$/i, '') : a.scenario.name;
    for (let k = 2; labels.includes(label); k++) label = `${a.scenario.name}-${k}`;
    labels.push(label);
  }
  const plan: ExperimentPlan = {
    kind: 'compare',
    name: `compare-${labels.join('-vs-')}`.slice(0, 120),
    ...planOptions(o),
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
  checkParameters(base, params);
  let values: Point[];
  if (o.design === 'lhs') {
    if (!o.samples) throw new SetError('a Latin hypercube needs a number of points: --samples N (or sweep.samples in the scenario)');
    runs(o.samples, o, 'this Latin hypercube');
    checkWorkEarly(base, paths, o.samples, o);
    values = lhsPoints(params, o.samples, o.seed);
  } else {
    runs(gridCount(params), o, 'this grid');
    checkWorkEarly(base, paths, gridCount(params), o);
    values = [...gridPoints(params)];
  }
  const scenarios = values.map((v, i) => applyValues(base, v, `sweep point ${i}`));
  checkWork(scenarios, o.replicates, o.daily, o.budget ?? DEFAULT_BUDGET);
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
  checkParameters(base, ranges);
  runs(o.trajectories * (paths.length + 1), o, `this screening (${count(o.trajectories)} trajectories of ${paths.length + 1} points)`);
  checkWorkEarly(base, paths, o.trajectories * (paths.length + 1), o);
  const design = morrisDesign(paths.length, o.trajectories, o.levels, randomOf(`${o.seed}/design:morris`));
  const values = design.trajectories.flatMap((t) => t.points.map((u) => Object.fromEntries(paths.map((p, j) => [p, fromUnit(p, ranges[p], u[j], 'level')]))));
  const scenarios = values.map((v, i) => applyValues(base, v, `sensitivity point ${i}`));
  checkWork(scenarios, o.replicates, o.daily, o.budget ?? DEFAULT_BUDGET);
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
