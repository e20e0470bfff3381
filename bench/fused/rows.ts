import { FATIGUE_BINS, type County } from './county.js';
import { COL, FIGURES, WIDTH, type Figure } from './figures.js';

const C = COL;
/** Figures whose county value is a mean over people: the units' rows hold sums until the close. */
const MEAN_OVER_PEOPLE: readonly Figure[] = ['fatigue_mean', 'motivation_mean', 'perceived_risk_mean'];
/** Every other figure's county value is the sum over units, but these. */
const NOT_SUMMED = new Set<Figure>([...MEAN_OVER_PEOPLE, 'fatigue_p90', 'reversals']);
const SUMMED = FIGURES.filter((f) => !NOT_SUMMED.has(f)).map((f) => C[f]);
const MEANS = MEAN_OVER_PEOPLE.map((f) => C[f]);

/** The 90th percentile of a fatigue histogram: the middle of the bin where it falls. */
function p90(bins: Int32Array, people: number): number {
  const target = 0.9 * people;
  let seen = 0;
  for (let b = 0; b < FATIGUE_BINS; b++) {
    seen += bins[b];
    if (seen >= target && bins[b] > 0) return (b + 0.5) / FATIGUE_BINS;
  }
  return 1;
}

/**
 * Close the day's rows: the units' levels (open items, backlog, work left undone), their means over
 * people and fatigue's 90th percentile, and the county row: sums over units in unit order, means over
 * all people, the percentile of the county's histogram, and a reversal if any unit had one.
 */
export function closeRows(c: County): void {
  const { rows, piles, lapsedSoFar, bins } = c;
  const { units, n } = c.people;
  const county = units * WIDTH;
  for (let u = 0; u < units; u++) {
    const row = u * WIDTH;
    const regular = piles[u * 2], campaign = piles[u * 2 + 1];
    rows[row + C.open_regular] = regular.count;
    rows[row + C.undone_regular] = regular.count + lapsedSoFar[u];
    rows[row + C.open_campaign] = campaign.count;
    rows[row + C.backlog_hours_regular] = regular.hours;
    const staff = rows[row + C.staff];
    for (const k of MEANS) {
      rows[county + k] += rows[row + k];
      rows[row + k] = staff > 0 ? rows[row + k] / staff : 0;
    }
    rows[row + C.fatigue_p90] = staff > 0 ? p90(bins[u], staff) : 0;
    for (const k of SUMMED) rows[county + k] += rows[row + k];
    if (rows[row + C.reversals] > rows[county + C.reversals]) rows[county + C.reversals] = rows[row + C.reversals];
  }
  for (const k of MEANS) rows[county + k] /= rows[county + C.staff];
  rows[county + C.fatigue_p90] = n > 0 ? p90(bins[units], n) : NaN;
}
