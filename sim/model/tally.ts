import type { Phase } from '../engine/loop.js';
import { countyRow, LEVEL_METRICS, M, METRICS, NUM_KINDS, NUM_METRICS } from './record.js';
import type { ModelState } from './state.js';

// How the county row combines each figure is declared beside RECORD (COUNTY_ROW): flows and levels
// that add up over units, and per-person means (summed here, divided by staff below).
const ADDITIVE = METRICS.map((m, i) => (LEVEL_METRICS.has(m) || countyRow(m) !== 'sum' ? -1 : i)).filter((i) => i >= 0);
const SUMMED_LEVELS = METRICS.map((m, i) => (LEVEL_METRICS.has(m) && countyRow(m) === 'sum' ? i : -1)).filter((i) => i >= 0);
const MEANS = METRICS.map((m, i) => (countyRow(m) === 'mean over people' ? i : -1)).filter((i) => i >= 0);

/**
 * Close the day's record once everyone has been counted where they sit (end-of-day.ts) and the day's
 * last mechanisms have run (reversal, a campaign's end): open items and backlog, each unit's means
 * and fatigue's 90th percentile, and the county row. Hours and counters written during the day by
 * other phases (hours by use, arrivals, done, checks) are already in place.
 */
export const tally: Phase<ModelState> = {
  name: 'tally',
  run(st) {
    closeRecord(st);
  },
};

/** The record's unit rows' levels and means, and the county row, once people have been counted. */
export function closeRecord(st: ModelState): void {
  const rec = st.rec;
  const T = st.total * NUM_METRICS;
  for (let u = 0; u < st.U; u++) {
    const r = u * NUM_METRICS;
    const q = u * NUM_KINDS;
    rec[r + M.open_regular] = st.queues[q].size;
    rec[r + M.undone_regular] = st.queues[q].size + st.lapsedSoFar[u];
    rec[r + M.open_campaign] = st.queues[q + 1].size;
    rec[r + M.open_shared] = st.queues[q + 2].size;
    rec[r + M.backlog_hours_regular] = st.queues[q].openHours;
    for (const k of SUMMED_LEVELS) rec[T + k] += rec[r + k];
    for (const k of MEANS) {
      rec[T + k] += rec[r + k];
      rec[r + k] = rec[r + M.staff] > 0 ? rec[r + k] / rec[r + M.staff] : 0;
    }
    rec[r + M.fatigue_p90] = rec[r + M.staff] > 0 ? st.hist[u].quantile(0.9) : 0;
    for (const k of ADDITIVE) rec[T + k] += rec[r + k];
    if (rec[r + M.reversals] > rec[T + M.reversals]) rec[T + M.reversals] = rec[r + M.reversals];
  }
  for (const k of MEANS) rec[T + k] /= rec[T + M.staff];
  rec[T + M.fatigue_p90] = st.hist[st.total].quantile(0.9);
}
