import { FINISHED, FINISHED_SIZE } from '../engine/queue.js';
import { allocate } from './productivity.js';
import { KIND, M, NUM_KINDS, NUM_METRICS } from './record.js';
import type { ModelState } from './state.js';

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

/** Each department's weight on each kind of work: incentive x (1 + assessment), the headquarters' all on campaign work. */
export function kindWeights(st: ModelState): Float64Array {
  const weights = new Float64Array(st.U * NUM_KINDS);
  st.scenario.departments.forEach((d, u) => {
    weights[u * NUM_KINDS + KIND.regular] = d.incentives.regular * (1 + d.assessment.regular);
    weights[u * NUM_KINDS + KIND.campaign] = d.incentives.campaign * (1 + d.assessment.campaign);
    weights[u * NUM_KINDS + KIND.shared] = d.incentives.shared * (1 + d.assessment.shared);
  });
  if (st.hq >= 0) weights[st.hq * NUM_KINDS + KIND.campaign] = 1;
  return weights;
}

/**
 * The units' split of the day's output. Each unit pools its people's output (`unitOutput`, fresh-work
 * hours) and splits it over its queues: first what it owes today (a campaign's minimum share, or the
 * village-day share; coordination duties), as far as there is such work, then the rest in proportion
 * to weight x open hours (effort drifts to what is measured), water-filling. It works the queues and
 * writes each unit's share per kind (`kindShare`) and idle share (`idleShare`). Seconded staff's home
 * output (`homeOutput`, by home department) goes to their department's regular queue (`leakUsedShare`).
 */
export class Allocation {
  private readonly open = new Float64Array(NUM_KINDS);
  private readonly w = new Float64Array(NUM_KINDS);
  private readonly must = new Float64Array(NUM_KINDS);
  private readonly give = new Float64Array(NUM_KINDS);
  private readonly finished = new Float64Array(FINISHED_SIZE);
  private readonly weights: Float64Array;

  constructor(st: ModelState) {
    this.weights = kindWeights(st);
  }

  split(st: ModelState, day: number, unitOutput: Float64Array, homeOutput: Float64Array): void {
    const { open, w, must, give, finished, weights } = this;
    const campaignShare = st.plan.campaignShare[day];
    for (let u = 0; u < st.U; u++) {
      const cap = unitOutput[u];
      const b = u * NUM_KINDS;
      if (cap <= 0) {
        // Nobody at work: nothing is split and no queue is worked (a unit never finishes work its
        // people did not do).
        for (let k = 0; k < NUM_KINDS; k++) st.kindShare[b + k] = 0;
        st.idleShare[u] = 0;
        continue;
      }
      for (let k = 0; k < NUM_KINDS; k++) {
        open[k] = st.queues[b + k].openHours;
        // Incentive weights, scaled by how the unit's assessment (two-way, by the street or the
        // command centre) currently rewards each kind of work.
        w[k] = weights[b + k] * st.incentiveGain[b + k];
        must[k] = st.mustOutput[b + k];
      }
      // The head's own weighting of campaign work (decisions.ts; 1, so exact, unless a head decided).
      w[KIND.campaign] *= st.campaignGain[u];
      // Adds 0 outside campaigns (and for the headquarters, whose work is all campaign work).
      must[KIND.campaign] += u !== st.hq ? campaignShare * cap : 0;
      const used = allocate(cap, open, w, must, give);
      for (let k = 0; k < NUM_KINDS; k++) {
        st.kindShare[b + k] = give[k] / cap;
        if (give[k] > 0) workQueue(st, u, k, give[k], day, finished);
      }
      st.idleShare[u] = 1 - used / cap;
      st.rec[u * NUM_METRICS + M.output_hours] += used;
    }
    for (let d = 0; d < st.D; d++) {
      const L = homeOutput[d];
      if (L <= 0) {
        st.leakUsedShare[d] = 0;
        continue;
      }
      const usedL = workQueue(st, d, KIND.regular, Math.min(L, st.queues[d * NUM_KINDS + KIND.regular].openHours), day, finished);
      st.leakUsedShare[d] = usedL / L;
      st.rec[d * NUM_METRICS + M.output_hours] += usedL;
    }
  }
}
