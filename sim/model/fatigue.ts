import type { Phase } from '../engine/loop.js';
import { STATUS, type ModelState } from './state.js';

/**
 * Fatigue in [0, 1]: every night sheds a share of it (`recoveryWork`); every hour at the workplace
 * beyond the sustainable day adds to it (saturating, so it never passes 1), and so does each working
 * day past a run of days without rest. A rest or sick day sheds a larger share (`recoveryRest`). For
 * constant long days fatigue settles where the nightly recovery balances the build-up.
 * Hours at the workplace are the scheduled day, shirked and idle hours included: what a long day
 * takes is the evening and the sleep, and an errand run in work time (case A's "village visits") is
 * no rest. Pencavel's (2014) hours, against which P9 is fitted, are hours at the plant.
 */
export const fatigue: Phase<ModelState> = {
  name: 'fatigue',
  run(st) {
    if (!st.scenario.mechanisms.fatigue) return;
    const { sustainableHours, buildPerHour, streakDays, buildPerStreakDay, recoveryRest, recoveryWork } = st.scenario.staff.fatigue;
    const { N, status, scheduled, streak, fatigue } = st;
    for (let i = 0; i < N; i++) {
      let f = fatigue[i];
      if (status[i] === STATUS.working) {
        const excess = scheduled[i] - sustainableHours;
        const run = ++streak[i];
        f *= 1 - recoveryWork;
        // Added on every working day, 0 when there is nothing to add (f + 0 is f): as branches, they
        // first ran on a campaign's first long day, where V8 threw away the optimised loop.
        f += buildPerHour * (excess > 0 ? excess : 0) * (1 - f);
        f += (run > streakDays ? buildPerStreakDay : 0) * (1 - f);
      } else {
        streak[i] = 0;
        f *= 1 - recoveryRest;
      }
      fatigue[i] = f < 0 ? 0 : f > 1 ? 1 : f;
    }
  },
};
