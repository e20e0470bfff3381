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

    for (let i = 0; i < st.N; i++) {
      st.hRegular[i] = st.hCampaign[i] = st.hShared[i] = st.hReporting[i] = st.hMeetings[i] = 0;
      st.hShirked[i] = st.hIdle[i] = st.hRest[i] = st.hSick[i] = 0;
      st.planned[i] = st.leakPlanned[i] = st.shirkedOvertime[i] = 0;
      if (resting) {
        st.status[i] = STATUS.resting;
        st.scheduled[i] = 0;
        st.cap[i] = contracted;
        st.hRest[i] = contracted;
      } else {
        st.status[i] = STATUS.working;
        const h = st.unit[i] === st.hq ? hours + leak : hours;
        st.scheduled[i] = h;
        st.cap[i] = h;
      }
    }
    // Working-staff counts per unit, needed by coordination and meetings before the tally.
    for (let i = 0; i < st.N; i++) {
      if (st.status[i] === STATUS.working) st.rec[st.unit[i] * NUM_METRICS + M.staff_working]++;
    }
    st.meetingDemand.fill(0);
    st.mustOutput.fill(0);
  },
};
