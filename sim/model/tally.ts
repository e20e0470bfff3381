import type { Phase } from '../engine/loop.js';
import { LEVEL_METRICS, M, METRICS, NUM_KINDS, NUM_METRICS } from './record.js';
import { STATUS, type ModelState } from './state.js';

const ADDITIVE = METRICS.map((m, i) => (LEVEL_METRICS.has(m) || m === 'reversals' ? -1 : i)).filter((i) => i >= 0);
// Levels that add up over units, and per-person means (summed here, divided by staff below).
const SUMMED_LEVELS = [M.open_regular, M.open_campaign, M.open_shared, M.backlog_hours_regular, M.seconded_away, M.staff, M.staff_working, M.staff_resting, M.staff_sick];
const MEANS = [M.fatigue_mean, M.motivation_mean, M.perceived_risk_mean];
const STAFF = M.staff, WORKING = M.staff_working, RESTING = M.staff_resting, SICK = M.staff_sick, SECONDED = M.seconded_away;
const CAPACITY = M.hours_capacity, REGULAR = M.hours_regular, CAMPAIGN = M.hours_campaign, SHARED = M.hours_shared;
const REPORTING = M.hours_reporting, MEETINGS = M.hours_meetings, SHIRKED = M.hours_shirked, IDLE = M.hours_idle;
const REST = M.hours_rest, SICK_HOURS = M.hours_sick, REWORK = M.hours_rework;
const FATIGUE = M.fatigue_mean, MOTIVATION = M.motivation_mean, RISK = M.perceived_risk_mean;

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
    // Arrays in locals: this loop runs for every person every day.
    const { unit, home, status: statusOf, cap, hRegular, hCampaign, hShared, hReporting, hMeetings, hShirked, hIdle, hRest, hSick } = st;
    const { planned, errorShare, fatigue, motivation, risk, hist } = st;
    const countyHist = hist[st.total];
    for (let i = 0; i < st.N; i++) {
      const u = unit[i];
      const r = u * NUM_METRICS;
      rec[r + STAFF]++;
      const status = statusOf[i];
      if (status === STATUS.working) {
        rec[r + WORKING]++;
        rec[r + REWORK] += (planned[i] - hIdle[i]) * errorShare[i];
      } else if (status === STATUS.resting) rec[r + RESTING]++;
      else rec[r + SICK]++;
      if (u !== home[i]) rec[home[i] * NUM_METRICS + SECONDED]++;
      rec[r + CAPACITY] += cap[i];
      rec[r + REGULAR] += hRegular[i];
      rec[r + CAMPAIGN] += hCampaign[i];
      rec[r + SHARED] += hShared[i];
      rec[r + REPORTING] += hReporting[i];
      rec[r + MEETINGS] += hMeetings[i];
      rec[r + SHIRKED] += hShirked[i];
      rec[r + IDLE] += hIdle[i];
      rec[r + REST] += hRest[i];
      rec[r + SICK_HOURS] += hSick[i];
      const f = fatigue[i];
      rec[r + FATIGUE] += f;
      rec[r + MOTIVATION] += motivation[i];
      rec[r + RISK] += risk[i];
      hist[u].add(f);
      countyHist.add(f);
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
