import type { Phase } from '../engine/loop.js';
import { KIND, M, NUM_KINDS, NUM_METRICS } from './record.js';
import type { ModelState } from './state.js';

/**
 * Sets the campaign running today. When a campaign ends, its open tasks are closed unfinished (counted
 * as expired): nobody keeps working on a finished campaign.
 */
export const campaignWindow: Phase<ModelState> = {
  name: 'campaign',
  run(st, day) {
    const ci = st.campaignOfDay[day];
    const prev = day > 0 ? st.campaignOfDay[day - 1] : -1;
    st.campaignIndex = ci;
    st.campaign = ci >= 0 ? st.scenario.campaigns[ci] : null;
    if (ci === prev) return;
    st.doneSinceReversal.fill(0);
    st.effortSinceReversal.fill(0);
    if (prev < 0) return;
    for (let u = 0; u < st.U; u++) {
      st.rec[u * NUM_METRICS + M.expired_campaign] += st.queues[u * NUM_KINDS + KIND.campaign].clear();
    }
  },
};
