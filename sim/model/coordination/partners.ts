import type { Phase } from '../../engine/loop.js';
import type { Stream } from '../../engine/rng.js';
import { M, NUM_METRICS } from '../record.js';
import type { ModelState } from '../state.js';
import { FINISHED_SIZE, WorkQueue } from '../../engine/queue.js';
import type { SharedWork } from './shared-work.js';

/**
 * Outside partners (case E): social organisations, enterprises and village committees that bring
 * capacity of their own. Government leads, so a partner takes only tasks of the duties it can do that
 * have waited some days without a department, and no more than a few days of its own capacity. It
 * works them on official working days; a finished task is settled with the partner's reliability, or
 * else comes back whole to wait for an owner again (work done badly is not work done). Partners run
 * after the mechanism, whichever it is.
 */
export function makePartners(st: ModelState, work: SharedWork): Phase<ModelState> {
  const partners = st.scenario.partners;
  const dutyIndex = new Map(st.scenario.sharedDuties.map((d, k) => [d.id, k]));
  const nDuties = st.scenario.sharedDuties.length;
  const can = partners.map((p) => {
    const m = new Uint8Array(nDuties);
    for (const id of p.duties) {
      const k = dutyIndex.get(id);
      if (k !== undefined) m[k] = 1;
    }
    return m;
  });
  // Each partner's open tasks, tagged with their duty (a task done badly goes back to the pool whole).
  const tasks = partners.map(() => new WorkQueue(16));
  const rng: Stream = st.streams.get('coordination:partners');
  // What `finished` needs to know about the partner at work (set before each call; no closure per day).
  let today = 0;
  let reliability = 1;
  const scratch = new Float64Array(FINISHED_SIZE); // counts unused: `finished` books each task
  const finished = (arrival: number, deadline: number, effort: number, duty: number) => {
    const r = st.total * NUM_METRICS;
    if (rng.next() < reliability) {
      work.settleOutside(today, arrival, deadline);
      st.rec[r + M.partner_done]++;
    } else {
      work.pool.push(arrival, deadline, effort, duty, today, 0, 0);
      st.rec[r + M.partner_returned]++;
    }
  };

  return {
    name: 'coordination:partners',
    run(st, day) {
      today = day;
      const T = st.total * NUM_METRICS;
      const pool = work.pool;
      if (st.cal.restDay[day] === 0) {
        for (let j = 0; j < partners.length; j++) {
          const p = partners[j];
          const q = tasks[j];
          const room = p.hoursPerDay * p.maxBacklogDays;
          const n = pool.n; // tasks handed back today are appended beyond n and wait at least a day
          for (let i = 0; i < n; i++) {
            if (pool.gone[i] || !can[j][pool.duty[i]] || day - pool.since[i] < p.afterDays) continue;
            if (q.size > 0 && q.openHours + pool.effort[i] > room) continue;
            q.push(pool.arrival[i], pool.deadline[i], pool.effort[i], pool.duty[i]);
            work.noteOwner(day - pool.since[i], pool.passes[i]);
            st.rec[T + M.partner_taken]++;
            pool.gone[i] = 1;
          }
          reliability = p.reliability;
          st.rec[T + M.partner_hours] += q.work(p.hoursPerDay, day, scratch, finished);
        }
      }
      let open = 0;
      for (let j = 0; j < tasks.length; j++) open += tasks[j].size;
      work.outsideOpen = open;
      pool.compact();
    },
  };
}
