import type { Phase } from '../engine/loop.js';
import { logistic } from '../engine/tables.js';
import { M, NUM_METRICS } from './record.js';
import { STATUS, type ModelState } from './state.js';

/**
 * Effort and shirking. Each working person splits the day into reporting, meetings and queue work,
 * then chooses what share of each block of hours to shirk: the contracted block and the overtime
 * block (hours beyond the contracted day, and rest-day hours). For each block the felt gain of
 * shirking an hour is
 *   effort cost x (1 + fatigueCost x fatigue) - value of the hour - perceived check chance x penalty,
 * where an ordinary hour's value is regular pay and career plus motivation, and an overtime hour's is
 * overtime pay (if paid) plus motivation. The share shirked is a logistic in that gain, capped.
 */
export const shirking: Phase<ModelState> = {
  name: 'shirking',
  run(st) {
    const s = st.scenario;
    const c = st.campaign;
    const on = s.mechanisms.shirking;
    const { effortCost, fatigueCost, motivationValue, regularValue, noise, maxShare } = s.staff.shirking;
    const otPay = c && !c.overtimePaid ? 0 : s.pay.overtimeRate;
    const penalty = s.inspection.penalty;
    const contracted = s.staff.hoursPerDay;
    const reporting = c ? c.reportingHours : 0;
    const leakHours = c && s.mechanisms.secondment ? c.secondment.homeLeakShare * contracted : 0;
    const rec = st.rec;
    const perNoise = 1 / noise;
    const { hq, status, scheduled, fatigue, risk, motivation, hReporting, hMeetings, hShirked, planned, leakPlanned, runs, runStart, runUnit } = st;
    for (let r = 0; r < runs; r++) {
      const u = runUnit[r];
      const row = u * NUM_METRICS;
      const working = rec[row + M.staff_working];
      if (working === 0) continue;
      const meetEach = st.meetingDemand[u] / working;
      let reportingSum = 0, meetingSum = 0, shirkedSum = 0;
      for (let i = runStart[r], end = runStart[r + 1]; i < end; i++) {
        if (status[i] !== STATUS.working) continue;
        const sched = scheduled[i];
        const rep = reporting < sched ? reporting : sched;
        let meet = meetEach;
        if (meet > sched - rep) meet = sched - rep;
        const w0 = sched - rep - meet;
        const contractedLeft = contracted - rep - meet;
        const blockReg = contractedLeft <= 0 ? 0 : contractedLeft < w0 ? contractedLeft : w0;
        const blockOt = w0 - blockReg;
        let shirkReg = 0;
        let shirkOt = 0;
        if (on) {
          const cost = effortCost * (1 + fatigueCost * fatigue[i]);
          const expectedPenalty = risk[i] * penalty;
          const motive = motivationValue * motivation[i];
          const gReg = cost - regularValue - motive - expectedPenalty;
          shirkReg = blockReg * maxShare * logistic(gReg * perNoise);
          if (blockOt > 0) {
            const gOt = cost - otPay - motive - expectedPenalty;
            shirkOt = blockOt * maxShare * logistic(gOt * perNoise);
          }
        }
        const shirked = shirkReg + shirkOt;
        hReporting[i] = rep;
        hMeetings[i] = meet;
        hShirked[i] = shirked;
        reportingSum += rep;
        meetingSum += meet;
        shirkedSum += shirked;
        const plan = w0 - shirked;
        planned[i] = plan;
        // A seconded person's home core work is a fixed slice of the day; it is shirked like the rest.
        leakPlanned[i] = u === hq && sched > 0 ? (plan * leakHours) / sched : 0;
      }
      rec[row + M.hours_reporting] += reportingSum;
      rec[row + M.hours_meetings] += meetingSum;
      rec[row + M.hours_shirked] += shirkedSum;
    }
  },
};
