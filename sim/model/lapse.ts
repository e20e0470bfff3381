import type { Phase } from '../engine/loop.js';
import { KIND, M, NUM_KINDS, NUM_METRICS } from './record.js';
import type { ModelState } from './state.js';

/**
 * Regular duties do not wait for ever: an item still open `lapseDays` after its deadline lapses
 * (dropped undone, `lapsed_regular`). This bounds how far a long campaign can bury a department, and
 * it is a loss of its own: a hollowed-out department's regular work is not late but never done. So that
 * the backlog never hides it, the record's `undone_regular` (work left undone) counts the open items
 * plus every item dropped so far.
 */
export const lapse: Phase<ModelState> = {
  name: 'lapse',
  run(st, day) {
    const depts = st.scenario.departments;
    for (let d = 0; d < st.D; d++) {
      const after = depts[d].regular.lapseDays;
      if (after === null) continue;
      const n = st.queues[d * NUM_KINDS + KIND.regular].dropDueBefore(day - after);
      if (n > 0) {
        st.rec[d * NUM_METRICS + M.lapsed_regular] += n;
        st.lapsedSoFar[d] += n;
      }
    }
  },
};
