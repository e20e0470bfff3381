import type { Phase } from '../engine/loop.js';
import { STATUS, type ModelState } from './state.js';

/**
 * Campaign fatigue of the will ("war-weariness", case A): every campaign day a person actually works
 * beyond the sustainable hours (reporting, meetings and queue work; not shirked or idle hours; a
 * cancelled rest day counts like any other) costs motivation; outside campaigns motivation drifts back
 * toward the person's starting level. Tied to the shirking mechanism (it acts only through shirking).
 */
export const motivation: Phase<ModelState> = {
  name: 'motivation',
  run(st) {
    if (!st.scenario.mechanisms.shirking) return;
    const { weariness, motivationRecovery } = st.scenario.staff.shirking;
    const sustainable = st.scenario.staff.fatigue.sustainableHours;
    const inCampaign = st.campaign !== null;
    const lost = -weariness; // added: m + (-w) is exactly m - w
    const { N, status, scheduled, hShirked, hIdle, motivation, motivationBase } = st;
    for (let i = 0; i < N; i++) {
      let m = motivation[i];
      // One update on every day (m + 0 is m), not a branch for campaign days: that branch first ran
      // on a campaign's first day, where V8 threw away the optimised loop.
      const weary = status[i] === STATUS.working && scheduled[i] - hShirked[i] - hIdle[i] > sustainable;
      m += inCampaign ? (weary ? lost : 0) : motivationRecovery * (motivationBase[i] - m);
      motivation[i] = m < 0 ? 0 : m > 1 ? 1 : m;
    }
  },
};
