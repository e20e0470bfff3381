import type { Phase } from '../engine/loop.js';
import { LEVEL_METRICS, M, METRICS, NUM_KINDS, NUM_METRICS } from './record.js';
import { STATUS, type ModelState } from './state.js';

const ADDITIVE = METRICS.map((m, i) => (LEVEL_METRICS.has(m) || m === 'reversals' ? -1 : i)).filter((i) => i >= 0);
// Levels that add up over units, and per-person means (summed here, divided by staff below).
const SUMMED_LEVELS = [M.open_regular, M.open_campaign, M.open_shared, M.backlog_hours_regular, M.seconded_away, M.staff, M.staff_working, M.staff_resting, M.staff_sick];
const MEANS = [M.fatigue_mean, M.motivation_mean, M.perceived_risk_mean];

/**
 * Close the day's record: sum each person's hours into the unit where they sit, take levels (open
 * items, backlog, fatigue mean and 90th percentile, motivation, perceived risk), and fill the county
 * row. Counters written during the day by other phases (arrivals, done, checks) are already in place.
 */
export const tally: Phase<ModelState> = {
  name: 'tally',
  run(st) {
    const rec = st.rec;
    const T = st.total * NUM_METRICS;
    for (const h of st.hist) h.clear();
    for (let u = 0; u <= st.U; u++) rec[u * NUM_METRICS + M.staff_working] = 0;
    for (let i = 0; i < st.N; i++) {
      const u = st.unit[i];
      const r = u * NUM_METRICS;
      rec[r + M.staff]++;
      const status = st.status[i];
      if (status === STATUS.working) rec[r + M.staff_working]++;
      else if (status === STATUS.resting) rec[r + M.staff_resting]++;
      else rec[r + M.staff_sick]++;
      if (u !== st.home[i]) rec[st.home[i] * NUM_METRICS + M.seconded_away]++;
      rec[r + M.hours_capacity] += st.cap[i];
      rec[r + M.hours_regular] += st.hRegular[i];
      rec[r + M.hours_campaign] += st.hCampaign[i];
      rec[r + M.hours_shared] += st.hShared[i];
      rec[r + M.hours_reporting] += st.hReporting[i];
      rec[r + M.hours_meetings] += st.hMeetings[i];
      rec[r + M.hours_shirked] += st.hShirked[i];
      rec[r + M.hours_idle] += st.hIdle[i];
      rec[r + M.hours_rest] += st.hRest[i];
      rec[r + M.hours_sick] += st.hSick[i];
      if (status === STATUS.working) {
        rec[r + M.hours_rework] += (st.planned[i] - st.hIdle[i]) * st.errorShare[i];
      }
      const f = st.fatigue[i];
      rec[r + M.fatigue_mean] += f;
      rec[r + M.motivation_mean] += st.motivation[i];
      rec[r + M.perceived_risk_mean] += st.risk[i];
      st.hist[u].add(f);
      st.hist[st.total].add(f);
    }
    for (let u = 0; u < st.U; u++) {
      const r = u * NUM_METRICS;
      const q = u * NUM_KINDS;
      rec[r + M.open_regular] = st.queues[q].size;
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
  },
};
