import type { Phase } from '../engine/loop.js';
import { WEEKDAYS } from '../engine/calendar.js';
import { allocate, dayOutput, FATIGUE_STEPS, productivityTable } from './productivity.js';
import { KIND, M, NUM_KINDS, NUM_METRICS } from './record.js';
import { STATUS, type ModelState } from './state.js';

/**
 * Allocation and productivity. Each working person's planned hours turn into output (fresh-work hours)
 * by the day's length, skill, fatigue and errors; each unit pools its people's output and splits it
 * over its queues by the department's incentive weights, boosted by what the assessment measures, after
 * the hours owed today (campaign minimum share, coordination duties). Output with no work left to
 * absorb it is idle time. Seconded staff's home core work goes to their home department's regular
 * queue. Finally each person's hours are booked by use.
 */
export function makeWork(st: ModelState): Phase<ModelState> {
  const s = st.scenario;
  const prod = s.staff.productivity;
  const table = productivityTable(prod);
  const drift = 1;
  const weights = new Float64Array(st.U * NUM_KINDS);
  s.departments.forEach((d, u) => {
    weights[u * NUM_KINDS + KIND.regular] = d.incentives.regular * (1 + drift * d.assessment.regular);
    weights[u * NUM_KINDS + KIND.campaign] = d.incentives.campaign * (1 + drift * d.assessment.campaign);
    weights[u * NUM_KINDS + KIND.shared] = d.incentives.shared * (1 + drift * d.assessment.shared);
  });
  if (st.hq >= 0) weights[st.hq * NUM_KINDS + KIND.campaign] = 1;

  const unitOutput = new Float64Array(st.U);
  const leakOutput = new Float64Array(st.D);
  const open = new Float64Array(NUM_KINDS);
  const w = new Float64Array(NUM_KINDS);
  const must = new Float64Array(NUM_KINDS);
  const give = new Float64Array(NUM_KINDS);
  const useRework = s.mechanisms.rework;
  const useFatigue = s.mechanisms.fatigue;

  // Where finished items are counted; set before each queue is worked (no closure per call).
  let row = 0;
  let kind = 0;
  let today = 0;
  let trackCampaign = -1;
  const LEAD = [M.lead_days_regular, M.lead_days_campaign, M.lead_days_shared];
  const DONE = [M.done_regular, M.done_campaign, M.done_shared];
  const LATE = [M.late_regular, M.late_campaign, M.late_shared];
  const onDone = (arrival: number, deadline: number, effort: number) => {
    const r = st.rec;
    r[row + DONE[kind]]++;
    r[row + LEAD[kind]] += today - arrival + 1;
    if (today > deadline) r[row + LATE[kind]]++;
    if (trackCampaign >= 0) {
      st.doneSinceReversal[trackCampaign]++;
      st.effortSinceReversal[trackCampaign] += effort;
    }
  };

  return {
    name: 'work',
    run(st, day) {
      today = day;
      const c = st.campaign;
      unitOutput.fill(0);
      leakOutput.fill(0);
      // Pass 1: output per planned hour, pooled by unit.
      for (let i = 0; i < st.N; i++) {
        if (st.status[i] !== STATUS.working) continue;
        const atWork = st.scheduled[i] - st.hShirked[i];
        const f = useFatigue ? st.fatigue[i] : 0;
        const lengthFactor = atWork > 0 ? dayOutput(atWork, prod.kneeHours, prod.zeroHours) / atWork : 1;
        const err = useRework ? prod.errorRate + (prod.errorRateAtFullFatigue - prod.errorRate) * f : 0;
        const rate = lengthFactor * st.skill[i] * table[Math.round(f * FATIGUE_STEPS)];
        st.rate[i] = rate;
        st.errorShare[i] = err;
        const net = rate * (1 - err);
        const leak = st.leakPlanned[i];
        unitOutput[st.unit[i]] += (st.planned[i] - leak) * net;
        if (leak > 0) leakOutput[st.home[i]] += leak * net;
      }
      // Units: split output over queues and work them.
      const villageDay = c !== null && c.villageDays.length > 0 && c.villageDays.includes(WEEKDAYS[st.cal.weekday[day]]);
      for (let u = 0; u < st.U; u++) {
        const cap = unitOutput[u];
        for (let k = 0; k < NUM_KINDS; k++) {
          open[k] = st.queues[u * NUM_KINDS + k].openHours;
          // Incentive weights, scaled by how the unit's assessment (two-way, by the street or the
          // command centre) currently rewards each kind of work.
          w[k] = weights[u * NUM_KINDS + k] * st.incentiveGain[u * NUM_KINDS + k];
          must[k] = st.mustOutput[u * NUM_KINDS + k];
        }
        if (c && u !== st.hq) {
          const share = villageDay ? Math.max(c.villageDayShare, c.minEffortShare) : c.minEffortShare;
          must[KIND.campaign] += share * cap;
        }
        const used = cap > 0 ? allocate(cap, open, w, must, give) : 0;
        row = u * NUM_METRICS;
        for (let k = 0; k < NUM_KINDS; k++) {
          st.kindShare[u * NUM_KINDS + k] = cap > 0 ? give[k] / cap : 0;
          if (give[k] <= 0) continue;
          kind = k;
          trackCampaign = k === KIND.campaign ? u : -1;
          st.queues[u * NUM_KINDS + k].work(give[k], onDone);
        }
        st.idleShare[u] = cap > 0 ? 1 - used / cap : 0;
        st.rec[row + M.output_hours] += used;
      }
      for (let d = 0; d < st.D; d++) {
        const L = leakOutput[d];
        if (L <= 0) {
          st.leakUsedShare[d] = 0;
          continue;
        }
        const q = st.queues[d * NUM_KINDS + KIND.regular];
        row = d * NUM_METRICS;
        kind = KIND.regular;
        trackCampaign = -1;
        const usedL = q.work(Math.min(L, q.openHours), onDone);
        st.leakUsedShare[d] = usedL / L;
        st.rec[row + M.output_hours] += usedL;
      }
      // Pass 2: book each person's hours by use.
      for (let i = 0; i < st.N; i++) {
        if (st.status[i] !== STATUS.working) continue;
        const u = st.unit[i];
        const leak = st.leakPlanned[i];
        const main = st.planned[i] - leak;
        const b = u * NUM_KINDS;
        const leakUsed = leak > 0 ? leak * st.leakUsedShare[st.home[i]] : 0;
        st.hRegular[i] = main * st.kindShare[b + KIND.regular] + leakUsed;
        st.hCampaign[i] = main * st.kindShare[b + KIND.campaign];
        st.hShared[i] = main * st.kindShare[b + KIND.shared];
        st.hIdle[i] = main * st.idleShare[u] + (leak - leakUsed);
      }
    },
  };
}
