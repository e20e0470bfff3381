import type { Phase } from '../engine/loop.js';
import { M, NUM_METRICS } from './record.js';
import { STATUS, type ModelState } from './state.js';

/**
 * The working day's split, before anyone chooses to shirk: reporting hours first (work diaries),
 * then the person's part of the unit's meetings (spread over its working staff), and what is left
 * for queue work in two blocks: the contracted block (up to the contracted day) and the overtime
 * block (hours beyond the contracted day, and every hour of a rest day or holiday a campaign has
 * cancelled: case A banned *holiday* overtime pay, so those hours are overtime too).
 */
export const daySplit: Phase<ModelState> = {
  name: 'day-split',
  run(st, day) {
    const contracted = st.cal.restDay[day] === 1 ? 0 : st.scenario.staff.hoursPerDay;
    const reporting = st.plan.reportingHours[day];
    const { status, scheduled, hReporting, hMeetings, blockContracted, blockOvertime, rec, runs, runStart, runUnit } = st;
    for (let r = 0; r < runs; r++) {
      const u = runUnit[r];
      const row = u * NUM_METRICS;
      const working = rec[row + M.staff_working];
      const meetEach = working > 0 ? st.meetingDemand[u] / working : 0;
      let reportingSum = 0, meetingSum = 0;
      for (let i = runStart[r], end = runStart[r + 1]; i < end; i++) {
        // Written for everyone (schedule no longer clears these): 0 for people not working today.
        if (status[i] !== STATUS.working) {
          hReporting[i] = 0;
          hMeetings[i] = 0;
          continue;
        }
        const sched = scheduled[i];
        const rep = reporting < sched ? reporting : sched;
        const meet = meetEach < sched - rep ? meetEach : sched - rep;
        const left = sched - rep - meet;
        const contractedLeft = contracted - rep - meet;
        const block = contractedLeft <= 0 ? 0 : contractedLeft < left ? contractedLeft : left;
        hReporting[i] = rep;
        hMeetings[i] = meet;
        blockContracted[i] = block;
        blockOvertime[i] = left - block;
        reportingSum += rep;
        meetingSum += meet;
      }
      if (working === 0) continue;
      rec[row + M.hours_reporting] += reportingSum;
      rec[row + M.hours_meetings] += meetingSum;
    }
  },
};
