import type { Phase } from '../engine/loop.js';
import { M, NUM_METRICS } from './record.js';
import { STATUS, type ModelState } from './state.js';

/**
 * Sustained high fatigue brings sick days: above a threshold, the chance of a sick day rises linearly
 * with fatigue. A sick day books the contracted day as sick hours (in place of the scheduled day) and
 * lets fatigue recover.
 */
export const sickness: Phase<ModelState> = {
  name: 'sickness',
  run(st, day) {
    if (!st.scenario.mechanisms.sickness) return;
    const { threshold, maxDailyChance } = st.scenario.staff.sickness;
    // Nobody is at work on a rest day the campaign does not cancel: no one to fall sick, no draw.
    if (maxDailyChance <= 0 || threshold >= 1 || st.plan.resting[day] === 1) return;
    const rng = st.streams.get('sickness');
    const contracted = st.scenario.staff.hoursPerDay;
    const { N, status, fatigue, scheduled, cap, hSick, unit, rec } = st;
    for (let i = 0; i < N; i++) {
      if (status[i] !== STATUS.working) continue;
      const f = fatigue[i];
      if (f <= threshold) continue;
      if (rng.next() < (maxDailyChance * (f - threshold)) / (1 - threshold)) {
        const row = unit[i] * NUM_METRICS;
        rec[row + M.staff_working]--;
        rec[row + M.hours_capacity] += contracted - cap[i];
        rec[row + M.hours_sick] += contracted;
        status[i] = STATUS.sick;
        scheduled[i] = 0;
        cap[i] = contracted;
        hSick[i] = contracted;
      }
    }
  },
};
