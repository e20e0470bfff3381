import type { Phase } from '../engine/loop.js';
import { M, NUM_METRICS } from './record.js';
import { STATUS, type ModelState } from './state.js';

/**
 * Calendar: who works today and for how long. Rest days are weekends and holidays unless the running
 * campaign cancels them; a campaign lengthens the working day; seconded staff also carry home core
 * work on top (double load). Clears today's per-person hours.
 */
export const schedule: Phase<ModelState> = {
  name: 'schedule',
  run(st, day) {
    const c = st.campaign;
    const contracted = st.scenario.staff.hoursPerDay;
    const calendarRest = st.cal.restDay[day] === 1;
    let hours = contracted;
    if (c) hours = calendarRest ? c.restDayHours : c.hoursPerDay;
    const resting = hours <= 0 || (calendarRest && !(c && c.cancelRestDays));
    const leak = c && st.scenario.mechanisms.secondment ? c.secondment.homeLeakShare * contracted : 0;

    for (const a of [st.hRegular, st.hCampaign, st.hShared, st.hReporting, st.hMeetings, st.hShirked, st.hIdle, st.hRest, st.hSick, st.planned, st.leakPlanned]) {
      a.fill(0);
    }
    const { status, scheduled, cap, hRest, unit, rec, N, hq } = st;
    if (resting) {
      status.fill(STATUS.resting);
      scheduled.fill(0);
      cap.fill(contracted);
      hRest.fill(contracted);
    } else {
      status.fill(STATUS.working);
      for (let i = 0; i < N; i++) {
        const u = unit[i];
        const h = u === hq ? hours + leak : hours;
        scheduled[i] = h;
        cap[i] = h;
        // Working-staff counts per unit, needed by coordination and meetings before the tally.
        rec[u * NUM_METRICS + M.staff_working]++;
      }
    }
    st.meetingDemand.fill(0);
    st.mustOutput.fill(0);
  },
};
