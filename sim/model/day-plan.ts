import { WEEKDAYS, type Calendar } from '../engine/calendar.js';
import type { Scenario } from '../scenario/schema/index.js';

/**
 * The campaign's day-level settings for every day of the horizon, built once per run: what a working
 * day is, whether it is a rest day, its reporting hours, the pay of an overtime hour, the chance of a
 * spot check and the share of output owed to campaign tasks. Outside campaigns they hold the ordinary
 * values.
 *
 * Why a table: the phases that loop over every person read these once a day. Read from the running
 * campaign (null until the first one starts), each read had no history until the campaign's first
 * day, and V8 threw away the optimised phase there and compiled it again (issue 15: with the
 * branch-free updates in fatigue, motivation, booking and tally, the benchmark county's first
 * campaign day went from 19 such deoptimisations to 8). Read from a table, they are the same reads
 * on every day.
 */
export class DayPlan {
  /** Scheduled hours of a person at work (before a seconded person's home work). */
  readonly hours: Float64Array;
  /** 1 where nobody works: a rest day the campaign does not cancel, or a day of no hours. */
  readonly resting: Uint8Array;
  /** Hours of daily reports and diaries for each person at work. */
  readonly reportingHours: Float64Array;
  /** Value of an overtime hour to the person (0 when the campaign does not pay overtime). */
  readonly overtimePay: Float64Array;
  /** Chance that a person at work is spot-checked (0 with inspections off). */
  readonly inspectionRate: Float64Array;
  /** Share of a department's output owed to campaign tasks first (more on village days; allocation.ts). */
  readonly campaignShare: Float64Array;

  constructor(scenario: Scenario, cal: Calendar, campaignOfDay: Int16Array) {
    const days = cal.days;
    this.hours = new Float64Array(days);
    this.resting = new Uint8Array(days);
    this.reportingHours = new Float64Array(days);
    this.overtimePay = new Float64Array(days);
    this.inspectionRate = new Float64Array(days);
    this.campaignShare = new Float64Array(days);
    const contracted = scenario.staff.hoursPerDay;
    for (let d = 0; d < days; d++) {
      const ci = campaignOfDay[d];
      const c = ci >= 0 ? scenario.campaigns[ci] : null;
      const calendarRest = cal.restDay[d] === 1;
      const hours = c ? (calendarRest ? c.restDayHours : c.hoursPerDay) : contracted;
      this.hours[d] = hours;
      this.resting[d] = hours <= 0 || (calendarRest && !(c && c.cancelRestDays)) ? 1 : 0;
      this.reportingHours[d] = c ? c.reportingHours : 0;
      this.overtimePay[d] = c && !c.overtimePaid ? 0 : scenario.pay.overtimeRate;
      this.inspectionRate[d] = !scenario.mechanisms.inspection ? 0 : c ? c.inspectionRate : scenario.inspection.rate;
      const villageDay = c !== null && c.villageDays.includes(WEEKDAYS[cal.weekday[d]]);
      this.campaignShare[d] = !c ? 0 : villageDay ? Math.max(c.villageDayShare, c.minEffortShare) : c.minEffortShare;
    }
  }
}
