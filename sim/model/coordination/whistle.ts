import type { Phase } from '../../engine/loop.js';
import type { Stream } from '../../engine/rng.js';
import { M, NUM_METRICS } from '../record.js';
import type { ModelState } from '../state.js';
import { ClaimOrPass } from './claims.js';
import { OwnedLedger } from './owned.js';
import { SharedPool } from './pool.js';
import type { SharedWork } from './shared-work.js';

/**
 * "The street blows the whistle, departments report" (case C). On a new shared problem the street
 * (or, for a share of them, one of the listed departments) blows the whistle; the list of powers (the
 * duty's departments) says who is called. Each called department gets its part of the work (an equal
 * share, plus the overhead of turning up jointly on site) as a task it owes first, ahead of its own
 * incentives, and must finish it within the response limit. A call not done in time is a breach; the
 * street scores each department on its calls (two-way assessment) and the score feeds its incentives.
 * Because calls come first, a burst of whistles takes the same staff away from regular work.
 * Problems the street does not whistle on wait for a claim as without coordination.
 */
export function makeWhistle(st: ModelState, work: SharedWork): Phase<ModelState> {
  const p = st.scenario.coordination.whistle;
  const rng: Stream = st.streams.get('coordination:whistle');
  const claims = new ClaimOrPass(st, work);
  const calls = OwnedLedger.URGENT | OwnedLedger.WATCHED | OwnedLedger.SCORED;
  work.assessment.active = true;
  const onBreach = (u: number) => {
    st.rec[u * NUM_METRICS + M.response_breaches]++;
  };
  return {
    name: 'coordination:whistle',
    run(st, day) {
      const rec = st.rec;
      const T = st.total * NUM_METRICS;
      // Calls not answered by the end of their limit day.
      work.overdue(day, onBreach);
      const pool = work.pool;
      for (let i = 0; i < pool.n; i++) {
        if (!(pool.flags[i] & SharedPool.NEW)) continue;
        pool.flags[i] &= ~SharedPool.NEW;
        if (rng.next() >= p.share) continue;
        const list = work.listed[pool.duty[i]];
        const k = list.length;
        if (rng.next() < p.departmentShare) rec[list[Math.floor(rng.next() * k)] * NUM_METRICS + M.whistles]++;
        else rec[T + M.whistles]++;
        const part = (pool.effort[i] / k) * (1 + p.onSiteOverhead);
        for (let j = 0; j < k; j++) {
          const u = list[j];
          work.give(u, pool.arrival[i], pool.deadline[i], part, pool.duty[i], calls, day + p.responseDays);
          work.noteOwner(day - pool.since[i], pool.passes[i]);
          rec[u * NUM_METRICS + M.response_calls]++;
        }
        // One problem became k tasks, each with an owner at once.
        rec[T + M.arrived_shared] += k - 1;
        pool.gone[i] = 1;
      }
      claims.run(day);
      pool.compact();
    },
  };
}
