import { RESTING, SICK, WORKING, type County } from './county.js';
import { COL, WIDTH } from './figures.js';
import { STREAM, type Stream } from './interface.js';
import { FATIGUE_STEPS, lengthFactor, outputPerHour, sCurve } from './tables.js';

const { staff_working: C_WORKING, hours_capacity: C_CAPACITY, hours_rest: C_REST, hours_sick: C_SICK, hours_reporting: C_REPORTING, hours_shirked: C_SHIRKED, inspections: C_CHECKS, caught: C_CAUGHT } = COL;

/** People passed over before the next spot check (geometric, from one uniform); Infinity: no checks. */
function gapToCheck(stream: Stream, chance: number, logMiss: number): number {
  if (chance <= 0) return Infinity;
  if (chance >= 1) return 0;
  return Math.floor(Math.log(1 - stream.next()) / logMiss);
}

/**
 * The morning pass, person by person: who works and how long (rest days, sick days, a seconded
 * person's home work on top), the split of the day (reports first, then the contracted block and the
 * overtime block), the hours each chooses to shirk, the output of the hours they mean to work, and
 * the spot checks. The units' rows get capacity, rest, reporting and shirked hours run by run, and the
 * sick days' corrections after every run (where the model books them).
 */
export class Morning {
  private readonly sickList: Int32Array;
  private readonly homeHours: Float64Array;
  private readonly perHour: Float64Array;
  private readonly sickness: Stream;
  private readonly checks: Stream;

  constructor(private readonly c: County) {
    this.sickList = new Int32Array(c.people.n);
    this.homeHours = new Float64Array(c.people.departments);
    this.perHour = outputPerHour(c.s.staff.productivity.fatigueLoss);
    this.sickness = c.streams.get(STREAM.sickness);
    this.checks = c.streams.get(STREAM.inspection);
  }

  /**
   * Per department, the home work reaching each of its seconded people today: a per-head share of
   * the home pile's open hours, up to a share of the contracted day (read before today's arrivals).
   */
  homeWork(day: number): void {
    const { c, homeHours } = this;
    const ci = c.days.campaign[day];
    const most = ci >= 0 && c.s.mechanisms.secondment && c.people.hq >= 0 ? c.s.campaigns[ci].secondment.homeLeakShare * c.s.staff.hoursPerDay : 0;
    for (let d = 0; d < homeHours.length; d++) {
      const perHead = c.piles[d * 2].hours / c.people.headcount[d];
      homeHours[d] = most <= 0 ? 0 : perHead < most ? perHead : most;
    }
  }

  run(day: number): void {
    const { c, sickList, homeHours, perHour, sickness, checks } = this;
    const s = c.s;
    const { rows, status, scheduled, shirked, planned, homePlanned, faulty, fatigue, motivation, risk, seen, output, homeOutput } = c;
    const { home, skill, runs, runStart, runUnit, hq } = c.people;
    const days = c.days;
    const contractedDay = s.staff.hoursPerDay;
    const hours = days.hours[day];
    const nobodyWorks = days.nobodyWorks[day] === 1;
    const contracted = days.rest[day] === 1 ? 0 : contractedDay;
    const reporting = days.reporting[day];
    const overtimeWorth = days.overtimeWorth[day];
    const mech = s.mechanisms;
    const { threshold, maxDailyChance } = s.staff.sickness;
    const sicknessOn = mech.sickness && maxDailyChance > 0 && threshold < 1;
    const shirkingOn = mech.shirking;
    const { effortCost, fatigueCost, motivationValue, regularValue, noise, maxShare } = s.staff.shirking;
    const perNoise = 1 / noise;
    const penalty = s.inspection.penalty;
    const { catchSalience, caughtBelief } = s.inspection;
    const { kneeHours, zeroHours, errorRate, errorRateAtFullFatigue } = s.staff.productivity;
    const fatigueOn = mech.fatigue;
    const reworkOn = mech.rework;
    const chance = days.checkChance[day];
    const logMiss = Math.log1p(-chance);
    let gap = gapToCheck(checks, chance, logMiss);
    seen.fill(0);
    output.fill(0);
    homeOutput.fill(0);
    let sickCount = 0;
    for (let r = 0; r < runs; r++) {
      const u = runUnit[r];
      const row = u * WIDTH;
      const from = runStart[r], to = runStart[r + 1];
      const n = to - from;
      if (nobodyWorks) {
        status.fill(RESTING, from, to);
        const restHours = contractedDay * n;
        rows[row + C_CAPACITY] += restHours;
        rows[row + C_REST] += restHours;
        continue;
      }
      const atHq = u === hq;
      let capacity = 0, reportingSum = 0, shirkedSum = 0, out = 0;
      for (let i = from; i < to; i++) {
        const homeH = atHq ? homeHours[home[i]] : 0;
        const h = atHq ? hours + homeH : hours;
        capacity += h;
        scheduled[i] = h;
        const f = fatigue[i];
        if (sicknessOn && f > threshold && sickness.next() < (maxDailyChance * (f - threshold)) / (1 - threshold)) {
          status[i] = SICK;
          sickList[sickCount++] = i;
          continue;
        }
        status[i] = WORKING;
        // Reports first, then the contracted block and the overtime block.
        const rep = reporting < h ? reporting : h;
        const left = h - rep;
        const contractedLeft = contracted - rep;
        const regularBlock = contractedLeft <= 0 ? 0 : contractedLeft < left ? contractedLeft : left;
        const overtimeBlock = left - regularBlock;
        reportingSum += rep;
        // Each block's shirked share: a logistic in the felt gain of shirking an hour of it.
        let away = 0;
        if (shirkingOn && h > 0) {
          const cost = effortCost * (1 + fatigueCost * f);
          const expectedPenalty = (risk[i] * penalty) / h;
          const motive = motivationValue * motivation[i];
          away = regularBlock * maxShare * sCurve((cost - regularValue - motive - expectedPenalty) * perNoise);
          if (overtimeBlock > 0) away += overtimeBlock * maxShare * sCurve((cost - overtimeWorth - motive - expectedPenalty) * perNoise);
        }
        shirked[i] = away;
        shirkedSum += away;
        const pileHours = regularBlock + overtimeBlock;
        const plan = pileHours - away;
        planned[i] = plan;
        const homePlan = homeH > 0 && pileHours > 0 ? (plan * (homeH < pileHours ? homeH : pileHours)) / pileHours : 0;
        homePlanned[i] = homePlan;
        // Output: the day's length, skill, fatigue and faults.
        const ff = fatigueOn ? f : 0;
        const atWork = h - away;
        const fault = reworkOn ? errorRate + (errorRateAtFullFatigue - errorRate) * ff : 0;
        faulty[i] = fault;
        const net = (atWork > kneeHours ? lengthFactor(atWork, kneeHours, zeroHours) : 1) * skill[i] * perHour[Math.round(ff * FATIGUE_STEPS)] * (1 - fault);
        out += (plan - homePlan) * net;
        if (homePlan > 0) homeOutput[home[i]] += homePlan * net;
        // Spot checks: a check finds a shirker away with the shirked share of their day.
        if (gap !== Infinity) {
          if (gap > 0) gap--;
          else {
            gap = gapToCheck(checks, chance, logMiss);
            rows[row + C_CHECKS]++;
            seen[u]++;
            if (h > 0 && checks.next() < away / h) {
              rows[row + C_CAUGHT]++;
              seen[u] += catchSalience;
              if (risk[i] < caughtBelief) risk[i] = caughtBelief;
            }
          }
        }
      }
      rows[row + C_WORKING] += n;
      rows[row + C_CAPACITY] += atHq ? capacity : hours * n;
      rows[row + C_REPORTING] += reportingSum;
      rows[row + C_SHIRKED] += shirkedSum;
      output[u] += out;
    }
    // A sick day books the contracted day in place of the scheduled one.
    for (let k = 0; k < sickCount; k++) {
      const i = sickList[k];
      const row = c.people.unit[i] * WIDTH;
      rows[row + C_WORKING]--;
      rows[row + C_CAPACITY] += contractedDay - scheduled[i];
      rows[row + C_SICK] += contractedDay;
    }
  }
}
