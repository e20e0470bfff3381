/**
 * The reference's lookup tables: the model tabulates three curves once (the logistic of shirking,
 * the lognormal efforts of items, output per hour by fatigue), and a figure is bit-identical only if
 * the same table gives the same value, so these are built the same way, value for value. They are
 * the reference's own code, written from docs/ODD.md's definitions; only their arithmetic order
 * follows the model's.
 */

const LOGISTIC_HALF_RANGE = 16;
const LOGISTIC_POINTS = 8192;
const LOGISTIC_SCALE = LOGISTIC_POINTS / (2 * LOGISTIC_HALF_RANGE);
const logisticPoints = new Float64Array(LOGISTIC_POINTS + 2);
for (let k = 0; k < logisticPoints.length; k++) {
  const x = -LOGISTIC_HALF_RANGE + (2 * LOGISTIC_HALF_RANGE * k) / LOGISTIC_POINTS;
  logisticPoints[k] = 1 / (1 + Math.exp(-x));
}

/** The share shirked's S-curve, 1 / (1 + e^-x), interpolated between tabulated points. */
export function sCurve(x: number): number {
  if (x <= -LOGISTIC_HALF_RANGE) return logisticPoints[0];
  if (x >= LOGISTIC_HALF_RANGE) return logisticPoints[LOGISTIC_POINTS];
  const at = (x + LOGISTIC_HALF_RANGE) * LOGISTIC_SCALE;
  const k = at | 0;
  const lo = logisticPoints[k];
  return lo + (at - k) * (logisticPoints[k + 1] - lo);
}

/** Equally likely efforts an item may need: a lognormal of the mean and CV, cut in this many slices. */
export const EFFORT_SLICES = 4096;
const effortTables = new Map<string, Float64Array>();

/**
 * The efforts of a stream's items, one table per mean and CV (shared: forty departments reading one
 * table keep it in cache).
 */
export function effortTable(mean: number, cv: number): Float64Array {
  const key = `${mean}|${cv}`;
  let table = effortTables.get(key);
  if (table) return table;
  table = new Float64Array(EFFORT_SLICES);
  if (cv <= 0) table.fill(mean);
  else {
    const variance = Math.log(1 + cv * cv);
    const sd = Math.sqrt(variance);
    let total = 0;
    for (let k = 0; k < EFFORT_SLICES; k++) {
      table[k] = Math.exp(sd * probit((k + 0.5) / EFFORT_SLICES) - variance / 2);
      total += table[k];
    }
    const rescale = (mean * EFFORT_SLICES) / total;
    for (let k = 0; k < EFFORT_SLICES; k++) table[k] *= rescale;
  }
  if (effortTables.size > 255) effortTables.clear();
  effortTables.set(key, table);
  return table;
}

/** The standard normal quantile (P. J. Acklam's rational approximation). */
function probit(p: number): number {
  if (p < 0.02425) return probitTail(p);
  if (p > 1 - 0.02425) return -probit(1 - p);
  const q = p - 0.5;
  const r = q * q;
  const num = (((((-3.969683028665376e1 * r + 2.209460984245205e2) * r - 2.759285104469687e2) * r + 1.38357751867269e2) * r - 3.066479806614716e1) * r + 2.506628277459239) * q;
  const den = ((((-5.447609879822406e1 * r + 1.615858368580409e2) * r - 1.556989798598866e2) * r + 6.680131188771972e1) * r - 1.328068155288572e1) * r + 1;
  return num / den;
}

function probitTail(p: number): number {
  const q = Math.sqrt(-2 * Math.log(p));
  const num = ((((-7.784894002430293e-3 * q - 3.223964580411365e-1) * q - 2.400758277161838) * q - 2.549732539343734) * q + 4.374664141464968) * q + 2.938163982698783;
  const den = (((7.784695709041462e-3 * q + 3.224671290700398e-1) * q + 2.445134137142996) * q + 3.754408661907416) * q + 1;
  return num / den;
}

/** Steps of fatigue in the output-per-hour table. */
export const FATIGUE_STEPS = 200;

/** Output per hour at each step of fatigue on [0, 1]: 1 - fatigueLoss x fatigue, never below 0. */
export function outputPerHour(fatigueLoss: number): Float64Array {
  const table = new Float64Array(FATIGUE_STEPS + 1);
  for (let k = 0; k <= FATIGUE_STEPS; k++) {
    const v = 1 - fatigueLoss * (k / FATIGUE_STEPS);
    table[k] = Number.isFinite(v) && v > 0 ? v : 0;
  }
  return table;
}

/**
 * A day's output per hour at work from its length: one for one up to the knee, then each further hour
 * yields linearly less, nothing past the zero point (docs/ODD.md, P9).
 */
export function lengthFactor(atWork: number, knee: number, zero: number): number {
  if (atWork <= knee) return 1;
  const span = zero - knee;
  const over = atWork < zero ? atWork - knee : span;
  return (knee + over - (over * over) / (2 * span)) / atWork;
}
