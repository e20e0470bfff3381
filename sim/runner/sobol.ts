import { latinHypercube } from './lhs.js';

/**
 * Variance-based sensitivity (Sobol indices) by Saltelli sampling, as SALib's `saltelli.sample` and
 * `sobol.analyze` do it: two independent base samples A and B of N points in [0,1)^k, and for each
 * factor i the matrix AB_i (A with column i taken from B). Each base row j gives k + 2 model runs in
 * the order A_j, AB_j^1 .. AB_j^k, B_j, so N (k + 2) runs in all. A and B are the two halves of one
 * Latin hypercube of 2k columns (stratified in every column; Saltelli et al. 2010 allow any good
 * uniform sample for A and B).
 *
 * Estimators (Saltelli et al. 2010, Table 2): first order S_i = mean(f(B) (f(AB_i) − f(A))) / V
 * (their eq. (b)), total S_Ti = mean((f(A) − f(AB_i))²) / (2V) (Jansen 1999, their eq. (f)), V the
 * variance of f over A and B together, f centred on its mean first (as SALib does). 95% intervals are percentile bootstrap intervals over the N
 * base rows (resampling rows keeps each A_j, AB_j, B_j together, as the estimators need).
 */
export interface SaltelliDesign {
  k: number;
  /** Base rows. */
  n: number;
  /** N (k + 2) points in unit space, row-major as above. */
  points: number[][];
}

export function saltelliDesign(k: number, n: number, rand: () => number): SaltelliDesign {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`Sobol indices need at least one factor, got ${k}`);
  if (!Number.isInteger(n) || n < 2) throw new RangeError(`Sobol indices need at least 2 base rows, got ${n}`);
  const base = latinHypercube(n, 2 * k, rand);
  const points: number[][] = [];
  for (const row of base) {
    const a = row.slice(0, k);
    const b = row.slice(k);
    points.push(a);
    for (let i = 0; i < k; i++) points.push(a.map((x, j) => (j === i ? b[j] : x)));
    points.push(b);
  }
  return { k, n, points };
}

/** Runs a Saltelli design of k factors and n base rows takes. */
export const saltelliRuns = (k: number, n: number) => n * (k + 2);

export interface Interval {
  value: number;
  low: number;
  high: number;
}

export interface SobolIndex {
  factor: number;
  s1: Interval;
  st: Interval;
}

export interface SobolResult {
  /** Base rows with a value at every one of their k + 2 points (rows with a missing value are left out). */
  n: number;
  variance: number;
  indices: SobolIndex[];
}

/** Resamples for the bootstrap intervals: 1,000 gives the 2.5% and 97.5% points to about ±0.5 percentile. */
export const BOOTSTRAP_RESAMPLES = 1000;

/** Indices from the outputs y, one per design point (null or NaN where a run gave no value). */
export function sobolIndices(design: SaltelliDesign, y: readonly (number | null)[], rand: () => number, resamples = BOOTSTRAP_RESAMPLES): SobolResult | null {
  const { k } = design;
  const w = k + 2;
  if (y.length !== design.n * w) throw new RangeError(`expected ${design.n * w} outputs, got ${y.length}`);
  const rows: number[] = [];
  for (let j = 0; j < design.n; j++) {
    let ok = true;
    for (let c = 0; c < w && ok; c++) ok = y[j * w + c] !== null && Number.isFinite(y[j * w + c]);
    if (ok) rows.push(j);
  }
  if (rows.length < 2) return null;
  // Centred on the mean of all outputs, as SALib's sobol.analyze does: the estimators' expectations
  // do not change, but f(B) (f(AB_i) − f(A)) no longer carries the mean's size, so a measure far
  // from zero with a small spread (shirking near 0.1 ± 0.03) gets usable intervals.
  let centre = 0;
  for (const j of rows) for (let c = 0; c < w; c++) centre += y[j * w + c] as number;
  centre /= rows.length * w;
  const f = (j: number, c: number) => (y[j * w + c] as number) - centre;
  const estimate = (sample: readonly number[]) => {
    let mean = 0;
    for (const j of sample) mean += f(j, 0) + f(j, w - 1);
    mean /= 2 * sample.length;
    let v = 0;
    for (const j of sample) v += (f(j, 0) - mean) ** 2 + (f(j, w - 1) - mean) ** 2;
    v /= 2 * sample.length;
    const s1 = new Array<number>(k).fill(0);
    const st = new Array<number>(k).fill(0);
    for (const j of sample) {
      const fa = f(j, 0);
      const fb = f(j, w - 1);
      for (let i = 0; i < k; i++) {
        const fab = f(j, i + 1);
        s1[i] += fb * (fab - fa);
        st[i] += (fa - fab) ** 2;
      }
    }
    return { v, s1: s1.map((s) => (v > 0 ? s / sample.length / v : NaN)), st: st.map((s) => (v > 0 ? s / sample.length / (2 * v) : NaN)) };
  };
  const point = estimate(rows);
  const boot1: number[][] = Array.from({ length: k }, () => []);
  const bootT: number[][] = Array.from({ length: k }, () => []);
  const sample = new Array<number>(rows.length);
  for (let b = 0; b < resamples; b++) {
    for (let t = 0; t < rows.length; t++) sample[t] = rows[Math.floor(rand() * rows.length)];
    const e = estimate(sample);
    for (let i = 0; i < k; i++) {
      boot1[i].push(e.s1[i]);
      bootT[i].push(e.st[i]);
    }
  }
  const interval = (value: number, boot: number[]): Interval => {
    const ok = boot.filter(Number.isFinite).sort((a, b) => a - b);
    return { value, low: quantileSorted(ok, 0.025), high: quantileSorted(ok, 0.975) };
  };
  return {
    n: rows.length,
    variance: point.v,
    indices: Array.from({ length: k }, (_, i) => ({ factor: i, s1: interval(point.s1[i], boot1[i]), st: interval(point.st[i], bootT[i]) })),
  };
}

/** Quantile of sorted values by linear interpolation (R type 7); NaN when there are none. */
export function quantileSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
