import type { Phase } from '../engine/loop.js';
import type { Stream } from '../engine/rng.js';
import { logistic } from '../engine/tables.js';
import { dayOutput, FATIGUE_STEPS, productivityTable } from './productivity.js';
import { M, NUM_METRICS } from './record.js';
import { STATUS, type ModelState } from './state.js';

/**
 * The working day, person by person. Four mechanisms act on each person at work, in this order:
 *
 * 1. **The day split.** Reporting hours first (work diaries), then the person's part of the unit's
 *    meetings (spread over its working staff), and what is left for queue work in two blocks: the
 *    contracted block (up to the contracted day) and the overtime block (hours beyond the contracted
 *    day, and every hour of a rest day or holiday a campaign has cancelled: case A banned *holiday*
 *    overtime pay, so those hours are overtime too).
 * 2. **Shirking.** Each working person chooses what share of each block to shirk. For each block the
 *    felt gain of shirking an hour is
 *      effort cost x (1 + fatigueCost x fatigue) - value of the hour - expected penalty of the hour,
 *    where an ordinary hour's value is regular pay and career plus motivation, and an overtime hour's
 *    is overtime pay (if paid) plus motivation. The expected penalty follows the law the checks apply
 *    (4.): a check finds a person away with chance shirked / scheduled hours, so one more shirked hour
 *    adds perceived check chance x penalty per catch / scheduled hours. The share shirked is a
 *    logistic in that gain, capped. A seconded person's home work is shirked in the same proportion.
 * 3. **Output.** The hours the person means to work turn into output (fresh-work hours) by the day's
 *    length (one for one up to the knee, then less: productivity.ts), skill, fatigue and errors, pooled
 *    by unit, a seconded person's home work by home department. The work phase (work.ts) then splits
 *    each pool over the unit's queues.
 * 4. **Spot checks.** Each working person faces an unannounced check with the day's rate (the
 *    campaign's while one runs); a check catches a shirker with the chance that they were away at that
 *    moment (the shirked share of their day); a person caught believes the rate to be at least
 *    `caughtBelief`. What the checks teach everyone in the unit is learnt at the end of the day
 *    (end-of-day.ts). With inspections off the rate is 0: no checks.
 *
 * Why one pass applies all four: applied each to everyone in turn (four phases until issue 24), they
 * read and wrote each person's numbers four times and took about 1.4 times as long (50 against 36 ms
 * a run of the benchmark county, Node 24). Written as a rule object per mechanism that this loop
 * calls, they took 1.8 times as long: V8 inlines only so much bytecode into one loop, and reads each
 * rule's arrays through its object on every call.
 *
 * Each unit's reporting, meeting and shirked hours, and its checks and catches, are booked into its row.
 */
export function makeWorkingDay(st: ModelState): WorkingDay {
  return new WorkingDay(st);
}

/** Working people passed over before the next check: geometric, from one uniform. */
export function checkGap(rng: Stream, rate: number, logMiss: number): number {
  return rate <= 0 ? Infinity : rate >= 1 ? 0 : Math.floor(Math.log(1 - rng.next()) / logMiss);
}

/** A class so that `run` is one function for every run, its optimized code kept (see work.ts). */
export class WorkingDay implements Phase<ModelState> {
  readonly name = 'working-day';
  /** Today's output per unit, and per department of its seconded staff's home work: what the work phase splits. */
  readonly unitOutput: Float64Array;
  readonly homeOutput: Float64Array;
  /** Output per hour by fatigue (productivity.ts). */
  private readonly perHour: Float64Array;

  constructor(st: ModelState) {
    this.unitOutput = new Float64Array(st.U);
    this.homeOutput = new Float64Array(st.D);
    this.perHour = productivityTable(st.scenario.staff.productivity);
  }

  run(st: ModelState, day: number): void {
    const { unitOutput, homeOutput, perHour } = this;
    unitOutput.fill(0);
    homeOutput.fill(0);
    const s = st.scenario;
    // 1. The day split.
    const contracted = st.cal.restDay[day] === 1 ? 0 : s.staff.hoursPerDay;
    const reporting = st.plan.reportingHours[day];
    // 2. Shirking.
    const shirkingOn = s.mechanisms.shirking;
    const { effortCost, fatigueCost, motivationValue, regularValue, noise, maxShare } = s.staff.shirking;
    const overtimePay = st.plan.overtimePay[day];
    const penalty = s.inspection.penalty;
    const perNoise = 1 / noise;
    // 3. Output.
    const { kneeHours, zeroHours, errorRate, errorRateAtFullFatigue } = s.staff.productivity;
    const reworkOn = s.mechanisms.rework, fatigueOn = s.mechanisms.fatigue;
    // 4. Spot checks: who is checked is each working person independently with chance `rate`. Rather
    // than a uniform per person, the number of working people passed over before the next check is
    // drawn (geometric), which gives the same law with one draw per check.
    const { catchSalience, caughtBelief } = s.inspection;
    const rate = st.plan.inspectionRate[day];
    const rng = st.streams.get('inspection');
    const logMiss = Math.log1p(-rate); // log1p: exact for the tiny rates that 1 - rate would round away
    let skip = checkGap(rng, rate, logMiss);
    const seen = st.checksSeen;
    seen.fill(0);

    const { status, scheduled, fatigue, risk, motivation, skill, home, homeHours, hReporting, hMeetings, hShirked, planned, leakPlanned, errorShare, rec, runs, runStart, runUnit } = st;
    if (st.plan.resting[day] === 1) {
      // Nobody is at work: every person's hours of the day split and shirking are 0.
      hReporting.fill(0);
      hMeetings.fill(0);
      hShirked.fill(0);
      planned.fill(0);
      leakPlanned.fill(0);
      return;
    }
    for (let r = 0; r < runs; r++) {
      const u = runUnit[r];
      const row = u * NUM_METRICS;
      const working = rec[row + M.staff_working];
      const meetEach = working > 0 ? st.meetingDemand[u] / working : 0;
      // A head who tolerates slack shields a share of the penalty (decisions.ts; 1 unless a head decided).
      const unitPenalty = penalty * st.penaltyShare[u];
      let reportingSum = 0, meetingSum = 0, shirkedSum = 0, output = 0;
      for (let i = runStart[r], end = runStart[r + 1]; i < end; i++) {
        // Written for everyone (schedule clears only its own hours): 0 for people not at work today.
        if (status[i] !== STATUS.working) {
          hReporting[i] = 0;
          hMeetings[i] = 0;
          hShirked[i] = 0;
          planned[i] = 0;
          leakPlanned[i] = 0;
          continue;
        }
        const sched = scheduled[i];
        const f = fatigue[i];

        // 1. The day split.
        const rep = reporting < sched ? reporting : sched;
        const meet = meetEach < sched - rep ? meetEach : sched - rep;
        const left = sched - rep - meet;
        const contractedLeft = contracted - rep - meet;
        const blockReg = contractedLeft <= 0 ? 0 : contractedLeft < left ? contractedLeft : left;
        const blockOt = left - blockReg;
        hReporting[i] = rep;
        hMeetings[i] = meet;
        reportingSum += rep;
        meetingSum += meet;

        // 2. Shirking.
        let shirkReg = 0;
        let shirkOt = 0;
        if (shirkingOn && sched > 0) {
          const cost = effortCost * (1 + fatigueCost * f);
          const expectedPenalty = (risk[i] * unitPenalty) / sched;
          const motive = motivationValue * motivation[i];
          const gReg = cost - regularValue - motive - expectedPenalty;
          shirkReg = blockReg * maxShare * logistic(gReg * perNoise);
          if (blockOt > 0) {
            const gOt = cost - overtimePay - motive - expectedPenalty;
            shirkOt = blockOt * maxShare * logistic(gOt * perNoise);
          }
        }
        const shirked = shirkReg + shirkOt;
        hShirked[i] = shirked;
        shirkedSum += shirked;
        const queueHours = blockReg + blockOt;
        const plan = queueHours - shirked;
        planned[i] = plan;
        // A seconded person's home work (home-work.ts; 0 for everyone else).
        const homeWork = homeHours[i];
        const leak = homeWork > 0 && queueHours > 0 ? (plan * (homeWork < queueHours ? homeWork : queueHours)) / queueHours : 0;
        leakPlanned[i] = leak;

        // 3. Output.
        const atWork = sched - shirked;
        const tired = fatigueOn ? f : 0;
        const lengthFactor = atWork > kneeHours ? dayOutput(atWork, kneeHours, zeroHours) / atWork : 1; // up to the knee, one for one
        const err = reworkOn ? errorRate + (errorRateAtFullFatigue - errorRate) * tired : 0;
        errorShare[i] = err;
        const net = lengthFactor * skill[i] * perHour[Math.round(tired * FATIGUE_STEPS)] * (1 - err);
        output += (plan - leak) * net;
        if (leak > 0) homeOutput[home[i]] += leak * net;

        // 4. Spot checks.
        if (skip === Infinity) continue;
        if (skip > 0) {
          skip--;
          continue;
        }
        skip = checkGap(rng, rate, logMiss);
        rec[row + M.inspections]++;
        seen[u]++;
        if (sched > 0 && rng.next() < shirked / sched) {
          rec[row + M.caught]++;
          seen[u] += catchSalience;
          if (risk[i] < caughtBelief) risk[i] = caughtBelief;
        }
      }
      rec[row + M.hours_shirked] += shirkedSum;
      unitOutput[u] += output;
      if (working === 0) continue;
      rec[row + M.hours_reporting] += reportingSum;
      rec[row + M.hours_meetings] += meetingSum;
    }
  }
}
