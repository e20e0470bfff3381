/**
 * Lookup tables that replace transcendental functions in the daily loop. Each is built once from
 * Math functions, so results are the same wherever the same JavaScript engine runs them.
 */

/** Inverse of the standard normal CDF (Acklam's rational approximation, relative error < 1.2e-9). */
export function normalQuantile(p: number): number {
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  if (p > 1 - lo) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

export const EFFORT_BINS = 4096;

/**
 * Item efforts drawn by one uniform and a table lookup: the lognormal with the given mean and CV cut
 * into EFFORT_BINS equally likely slices, each represented by its middle quantile, rescaled so the
 * table's mean is exactly `mean`. The tails beyond 1/8192 are folded into the end slices.
 *
 * Tables are shared: the same mean and CV give the same array, which callers must not write. Sharing
 * matters for speed, not only for building: every item arriving reads a random slot of its table, and
 * forty departments with a table each (32 KB apiece) would push the daily loop's arrays out of cache.
 */
export function lognormalTable(mean: number, cv: number): Float64Array {
  const key = `${mean}/${cv}`;
  let t = madeTables.get(key);
  if (!t) {
    // A sweep over many means or CVs would otherwise keep every table it ever made.
    if (madeTables.size >= MAX_TABLES) madeTables.clear();
    t = buildLognormalTable(mean, cv);
    madeTables.set(key, t);
  }
  return t;
}

const MAX_TABLES = 256;
const madeTables = new Map<string, Float64Array>();

function buildLognormalTable(mean: number, cv: number): Float64Array {
  const t = new Float64Array(EFFORT_BINS);
  if (cv <= 0) return t.fill(mean);
  const s2 = Math.log(1 + cv * cv);
  const sigma = Math.sqrt(s2);
  let sum = 0;
  for (let k = 0; k < EFFORT_BINS; k++) {
    t[k] = Math.exp(sigma * normalQuantile((k + 0.5) / EFFORT_BINS) - s2 / 2);
    sum += t[k];
  }
  const scale = (mean * EFFORT_BINS) / sum;
  for (let k = 0; k < EFFORT_BINS; k++) t[k] *= scale;
  return t;
}

const LOGISTIC_RANGE = 16;
const LOGISTIC_STEPS = 8192;
const LOGISTIC_PER_UNIT = LOGISTIC_STEPS / (2 * LOGISTIC_RANGE); // a power of two: exact
const LOGISTIC = (() => {
  const t = new Float64Array(LOGISTIC_STEPS + 2);
  for (let k = 0; k <= LOGISTIC_STEPS + 1; k++) t[k] = 1 / (1 + Math.exp(-(-LOGISTIC_RANGE + (2 * LOGISTIC_RANGE * k) / LOGISTIC_STEPS)));
  return t;
})();

/** 1 / (1 + e^-x), linearly interpolated in a table (error < 1e-6); saturates beyond ±16. */
export function logistic(x: number): number {
  if (x <= -LOGISTIC_RANGE) return LOGISTIC[0];
  if (x >= LOGISTIC_RANGE) return LOGISTIC[LOGISTIC_STEPS];
  const pos = (x + LOGISTIC_RANGE) * LOGISTIC_PER_UNIT;
  const k = pos | 0;
  const f = pos - k;
  return LOGISTIC[k] + f * (LOGISTIC[k + 1] - LOGISTIC[k]);
}
