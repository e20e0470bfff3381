import type { Phase } from '../../engine/loop.js';
import type { Stream } from '../../engine/rng.js';
import type { ModelState } from '../state.js';
import { ClaimOrPass } from './claims.js';
import type { SharedWork } from './shared-work.js';

/**
 * A coordinating office (case B). One knob, `strength` s in [0, 1], sets three things together:
 * how many tasks a working day it assigns (s x itemsPerDayAtFull, fractions carried over), how soon it
 * takes a task up (after floor((1 - s) x delayDaysAtZero) days of waiting), and whether its assignment
 * sticks (chance s; otherwise the department hands it back, counted as a hand-back, not a pass, and the task waits on). The office
 * takes the oldest waiting tasks and gives each to the least loaded listed department. Tasks it has not
 * reached go through the departments' own claims as without an office.
 */
export function makeOffice(st: ModelState, work: SharedWork): Phase<ModelState> {
  const p = st.scenario.coordination.office;
  const s = p.strength;
  const perDay = s * p.itemsPerDayAtFull;
  const delay = Math.floor((1 - s) * p.delayDaysAtZero);
  const rng: Stream = st.streams.get('coordination:office');
  const claims = new ClaimOrPass(st, work);
  let credit = 0;
  return {
    name: 'coordination:office',
    run(_st, day) {
      if (work.workday) {
        // Unused capacity does not pile up beyond one day's worth.
        credit = Math.min(credit + perDay, perDay + 1);
        const pool = work.pool;
        for (let i = 0; i < pool.n && credit >= 1; i++) {
          if (day - pool.arrival[i] < delay) continue;
          credit -= 1;
          const u = work.leastLoaded(pool.duty[i]);
          if (rng.next() < s) work.assign(i, u, day, 0, 0);
          else work.handBack(u);
        }
      }
      claims.run(day);
      work.pool.compact();
    },
  };
}
