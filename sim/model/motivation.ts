import type { Phase } from '../engine/loop.js';
import { STATUS, type ModelState } from './state.js';

/**
 * Campaign fatigue of the will ("war-weariness", case A): every campaign day a person works beyond
 * the sustainable hours costs motivation; outside campaigns motivation drifts back toward the
 * person's starting level. Tied to the shirking mechanism (it acts only through shirking).
 */
export const motivation: Phase<ModelState> = {
  name: 'motivation',
  run(st) {
    if (!st.scenario.mechanisms.shirking) return;
    const { weariness, motivationRecovery } = st.scenario.staff.shirking;
    const sustainable = st.scenario.staff.fatigue.sustainableHours;
    const inCampaign = st.campaign !== null;
    for (let i = 0; i < st.N; i++) {
      let m = st.motivation[i];
      if (inCampaign) {
        if (st.status[i] === STATUS.working && st.scheduled[i] > sustainable) m -= weariness;
      } else {
        m += motivationRecovery * (st.motivationBase[i] - m);
      }
      st.motivation[i] = m < 0 ? 0 : m > 1 ? 1 : m;
    }
  },
};
