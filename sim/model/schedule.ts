import type { Phase } from '../engine/loop.js';
import { M, NUM_METRICS } from './record.js';
import { STATUS, type ModelState } from './state.js';

const WORKING = M.staff_working, CAPACITY = M.hours_capacity, REST = M.hours_rest;

/**
 * Calendar: who works today and for how long. Rest days are weekends and holidays unless the running
 * campaign cancels them; a campaign lengthens the working day; seconded staff also carry the home work
 * that reached them today (home-work.ts: the double load). Sets today's rest hours and clears sick hours, and books
 * each unit's capacity, rest hours and working staff.
 */
export const schedule: Phase<ModelState> = {
  name: 'schedule',
  run(st, day) {
    const contracted = st.scenario.staff.hoursPerDay;
    const hours = st.plan.hours[day];
    const resting = st.plan.resting[day] === 1;

    // Only the hours this phase and sickness set are cleared here. The other hours by use are written
    // for every person, 0 for those not working, by the phase that sets them (day-split, shirking,
    // booking): clearing nine arrays a day only to overwrite them was a pass over memory per array.
    st.hSick.fill(0);
    const { status, scheduled, cap, hRest, homeHours, rec, hq, runs, runStart, runUnit } = st;
    if (resting) {
      status.fill(STATUS.resting);
      scheduled.fill(0);
      cap.fill(contracted);
      hRest.fill(contracted);
      for (let r = 0; r < runs; r++) {
        const row = runUnit[r] * NUM_METRICS;
        const hoursOfRun = contracted * (runStart[r + 1] - runStart[r]);
        rec[row + CAPACITY] += hoursOfRun;
        rec[row + REST] += hoursOfRun;
      }
    } else {
      hRest.fill(0);
      status.fill(STATUS.working);
      for (let r = 0; r < runs; r++) {
        const u = runUnit[r];
        const from = runStart[r], to = runStart[r + 1];
        const row = u * NUM_METRICS;
        // Working-staff counts per unit are needed by coordination and meetings before the tally.
        rec[row + WORKING] += to - from;
        if (u === hq) {
          let sum = 0;
          for (let i = from; i < to; i++) {
            const h = hours + homeHours[i];
            scheduled[i] = h;
            cap[i] = h;
            sum += h;
          }
          rec[row + CAPACITY] += sum;
        } else {
          scheduled.fill(hours, from, to);
          cap.fill(hours, from, to);
          rec[row + CAPACITY] += hours * (to - from);
        }
      }
    }
    st.meetingDemand.fill(0);
    st.mustOutput.fill(0);
  },
};
