import type { Phase } from '../engine/loop.js';
import { KIND, NUM_KINDS } from './record.js';
import type { ModelState } from './state.js';

/**
 * The double load (case A: "first secretaries" seconded to villages still carried their home unit's
 * core work). Each campaign day a seconded person still receives their own files: a per-head share of
 * the home department's open regular work (open hours / headcount), up to `homeLeakShare` of a
 * contracted day. The schedule adds those hours to their campaign day and the work phase spends them
 * on the home queue, so the extra hours follow from home work that exists: a department with no
 * backlog sends its seconded staff nothing.
 */
export const homeWork: Phase<ModelState> = {
  name: 'home-work',
  run(st) {
    const { homeHours, hq, runs, runStart, runUnit, home, queues, headcount } = st;
    if (hq < 0) return;
    homeHours.fill(0);
    const c = st.campaign;
    if (!c || !st.scenario.mechanisms.secondment) return;
    const cap = c.secondment.homeLeakShare * st.scenario.staff.hoursPerDay;
    if (cap <= 0) return;
    for (let r = 0; r < runs; r++) {
      if (runUnit[r] !== hq) continue;
      for (let i = runStart[r], end = runStart[r + 1]; i < end; i++) {
        const d = home[i];
        const perHead = queues[d * NUM_KINDS + KIND.regular].openHours / headcount[d];
        homeHours[i] = perHead < cap ? perHead : cap;
      }
    }
  },
};
