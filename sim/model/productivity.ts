import { compileFormula } from '../engine/formula.js';
import type { Staff } from '../scenario/schema/staff.js';

export const FATIGUE_STEPS = 200;

/**
 * Output of a day of `hours` at work, in fresh hours: one for one up to the knee, then each hour
 * yields linearly less until the zero point, after which more hours add nothing. This within-day
 * curve and fatigue across days together give pattern P9 (Pencavel 2014).
 */
export function dayOutput(hours: number, knee: number, zero: number): number {
  if (hours <= knee) return hours;
  const span = zero - knee;
  const over = hours < zero ? hours - knee : span;
  return knee + over - (over * over) / (2 * span);
}

/**
 * Output per hour by fatigue, tabulated once (FATIGUE_STEPS + 1 points on [0, 1]) so a user formula
 * costs nothing in the daily loop.
 */
export function productivityTable(p: Staff['productivity']): Float64Array {
  const table = new Float64Array(FATIGUE_STEPS + 1);
  const f = p.formula ? compileFormula(p.formula, ['fatigue']) : null;
  const scope = new Map<string, number>();
  for (let k = 0; k <= FATIGUE_STEPS; k++) {
    const x = k / FATIGUE_STEPS;
    const v = f ? f(scope.set('fatigue', x)) : 1 - p.fatigueLoss * x;
    table[k] = Number.isFinite(v) && v > 0 ? v : 0;
  }
  return table;
}

/**
 * Split `capacity` hours of output over kinds of work. First each kind's `must` (hours it is owed
 * today: a campaign's minimum share, a whistle's response) is met, as far as there is work of that
 * kind; the rest is shared in proportion to `weight`, water-filling: a kind that runs out of open work
 * passes its share on to the others. Writes hours per kind into `out`; returns the hours used.
 */
export function allocate(capacity: number, open: Float64Array, weight: Float64Array, must: Float64Array, out: Float64Array): number {
  const K = open.length;
  let left = capacity;
  for (let k = 0; k < K; k++) {
    let h = must[k] < open[k] ? must[k] : open[k];
    if (h > left) h = left;
    if (h < 0) h = 0;
    out[k] = h;
    left -= h;
  }
  for (let round = 0; round < K && left > 1e-12; round++) {
    let wsum = 0;
    for (let k = 0; k < K; k++) if (open[k] - out[k] > 1e-12) wsum += weight[k] * open[k];
    if (wsum <= 0) break;
    let spent = 0;
    for (let k = 0; k < K; k++) {
      const room = open[k] - out[k];
      if (room <= 1e-12 || weight[k] <= 0) continue;
      let h = (left * weight[k] * open[k]) / wsum;
      if (h > room) h = room;
      out[k] += h;
      spent += h;
    }
    left -= spent;
  }
  return capacity - left;
}
