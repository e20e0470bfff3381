import { marginal, type Generation, type Marginal } from './smc.js';

/**
 * "Identified" here: the 95% credible interval covers less than half of the prior's range, i.e.
 * the targets narrowed the parameter at least twofold. A parameter whose interval stays near its
 * prior's width is one the targets say little about: its fitted value is the prior, not a finding.
 */
export const IDENTIFIED_RATIO = 0.5;

export interface ParameterPosterior extends Marginal {
  /** Credible interval width over prior range width. */
  ratio: number;
  identified: boolean;
}

export function identification(g: Generation, lo: readonly number[], hi: readonly number[]): ParameterPosterior[] {
  return lo.map((l, j) => {
    const m = marginal(g.particles, g.weights, j);
    const ratio = (m.high - m.low) / (hi[j] - l);
    return { ...m, ratio, identified: ratio < IDENTIFIED_RATIO };
  });
}
