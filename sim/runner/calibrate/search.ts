import { Stream } from '../../engine/rng.js';
import { fromUnit, randomOf, type Point } from '../design.js';
import { latinHypercube } from '../lhs.js';
import type { CalibrationSpec, FitParameter } from './spec.js';

export type Stage = 'start' | 'refine';

/** A point proposed by the search, in the unit cube and as parameter values. */
export interface Candidate {
  /** 0-based, in the order proposed. */
  id: number;
  stage: Stage;
  /** 0 for the start; refinement steps count from 1. */
  generation: number;
  u: number[];
  values: Point;
}

/** Evaluates a batch of candidates on the search seeds; returns each one's total loss. */
export type Evaluate = (batch: Candidate[]) => Promise<number[]>;

/** First step size of the refinement, as a share of each range; the (1+λ) rule adapts it. */
const SIGMA_START = 0.2;
const SIGMA_MAX = 0.5;
/** Below this the refinement has converged (a thousandth of every range). */
const SIGMA_MIN = 1e-3;
/**
 * Success-rule step control for a (1+λ) strategy (Rechenberg's 1/5 rule in Kern et al. 2004's
 * form): widen after a step that improved, narrow gently after one that did not, so that about
 * one step in five succeeds at equilibrium (1.5^1 x (1.5^-1/4)^4 = 1).
 */
const GROW = 1.5;
const SHRINK = GROW ** -0.25;

/** A coordinate in [0, 1) for the parameter value mapping (which splits [0, 1) into strata for integers). */
const clampUnit = (x: number) => {
  let y = x < 0 ? -x : x > 1 ? 2 - x : x; // reflect at the edges, so the edges can be reached
  y = Math.min(Math.max(y, 0), 1);
  return y >= 1 ? 1 - 1e-12 : y;
};

export function valuesOf(params: readonly FitParameter[], u: readonly number[]): Point {
  return Object.fromEntries(params.map((p, j) => [p.path, fromUnit(p.path, { from: p.lo, to: p.hi, integer: p.integer }, u[j], 'stratum')]));
}

/**
 * The search: a Latin hypercube of `start` candidates over the ranges, then a (1+λ) evolution
 * strategy in the normalised space around the best so far, `batch` candidates per step, until the
 * budget is spent or the step has shrunk below a thousandth of every range. Every candidate is
 * evaluated on the same seeds (common random numbers), so comparing two losses compares the
 * parameters, not the luck of the draw. Random numbers come from `<seed>/design:lhs` and
 * `<seed>/design:refine`: the same seed proposes the same candidates.
 */
export async function searchCandidates(spec: CalibrationSpec, evaluate: Evaluate): Promise<{ candidates: Candidate[]; losses: number[] }> {
  const { parameters: params, search } = spec;
  const k = params.length;
  const candidates: Candidate[] = [];
  const losses: number[] = [];
  const add = (stage: Stage, generation: number, u: number[]): Candidate => {
    const c = { id: candidates.length, stage, generation, u, values: valuesOf(params, u) };
    candidates.push(c);
    return c;
  };
  const start = latinHypercube(search.start, k, randomOf(`${search.seed}/design:lhs`)).map((u) => add('start', 0, u));
  losses.push(...(await evaluate(start)));
  let parent = argmin(losses);
  const rng = new Stream(`${search.seed}/design:refine`);
  let sigma = SIGMA_START;
  for (let generation = 1; candidates.length < search.budget && sigma >= SIGMA_MIN; generation++) {
    const lambda = Math.min(search.batch, search.budget - candidates.length);
    const pu = candidates[parent].u;
    const batch = Array.from({ length: lambda }, () => add('refine', generation, pu.map((x) => clampUnit(x + sigma * rng.normal()))));
    const got = await evaluate(batch);
    losses.push(...got);
    const best = batch[argmin(got)].id;
    if (losses[best] < losses[parent]) {
      parent = best;
      sigma = Math.min(SIGMA_MAX, sigma * GROW);
    } else sigma *= SHRINK;
  }
  return { candidates, losses };
}

/** The index of the smallest value; the first on ties, so the result does not depend on anything but the values. */
export function argmin(xs: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < xs.length; i++) if (xs[i] < xs[best]) best = i;
  return best;
}
