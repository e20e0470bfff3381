import type { Phase } from '../engine/loop.js';
import { KIND, M, NUM_KINDS, NUM_METRICS } from './record.js';
import type { ModelState } from './state.js';

/** Sets the campaign running today; a new campaign starts with nothing done since a reversal. */
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
  },
};

/**
 * At the close of a campaign's last day its open tasks are closed unfinished (counted as expired, on
 * that day, so in the campaign's own window): nobody keeps working on a finished campaign. A campaign
 * the horizon cuts short has not ended, and its tasks stay open.
 */
export const campaignEnd: Phase<ModelState> = {
  name: 'campaign:end',
  run(st, day) {
    const ci = st.campaignOfDay[day];
    if (ci < 0 || day + 1 >= st.days || st.campaignOfDay[day + 1] === ci) return;
    for (let u = 0; u < st.U; u++) {
      st.rec[u * NUM_METRICS + M.expired_campaign] += st.queues[u * NUM_KINDS + KIND.campaign].clear();
    }
  },
};
