import type { Phase } from '../engine/loop.js';
import { WEEKDAYS } from '../engine/calendar.js';
import { FINISHED, FINISHED_SIZE } from '../engine/queue.js';
import { allocate, dayOutput, FATIGUE_STEPS, productivityTable } from './productivity.js';
import { KIND, M, NUM_KINDS, NUM_METRICS } from './record.js';
import { STATUS, type ModelState } from './state.js';

const LEAD = [M.lead_days_regular, M.lead_days_campaign, M.lead_days_shared];
const DONE = [M.done_regular, M.done_campaign, M.done_shared];
const LATE = [M.late_regular, M.late_campaign, M.late_shared];

/**
 * Spend `hours` on unit u's queue of kind k and book what it finished; returns the hours used.
 * `finished` is scratch space. A module function, not a closure made per run: optimised code that
 * inlined one run's closure would be thrown away at the next run's.
 */
function workQueue(st: ModelState, u: number, k: number, hours: number, day: number, finished: Float64Array): number {
  finished.fill(0);
  const used = st.queues[u * NUM_KINDS + k].work(hours, day, finished);
  const row = u * NUM_METRICS;
  const r = st.rec;
  r[row + DONE[k]] += finished[FINISHED.items];
  r[row + LEAD[k]] += finished[FINISHED.leadDays];
  r[row + LATE[k]] += finished[FINISHED.late];
  // Campaign work done since the last reversal is what a reversal can throw away.
  if (k === KIND.campaign) {
    st.doneSinceReversal[u] += finished[FINISHED.items];
    st.effortSinceReversal[u] += finished[FINISHED.effort];
  }
  return used;
}

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
  const finished = new Float64Array(FINISHED_SIZE);

  return {
    name: 'work',
    run(st, day) {
      const c = st.campaign;
      unitOutput.fill(0);
      leakOutput.fill(0);
      // Pass 1: output per planned hour, pooled by unit.
      const { status, scheduled, hShirked, fatigue, skill, errorShare, leakPlanned, planned, home, runs, runStart, runUnit } = st;
      const { kneeHours, zeroHours, errorRate, errorRateAtFullFatigue } = prod;
      for (let r = 0; r < runs; r++) {
        let output = 0;
        for (let i = runStart[r], end = runStart[r + 1]; i < end; i++) {
          if (status[i] !== STATUS.working) continue;
          const atWork = scheduled[i] - hShirked[i];
          const f = useFatigue ? fatigue[i] : 0;
          const lengthFactor = atWork > kneeHours ? dayOutput(atWork, kneeHours, zeroHours) / atWork : 1; // up to the knee, one for one
          const err = useRework ? errorRate + (errorRateAtFullFatigue - errorRate) * f : 0;
          errorShare[i] = err;
          const net = lengthFactor * skill[i] * table[Math.round(f * FATIGUE_STEPS)] * (1 - err);
          const leak = leakPlanned[i];
          output += (planned[i] - leak) * net;
          if (leak > 0) leakOutput[home[i]] += leak * net;
        }
        unitOutput[runUnit[r]] += output;
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
        for (let k = 0; k < NUM_KINDS; k++) {
          st.kindShare[u * NUM_KINDS + k] = cap > 0 ? give[k] / cap : 0;
          if (give[k] > 0) workQueue(st, u, k, give[k], day, finished);
        }
        st.idleShare[u] = cap > 0 ? 1 - used / cap : 0;
        st.rec[u * NUM_METRICS + M.output_hours] += used;
      }
      for (let d = 0; d < st.D; d++) {
        const L = leakOutput[d];
        if (L <= 0) {
          st.leakUsedShare[d] = 0;
          continue;
        }
        const usedL = workQueue(st, d, KIND.regular, Math.min(L, st.queues[d * NUM_KINDS + KIND.regular].openHours), day, finished);
        st.leakUsedShare[d] = usedL / L;
        st.rec[d * NUM_METRICS + M.output_hours] += usedL;
      }
      // Pass 2: book each person's hours by use, and the unit's.
      const { hRegular, hCampaign, hShared, hIdle, kindShare, idleShare, leakUsedShare, rec } = st;
      for (let r = 0; r < runs; r++) {
        const u = runUnit[r];
        const b = u * NUM_KINDS;
        const toRegular = kindShare[b + KIND.regular], toCampaign = kindShare[b + KIND.campaign], toShared = kindShare[b + KIND.shared];
        const toIdle = idleShare[u];
        let regular = 0, campaign = 0, shared = 0, idle = 0, rework = 0;
        for (let i = runStart[r], end = runStart[r + 1]; i < end; i++) {
          if (status[i] !== STATUS.working) continue;
          const leak = leakPlanned[i];
          const main = planned[i] - leak;
          const leakUsed = leak > 0 ? leak * leakUsedShare[home[i]] : 0;
          const reg = main * toRegular + leakUsed;
          const cam = main * toCampaign;
          const sha = main * toShared;
          const idl = main * toIdle + (leak - leakUsed);
          hRegular[i] = reg;
          hCampaign[i] = cam;
          hShared[i] = sha;
          hIdle[i] = idl;
          regular += reg;
          campaign += cam;
          shared += sha;
          idle += idl;
          // Hours whose output was faulty and must be redone.
          rework += (planned[i] - idl) * errorShare[i];
        }
        const row = u * NUM_METRICS;
        rec[row + M.hours_regular] += regular;
        rec[row + M.hours_campaign] += campaign;
        rec[row + M.hours_shared] += shared;
        rec[row + M.hours_idle] += idle;
        rec[row + M.hours_rework] += rework;
      }
    },
  };
}
