import type { Phase } from '../engine/loop.js';
import { logistic } from '../engine/tables.js';
import { M, NUM_METRICS } from './record.js';
import { STATUS, type ModelState } from './state.js';

/**
 * Effort and shirking. Each working person chooses what share of each block of queue hours (set by
 * the day split: contracted and overtime) to shirk. For each block the felt gain of shirking an hour is
 *   effort cost x (1 + fatigueCost x fatigue) - value of the hour - expected penalty of the hour,
 * where an ordinary hour's value is regular pay and career plus motivation, and an overtime hour's is
 * overtime pay (if paid) plus motivation. The expected penalty follows the law the inspections apply
 * (inspection.ts): a check finds a person away with chance shirked / scheduled hours, so one more
 * shirked hour adds perceived check chance x penalty per catch / scheduled hours. The share shirked is
 * a logistic in that gain, capped.
 */
export const shirking: Phase<ModelState> = {
  name: 'shirking',
  run(st, day) {
    const s = st.scenario;
    const on = s.mechanisms.shirking;
    const { effortCost, fatigueCost, motivationValue, regularValue, noise, maxShare } = s.staff.shirking;
    const otPay = st.plan.overtimePay[day];
    const penalty = s.inspection.penalty;
    const rec = st.rec;
    const perNoise = 1 / noise;
    const { status, scheduled, fatigue, risk, motivation, blockContracted, blockOvertime, hShirked, planned, leakPlanned, homeHours, runs, runStart, runUnit } = st;
    for (let r = 0; r < runs; r++) {
      const u = runUnit[r];
      // A head who tolerates slack shields a share of the penalty (decisions.ts; 1 unless a head decided).
      const unitPenalty = penalty * st.penaltyShare[u];
      let shirkedSum = 0;
      for (let i = runStart[r], end = runStart[r + 1]; i < end; i++) {
        // Written for everyone (schedule no longer clears these): 0 for people not working today.
        if (status[i] !== STATUS.working) {
          hShirked[i] = 0;
          planned[i] = 0;
          leakPlanned[i] = 0;
          continue;
        }
        const sched = scheduled[i];
        const blockReg = blockContracted[i];
        const blockOt = blockOvertime[i];
        let shirkReg = 0;
        let shirkOt = 0;
        if (on && sched > 0) {
          const cost = effortCost * (1 + fatigueCost * fatigue[i]);
          const expectedPenalty = (risk[i] * unitPenalty) / sched;
          const motive = motivationValue * motivation[i];
          const gReg = cost - regularValue - motive - expectedPenalty;
          shirkReg = blockReg * maxShare * logistic(gReg * perNoise);
          if (blockOt > 0) {
            const gOt = cost - otPay - motive - expectedPenalty;
            shirkOt = blockOt * maxShare * logistic(gOt * perNoise);
          }
        }
        const shirked = shirkReg + shirkOt;
        hShirked[i] = shirked;
        shirkedSum += shirked;
        const queueHours = blockReg + blockOt;
        const plan = queueHours - shirked;
        planned[i] = plan;
        // A seconded person's home work (home-work.ts; 0 for everyone else) is shirked in the same
        // proportion as the rest.
        const home = homeHours[i];
        leakPlanned[i] = home > 0 && queueHours > 0 ? (plan * (home < queueHours ? home : queueHours)) / queueHours : 0;
      }
      rec[u * NUM_METRICS + M.hours_shirked] += shirkedSum;
    }
  },
};
