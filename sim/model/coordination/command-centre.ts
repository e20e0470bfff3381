import type { Phase } from '../../engine/loop.js';
import type { Stream } from '../../engine/rng.js';
import { M, NUM_METRICS } from '../record.js';
import type { ModelState } from '../state.js';
import { OwnedLedger } from './owned.js';
import { SharedPool } from './pool.js';
import type { SharedWork } from './shared-work.js';

/**
 * Grid, command centre and joint conferences (case D). Grid reporters send every event (a shared
 * problem, its duty being its category) to the centre the day it arises. Triage settles a share at
 * community level; the centre assigns the rest to the least loaded department on the category's list,
 * and the assignment sticks with the centre's authority (otherwise it is handed back and reassigned
 * the next working day). A joint conference costs meeting hours from every department on the list and
 * makes the event that department's first duty until closed. Policy `escalate-when-needed` convenes
 * one only when the department has not closed the event within the limit; `always-convene` convenes
 * one for every event assigned. The centre scores each department on closing within the limit
 * (revisit and evaluation), and the score feeds its incentives.
 */
export function makeCommandCentre(st: ModelState, work: SharedWork): Phase<ModelState> {
  const p = st.scenario.coordination.commandCentre;
  const always = p.policy === 'always-convene';
  const rng: Stream = st.streams.get('coordination:command-centre');
  const onAssign = always ? OwnedLedger.URGENT | OwnedLedger.SCORED : OwnedLedger.WATCHED | OwnedLedger.SCORED;
  work.assessment.active = true;

  /** A joint conference over a task of `duty` owned by u. */
  const convene = (st: ModelState, u: number, duty: number) => {
    const list = work.listed[duty];
    for (let j = 0; j < list.length; j++) st.meetingDemand[list[j]] += p.conferenceHours;
    st.rec[u * NUM_METRICS + M.conferences]++;
  };

  // The owner let an event pass its limit: a conference takes it up and makes it urgent.
  const onOverdue = (u: number, slot: number) => {
    work.makeUrgent(u, slot);
    st.rec[u * NUM_METRICS + M.shared_escalations]++;
    convene(st, u, work.owned[u].duty[slot]);
  };
  return {
    name: 'coordination:command-centre',
    run(st, day) {
      const rec = st.rec;
      const T = st.total * NUM_METRICS;
      const pool = work.pool;
      // Triage of today's events: community-level ones never reach a department.
      for (let i = 0; i < pool.n; i++) {
        if (!(pool.flags[i] & SharedPool.NEW)) continue;
        pool.flags[i] &= ~SharedPool.NEW;
        if (rng.next() < p.communityShare) {
          work.settleOutside(day, pool.arrival[i], pool.deadline[i]);
          work.noteOwner(day - pool.since[i], pool.passes[i]);
          rec[T + M.community_settled]++;
          pool.gone[i] = 1;
        }
      }
      if (work.workday) {
        // Escalation of events the owner has not closed within the limit.
        if (!always) work.overdue(day, onOverdue);
        // Assignment of everything still waiting.
        for (let i = 0; i < pool.n; i++) {
          if (pool.gone[i]) continue;
          const u = work.leastLoaded(pool.duty[i]);
          if (rng.next() >= p.authority) {
            work.handBack(u);
            continue;
          }
          work.assign(i, u, day, onAssign, day + p.escalateAfterDays);
          if (always) convene(st, u, pool.duty[i]);
        }
      }
      pool.compact();
    },
  };
}
