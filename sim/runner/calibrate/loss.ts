import type { RunSummary } from '../../metrics/summary.js';
import { describe, tQuantile } from '../../metrics/stats.js';
import { readMeasure } from './measure.js';
import type { Goal, Reading } from './spec.js';

/** How one candidate did on one target, over its replicates. */
export interface GoalFit {
  goal: string;
  /** Replicates (measure) or pairs (pattern) with a value. */
  n: number;
  /** The mean achieved (measure) or the mean paired difference a - b (pattern). */
  mean: number | null;
  sd: number | null;
  /** 95% t interval of that mean. */
  ci_low: number | null;
  ci_high: number | null;
  /** Pattern only: the paired t statistic of a - b. */
  t: number | null;
  /** Weighted loss; Infinity when the measure has no value in any replicate. */
  loss: number;
  /** Interval: the mean is inside; value: the 95% interval covers it; pattern: the interval excludes 0 on the right side. Null when it cannot be told. */
  holds: boolean | null;
}

/** Runs of one candidate: [variant][replicate], every variant on the same seed keys. */
export type CandidateRuns = readonly (readonly RunSummary[])[];

/** A t this large is "certain"; capping keeps a zero-spread difference's loss finite and comparable. */
const T_CAP = 1e6;

const values = (runs: CandidateRuns, r: Reading) => runs[r.variant].map((s) => readMeasure(s, r.window, r.unit, r.measure));

/**
 * The loss of a target. A measure: 0 inside [lo, hi], else weight x (distance / scale)^2, so a
 * value target counts its error in units of `scale` and an interval in widths of itself. A
 * pattern: a squared hinge on the paired t statistic, weight x (max(0, t* - sign t) / t*)^2 with t*
 * the two-sided 95% critical value: 0 once the difference is significant with the right sign, 1
 * when there is no difference, 4 when it is significant the wrong way. Both scales meet at 1.
 */
export function fitGoal(goal: Goal, runs: CandidateRuns): GoalFit {
  if (goal.kind === 'measure') {
    const xs = values(runs, goal.at).filter((v): v is number => v !== null);
    const d = describe(xs);
    if (d.mean === null) return { goal: goal.name, n: 0, mean: null, sd: null, ci_low: null, ci_high: null, t: null, loss: Infinity, holds: null };
    const m = d.mean;
    const dist = m < goal.lo ? goal.lo - m : m > goal.hi ? m - goal.hi : 0;
    const holds = goal.lo < goal.hi ? dist === 0 : d.ci_low === null ? null : (d.ci_low as number) <= goal.lo && goal.lo <= (d.ci_high as number);
    return { goal: goal.name, n: d.n, mean: m, sd: d.sd, ci_low: d.ci_low, ci_high: d.ci_high, t: null, loss: goal.weight * (dist / goal.scale) ** 2, holds };
  }
  const a = values(runs, goal.a);
  const b = values(runs, goal.b);
  const diffs: number[] = [];
  for (let r = 0; r < a.length; r++) if (a[r] !== null && b[r] !== null) diffs.push((a[r] as number) - (b[r] as number));
  const d = describe(diffs);
  if (d.n < 2 || d.mean === null || d.sd === null) {
    return { goal: goal.name, n: d.n, mean: d.mean, sd: d.sd, ci_low: null, ci_high: null, t: null, loss: Infinity, holds: null };
  }
  const raw = d.sd > 0 ? d.mean / (d.sd / Math.sqrt(d.n)) : d.mean === 0 ? 0 : Math.sign(d.mean) * T_CAP;
  const t = Math.max(-T_CAP, Math.min(T_CAP, raw));
  const crit = tQuantile(0.975, d.n - 1);
  const hinge = Math.max(0, crit - goal.sign * t);
  const holds = goal.sign > 0 ? (d.ci_low as number) > 0 : (d.ci_high as number) < 0;
  return { goal: goal.name, n: d.n, mean: d.mean, sd: d.sd, ci_low: d.ci_low, ci_high: d.ci_high, t, loss: goal.weight * (hinge / crit) ** 2, holds };
}

export const totalLoss = (fits: readonly GoalFit[]) => fits.reduce((s, f) => s + f.loss, 0);
