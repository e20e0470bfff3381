import { normalQuantile } from '../engine/tables.js';

/** Quantiles reported for every metric across replicates (linear interpolation, R's type 7). */
export const QUANTILES = [0.05, 0.25, 0.5, 0.75, 0.95] as const;
export const QUANTILE_NAMES = ['p05', 'p25', 'median', 'p75', 'p95'] as const;

/** One metric summarised across replicates. Figures are null when too few values exist. */
export interface Describe {
  n: number;
  mean: number | null;
  sd: number | null;
  ci_low: number | null;
  ci_high: number | null;
  min: number | null;
  p05: number | null;
  p25: number | null;
  median: number | null;
  p75: number | null;
  p95: number | null;
  max: number | null;
}

export const DESCRIBE_FIELDS = ['n', 'mean', 'sd', 'ci_low', 'ci_high', 'min', ...QUANTILE_NAMES, 'max'] as const;

/**
 * Summarise each column of a replicates x metrics table: mean, sample sd, t-based 95% interval of
 * the mean, quantiles. Values that are null or not finite (a rate with nothing to divide) are left
 * out of their column's figures.
 */
export function describeColumns(rows: readonly (readonly (number | null)[])[], columns: number): Describe[] {
  const out: Describe[] = new Array(columns);
  const x = sampleScratch(rows.length);
  for (let c = 0; c < columns; c++) {
    // Each column's usable values into the one scratch array: an experiment's summary.csv takes a
    // column per window, unit and measure (tens of thousands), none of which then allocates.
    let n = 0;
    for (let r = 0; r < rows.length; r++) {
      const v = rows[r][c];
      if (v !== null && Number.isFinite(v)) x[n++] = v;
    }
    out[c] = describeScratch(n);
  }
  return out;
}

/** Summarise one sample (see describeColumns). */
export function describe(values: readonly number[]): Describe {
  sampleScratch(values.length).set(values);
  return describeScratch(values.length);
}

/**
 * The sample being described: the first n places of one scratch array, reused by every column so
 * that the thousands of columns of a summary allocate nothing (it is sorted in place, natively).
 */
let scratch = new Float64Array(64);

function sampleScratch(n: number): Float64Array {
  if (scratch.length < n) scratch = new Float64Array(Math.max(n, 2 * scratch.length));
  return scratch;
}

/** Describe the sample in scratch[0, n): mean and sd in the sample's order first, then sorted for the quantiles. */
function describeScratch(n: number): Describe {
  if (n === 0) return fill(0, null, null, null);
  const mean = meanOf(scratch, n);
  return fill(n, mean, n > 1 ? sampleSd(scratch, n, mean) : null, quantiles(n));
}

/*
 * Mean and sample sd by the very arithmetic of mathjs's mean and std (a sum left to right divided by
 * n; the squared differences from that mean summed left to right, divided by n - 1, square root), so
 * figures are bit for bit what mathjs gave (test/runner/stats.test.ts checks against mathjs). As
 * loops rather than mathjs calls: loading mathjs's full build cost an experiment's main thread about
 * 0.5 s of CPU, taken from the worker threads when they use every core (issue 15).
 */
function meanOf(values: Float64Array, n: number): number {
  let sum = values[0];
  for (let i = 1; i < n; i++) sum += values[i];
  return sum / n;
}

function sampleSd(values: Float64Array, n: number, mean: number): number {
  let d = values[0] - mean;
  let sum = d * d;
  for (let i = 1; i < n; i++) {
    d = values[i] - mean;
    sum += d * d;
  }
  return Math.sqrt(sum / (n - 1));
}

/**
 * min, the QUANTILES and max of a sample, by R's type 7 (x[lo] + (h - lo) (x[lo+1] - x[lo]),
 * h = (n - 1) p) on the sample sorted. Written out rather than mathjs's quantileSeq, whose selection
 * step gave results differing in the last bits from run to run, which broke byte-identical output.
 * Sorted in the typed scratch array, natively: several times faster than Array#sort with a
 * comparator. Same order, but for -0 before 0, which print alike.
 */
const PROBABILITIES = [0, ...QUANTILES, 1];

function quantiles(n: number): number[] {
  const x = scratch.subarray(0, n);
  x.sort();
  const out = new Array<number>(PROBABILITIES.length);
  for (let k = 0; k < PROBABILITIES.length; k++) {
    const h = (n - 1) * PROBABILITIES[k];
    const lo = Math.floor(h);
    out[k] = lo + 1 < n ? x[lo] + (h - lo) * (x[lo + 1] - x[lo]) : x[lo];
  }
  return out;
}

/** t's 97.5% quantile by degrees of freedom, each computed once: a summary asks for the same few thousands of times. */
const T975: number[] = [];
const t975 = (df: number): number => (T975[df] ??= tQuantile(0.975, df));

function fill(n: number, mean: number | null, sd: number | null, qs: number[] | null): Describe {
  const half = sd !== null && mean !== null && n > 1 ? t975(n - 1) * (sd / Math.sqrt(n)) : null;
  return {
    n,
    mean,
    sd,
    ci_low: half === null ? null : (mean as number) - half,
    ci_high: half === null ? null : (mean as number) + half,
    min: qs ? qs[0] : null,
    p05: qs ? qs[1] : null,
    p25: qs ? qs[2] : null,
    median: qs ? qs[3] : null,
    p75: qs ? qs[4] : null,
    p95: qs ? qs[5] : null,
    max: qs ? qs[6] : null,
  };
}

/**
 * Quantile of Student's t distribution with `df` degrees of freedom (mathjs has none). Hill's
 * algorithm 396 (Comm. ACM 13(10), 1970), as R uses for it; exact forms for df 1 and 2. Accurate to
 * about 1e-6 for the df a replicate count gives.
 */
export function tQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`tQuantile: p must be in (0, 1), got ${p}`);
  if (!(df >= 1)) throw new RangeError(`tQuantile: df must be at least 1, got ${df}`);
  if (p === 0.5) return 0;
  const upper = p > 0.5;
  const q = 2 * (upper ? 1 - p : p); // two-sided tail probability
  let t: number;
  if (df === 1) t = 1 / Math.tan((q * Math.PI) / 2);
  else if (df === 2) t = Math.sqrt(2 / (q * (2 - q)) - 2);
  else {
    const n = df;
    const a = 1 / (n - 0.5);
    const b = 48 / (a * a);
    let c = ((((20700 * a) / b - 98) * a - 16) * a) + 96.36;
    const d = ((94.5 / (b + c) - 3) / b + 1) * Math.sqrt((a * Math.PI) / 2) * n;
    let x = d * q;
    let y = Math.pow(x, 2 / n);
    if (y > 0.05 + a) {
      x = normalQuantile(q * 0.5);
      y = x * x;
      if (n < 5) c += 0.3 * (n - 4.5) * (x + 0.6);
      c = (((0.05 * d * x - 5) * x - 7) * x - 2) * x + b + c;
      y = (((((0.4 * y + 6.3) * y + 36) * y + 94.5) / c - y - 3) / b + 1) * x;
      y = a * y * y;
      y = y > 0.002 ? Math.exp(y) - 1 : 0.5 * y * y + y;
    } else {
      y = ((1 / (((n + 6) / (n * y) - 0.089 * d - 0.822) * (n + 2) * 3) + 0.5 / (n + 4)) * y - 1) * ((n + 1) / (n + 2)) + 1 / y;
    }
    t = Math.sqrt(n * y);
  }
  return upper ? t : -t;
}

/** Standard normal quantile: one implementation, in the engine's tables. */
export { normalQuantile };
