import type { Phase } from '../engine/loop.js';
import { M, NUM_METRICS } from './record.js';
import type { ModelState } from './state.js';

/**
 * Policy reversals (case A: no plan at the start, so policy changed several times). While a campaign
 * runs, a reversal happens on a day with chance perMonth / 30; it throws away `discardShare` of the
 * campaign items each unit finished since the last reversal, and the hours they took are wasted.
 */
export const reversal: Phase<ModelState> = {
  name: 'reversal',
  run(st) {
    const c = st.campaign;
    if (!c || !st.scenario.mechanisms.reversals || c.reversals.perMonth <= 0) return;
    const rng = st.streams.get('reversals');
    if (rng.next() >= c.reversals.perMonth / 30) return;
    const share = c.reversals.discardShare;
    for (let u = 0; u < st.U; u++) {
      const done = st.doneSinceReversal[u];
      const row = u * NUM_METRICS;
      st.rec[row + M.reversals] = 1;
      if (done <= 0) continue;
      const discarded = Math.round(share * done);
      st.rec[row + M.discarded_campaign] += discarded;
      st.rec[row + M.wasted_hours] += (st.effortSinceReversal[u] * discarded) / done;
      st.doneSinceReversal[u] = 0;
      st.effortSinceReversal[u] = 0;
    }
  },
};
