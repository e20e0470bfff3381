import type { Scenario } from '../scenario/schema/index.js';
import { checkRuns, checkWork, count, DEFAULT_BUDGET } from './budget.js';
import type { CommonOptions } from './experiments.js';
import { applyFactors, factorValues, type Factor } from './factors.js';
import { scenarioHash, type Experiment, type ExperimentPlan } from './plan.js';

/** How a design's unit coordinates become factor values (see factorValues). */
export type UnitMode = 'level' | 'stratum' | 'continuous';

export interface FactorPlan {
  kind: ExperimentPlan['kind'];
  name: string;
  /** What the runs are, for the budget's message ("this screening (10 trajectories of 76 points)"). */
  what: string;
  design: NonNullable<ExperimentPlan['design']>;
}

/**
 * The experiment of a design over factors: the budget is checked from the point count before any
 * scenario is built (a run's cost is the base's unless a factor resizes departments or the
 * calendar), then every point is built and validated by the schema, then the work is checked again.
 */
export function factorExperiment(base: Scenario, factors: readonly Factor[], unit: readonly number[][], mode: UnitMode, o: CommonOptions, p: FactorPlan): Experiment {
  const budget = o.budget ?? DEFAULT_BUDGET;
  const n = unit.length;
  checkRuns({ runs: n * o.replicates, what: `${p.what}: ${count(n)} point${n === 1 ? '' : 's'} x ${count(o.replicates)} replicate${o.replicates === 1 ? '' : 's'}` }, budget);
  const resizes = factors.some((f) => f.targets.some((t) => t.startsWith('departments') || t.startsWith('calendar')));
  if (!resizes) checkWork([base], n * o.replicates, o.daily, budget);
  const values = unit.map((u) => factors.map((f, j) => factorValues(f, u[j], mode)));
  const scenarios = values.map((v, i) => applyFactors(base, factors, v, `${p.what}, point ${i}`));
  checkWork(scenarios, o.replicates, o.daily, budget);
  const plan: ExperimentPlan = {
    kind: p.kind,
    name: p.name,
    seed: o.seed,
    replicates: o.replicates,
    daily: o.daily,
    pointColumn: 'point',
    // The factors are in design.factors (planFactorIds): no parameter columns on every table row.
    parameters: [],
    points: scenarios.map((s, i) => ({ label: String(i), values: Object.fromEntries(factors.map((f, j) => [f.id, values[i][j]])), scenario: s.name, hash: scenarioHash(s) })),
    base,
    design: { ...p.design, factors: [...factors] },
  };
  return { plan, scenarios };
}
