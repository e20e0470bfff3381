import type { Phase } from '../engine/loop.js';
import { M, NUM_METRICS } from './record.js';
import { STATUS, type ModelState } from './state.js';

/**
 * Sustained high fatigue brings sick days: above a threshold, the chance of a sick day rises linearly
 * with fatigue. A sick day books the contracted day as sick hours and lets fatigue recover.
 */
export const sickness: Phase<ModelState> = {
  name: 'sickness',
  run(st) {
    if (!st.scenario.mechanisms.sickness) return;
    const { threshold, maxDailyChance } = st.scenario.staff.sickness;
    if (maxDailyChance <= 0 || threshold >= 1) return;
    const rng = st.streams.get('sickness');
    const contracted = st.scenario.staff.hoursPerDay;
    for (let i = 0; i < st.N; i++) {
      if (st.status[i] !== STATUS.working) continue;
      const f = st.fatigue[i];
      if (f <= threshold) continue;
      if (rng.next() < (maxDailyChance * (f - threshold)) / (1 - threshold)) {
        st.status[i] = STATUS.sick;
        st.scheduled[i] = 0;
        st.cap[i] = contracted;
        st.hSick[i] = contracted;
        st.rec[st.unit[i] * NUM_METRICS + M.staff_working]--;
      }
    }
  },
};
