import type { Phase } from '../engine/loop.js';
import { KIND, M, NUM_KINDS, NUM_METRICS } from './record.js';
import type { ModelState } from './state.js';

/**
 * Policy reversals (case A: no plan at the start, so policy changed several times and work already
 * done was wasted). While a campaign runs, a reversal happens on a day with chance perMonth / 30; it
 * throws away `discardShare` of the campaign items each unit finished since the last reversal (they
 * no longer count as done, and the hours they took are wasted), and the share `reissueShare` of them
 * that the new policy still needs comes back as new campaign tasks of the same mean effort, due a
 * task's deadline from today. So a reversal costs capacity, not only bookkeeping.
 */
export const reversal: Phase<ModelState> = {
  name: 'reversal',
  run(st, day) {
    const c = st.campaign;
    if (!c || !st.scenario.mechanisms.reversals || c.reversals.perMonth <= 0) return;
    const rng = st.streams.get('reversals');
    if (rng.next() >= c.reversals.perMonth / 30) return;
    const { discardShare, reissueShare } = c.reversals;
    for (let u = 0; u < st.U; u++) {
      const done = st.doneSinceReversal[u];
      const row = u * NUM_METRICS;
      st.rec[row + M.reversals] = 1;
      if (done <= 0) continue;
      const discarded = Math.round(discardShare * done);
      const effortEach = st.effortSinceReversal[u] / done;
      st.rec[row + M.discarded_campaign] += discarded;
      st.rec[row + M.wasted_hours] += effortEach * discarded;
      const reissued = Math.round(reissueShare * discarded);
      const queue = st.queues[u * NUM_KINDS + KIND.campaign];
      queue.pushMany(reissued, day, day + c.tasks.deadlineDays, effortEach);
      st.rec[row + M.reissued_campaign] += reissued;
      st.rec[row + M.arrived_campaign] += reissued;
      st.doneSinceReversal[u] = 0;
      st.effortSinceReversal[u] = 0;
    }
  },
};
