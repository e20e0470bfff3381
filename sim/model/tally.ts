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
    const county = hist[st.total].counts;
    const bins = county.length;
    const N = st.N;
    // People sit in runs of the same unit (staff are numbered by department; only seconded staff
    // break a run), so each run is summed in local variables, which the compiler keeps in registers,
    // and written to the unit's row once.
    let i = 0;
    while (i < N) {
      const u = unit[i];
      const counts = hist[u].counts;
      let staff = 0, working = 0, resting = 0, sick = 0;
      let capacity = 0, regular = 0, campaign = 0, shared = 0, reporting = 0, meetings = 0;
      let shirked = 0, idle = 0, rest = 0, sickHours = 0, rework = 0, fat = 0, mot = 0, rsk = 0;
      for (; i < N && unit[i] === u; i++) {
        staff++;
        const status = statusOf[i];
        if (status === STATUS.working) {
          working++;
          rework += (planned[i] - hIdle[i]) * errorShare[i];
        } else if (status === STATUS.resting) resting++;
        else sick++;
        const h = home[i];
        if (u !== h) rec[h * NUM_METRICS + SECONDED]++;
        capacity += cap[i];
        regular += hRegular[i];
        campaign += hCampaign[i];
        shared += hShared[i];
        reporting += hReporting[i];
        meetings += hMeetings[i];
        shirked += hShirked[i];
        idle += hIdle[i];
        rest += hRest[i];
        sickHours += hSick[i];
        const f = fatigue[i];
        fat += f;
        mot += motivation[i];
        rsk += risk[i];
        let b = (f * bins) | 0;
        if (b >= bins) b = bins - 1;
        else if (b < 0) b = 0;
        counts[b]++;
        county[b]++;
      }
      hist[u].total += staff;
      const r = u * NUM_METRICS;
      rec[r + STAFF] += staff;
      rec[r + WORKING] += working;
      rec[r + RESTING] += resting;
      rec[r + SICK] += sick;
      rec[r + CAPACITY] += capacity;
      rec[r + REGULAR] += regular;
      rec[r + CAMPAIGN] += campaign;
      rec[r + SHARED] += shared;
      rec[r + REPORTING] += reporting;
      rec[r + MEETINGS] += meetings;
      rec[r + SHIRKED] += shirked;
      rec[r + IDLE] += idle;
      rec[r + REST] += rest;
      rec[r + SICK_HOURS] += sickHours;
      rec[r + REWORK] += rework;
      rec[r + FATIGUE] += fat;
      rec[r + MOTIVATION] += mot;
      rec[r + RISK] += rsk;
    }
    hist[st.total].total += N;
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
