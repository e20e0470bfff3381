import type { Scenario } from '../scenario/schema/index.js';
import type { SweepValues } from '../scenario/schema/sweep.js';
import { count } from './budget.js';
import { randomOf } from './design.js';
import type { DiscoverSpec } from './discover-table.js';
import type { CommonOptions } from './experiments.js';
import { factorExperiment } from './factor-experiment.js';
import type { Factor } from './factors.js';
import { latinHypercube } from './lhs.js';
import { morrisDesign } from './morris.js';
import type { Experiment } from './plan.js';
import { saltelliDesign, saltelliRuns } from './sobol.js';
import { SetError } from './set.js';
import { checkRuns, DEFAULT_BUDGET } from './budget.js';

/** The factors' ranges as the plan records them (a scale's range is its multiplier). */
const rangesOf = (factors: readonly Factor[]): Record<string, SweepValues> =>
  Object.fromEntries(factors.map((f) => [f.id, { from: f.from, to: f.to, integer: f.kind === 'value' && f.integer }]));

/** Refuse before a design is drawn: a Morris or Saltelli design of a typo's size would fill memory first. */
const refuseEarly = (points: number, o: CommonOptions, what: string) =>
  checkRuns({ runs: points * o.replicates, what: `${what}: ${count(points)} points x ${count(o.replicates)} replicate${o.replicates === 1 ? '' : 's'}` }, o.budget ?? DEFAULT_BUDGET);

/** Morris screening of the factors (every parameter, by default): trajectories x (k + 1) points. */
export function screeningExperiment(base: Scenario, factors: readonly Factor[], o: CommonOptions & { trajectories: number; levels: number }): Experiment {
  if (factors.length < 2) throw new SetError('a screening needs at least two parameters with ranges');
  const what = `this screening of ${factors.length} parameters (${count(o.trajectories)} trajectories of ${factors.length + 1} points)`;
  refuseEarly(o.trajectories * (factors.length + 1), o, what);
  const morris = morrisDesign(factors.length, o.trajectories, o.levels, randomOf(`${o.seed}/design:morris`));
  const unit = morris.trajectories.flatMap((t) => t.points);
  return factorExperiment(base, factors, unit, 'level', o, { kind: 'sensitivity', name: `${base.name}-morris`, what, design: { kind: 'morris', ranges: rangesOf(factors), morris } });
}

/** Sobol indices of a few factors: Saltelli sampling, N (k + 2) points (sim/runner/sobol.ts). */
export function sobolExperiment(base: Scenario, factors: readonly Factor[], o: CommonOptions & { samples: number }): Experiment {
  const k = factors.length;
  if (k < 1) throw new SetError('Sobol indices need at least one parameter with a range: --set path=from:to, or --top N --from <a Morris folder>');
  if (!Number.isInteger(o.samples) || o.samples < 2) throw new SetError('--samples: give a whole number of base rows of at least 2');
  const what = `these Sobol indices of ${k} parameters (${count(o.samples)} base rows x ${k + 2})`;
  refuseEarly(saltelliRuns(k, o.samples), o, what);
  const d = saltelliDesign(k, o.samples, randomOf(`${o.seed}/design:saltelli`));
  return factorExperiment(base, factors, d.points, 'continuous', o, { kind: 'sweep', name: `${base.name}-sobol`, what, design: { kind: 'saltelli', ranges: rangesOf(factors), saltelli: { k, n: o.samples } } });
}

/** Scenario discovery: a Latin hypercube over the factors, PRIM on the outcome (prim.csv, prim.json). */
export function discoverExperiment(base: Scenario, factors: readonly Factor[], spec: DiscoverSpec, o: CommonOptions & { samples: number }): Experiment {
  if (factors.length < 1) throw new SetError('discovery needs at least one parameter with a range: --set path=from:to');
  if (!Number.isInteger(o.samples) || o.samples < 10) throw new SetError('--samples: give a whole number of at least 10 points (PRIM peels 5% at a time)');
  const what = `this discovery over ${factors.length} parameters`;
  refuseEarly(o.samples, o, what);
  const unit = latinHypercube(o.samples, factors.length, randomOf(`${o.seed}/design:lhs`));
  return factorExperiment(base, factors, unit, 'stratum', o, { kind: 'sweep', name: `${base.name}-discover`, what, design: { kind: 'lhs', ranges: rangesOf(factors), samples: o.samples, discover: spec } });
}
