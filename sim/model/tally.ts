import { binOf } from '../engine/histogram.js';
import type { Phase } from '../engine/loop.js';
import { countyRow, LEVEL_METRICS, M, METRICS, NUM_KINDS, NUM_METRICS } from './record.js';
import { STATUS, type ModelState } from './state.js';

// How the county row combines each figure is declared beside RECORD (COUNTY_ROW): flows and levels
// that add up over units, and per-person means (summed here, divided by staff below).
const ADDITIVE = METRICS.map((m, i) => (LEVEL_METRICS.has(m) || countyRow(m) !== 'sum' ? -1 : i)).filter((i) => i >= 0);
const SUMMED_LEVELS = METRICS.map((m, i) => (LEVEL_METRICS.has(m) && countyRow(m) === 'sum' ? i : -1)).filter((i) => i >= 0);
const MEANS = METRICS.map((m, i) => (countyRow(m) === 'mean over people' ? i : -1)).filter((i) => i >= 0);
const STAFF = M.staff, RESTING = M.staff_resting, SICK = M.staff_sick, SECONDED = M.seconded_away;
const FATIGUE = M.fatigue_mean, MOTIVATION = M.motivation_mean, RISK = M.perceived_risk_mean;

/**
 * Close the day's record: count staff where they sit, take levels (open items, backlog, fatigue mean
 * and 90th percentile, motivation, perceived risk), and fill the county row. Hours and counters
 * written during the day by other phases (hours by use, arrivals, done, checks) are already in place.
 */
export const tally: Phase<ModelState> = {
  name: 'tally',
  run(st) {
    const rec = st.rec;
    for (const h of st.hist) h.clear();
    // Hours are booked by the phases that set them (schedule, sickness, shirking, work); working staff
    // by schedule and sickness. Here: head counts, levels and means, in runs of a unit (see seating).
    const { home, status: statusOf, fatigue, motivation, risk, hist, N, runs, runStart, runUnit, hq } = st;
    const county = hist[st.total].counts;
    const bins = county.length;
    for (let run = 0; run < runs; run++) {
      const u = runUnit[run];
      const counts = hist[u].counts;
      const from = runStart[run], to = runStart[run + 1];
      let resting = 0, sick = 0, fat = 0, mot = 0, rsk = 0;
      for (let i = from; i < to; i++) {
        // Counted without branches: the first sick day would otherwise throw away the optimised loop.
        const status = statusOf[i];
        resting += status === STATUS.resting ? 1 : 0;
        sick += status === STATUS.sick ? 1 : 0;
        const f = fatigue[i];
        fat += f;
        mot += motivation[i];
        rsk += risk[i];
        const b = binOf(f, bins);
        counts[b]++;
        county[b]++;
      }
      // Only the headquarters seats people away from home (secondment.ts, decisions.ts): everyone in a
      // department's run is at home, so the seconded count needs no look at each person there (a
      // read-modify-write of the record per person was a quarter of this pass: issue 24).
      if (u === hq) for (let i = from; i < to; i++) rec[home[i] * NUM_METRICS + SECONDED]++;
      hist[u].total += to - from;
      const r = u * NUM_METRICS;
      rec[r + STAFF] += to - from;
      rec[r + RESTING] += resting;
      rec[r + SICK] += sick;
      rec[r + FATIGUE] += fat;
      rec[r + MOTIVATION] += mot;
      rec[r + RISK] += rsk;
    }
    hist[st.total].total += N;
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
