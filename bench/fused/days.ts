import type { Scenario } from './interface.js';

const DAY_MS = 86_400_000;
const WEEKDAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const dayOf = (startMs: number, iso: string) => Math.round((Date.parse(`${iso}T00:00:00Z`) - startMs) / DAY_MS);

/**
 * What each day of the horizon is: a rest day or not, the campaign running, and the settings the
 * people's passes read once a day (hours demanded, reporting, the worth of an overtime hour, the
 * chance of a spot check, the share owed to campaign work). Days are counted in UTC, so no machine's
 * time zone shifts one.
 */
export class Days {
  readonly count: number;
  /** 1 on a weekly rest day or public holiday. */
  readonly rest: Uint8Array;
  /** Index of the campaign running, or -1. */
  readonly campaign: Int16Array;
  /** Hours demanded of a person at work (before a seconded person's home work). */
  readonly hours: Float64Array;
  /** 1 when nobody works: a rest day the campaign keeps, or a day of no hours. */
  readonly nobodyWorks: Uint8Array;
  readonly reporting: Float64Array;
  readonly overtimeWorth: Float64Array;
  readonly checkChance: Float64Array;
  readonly campaignShare: Float64Array;

  constructor(s: Scenario) {
    const n = s.calendar.days;
    const startMs = Date.parse(`${s.calendar.start}T00:00:00Z`);
    this.count = n;
    this.rest = new Uint8Array(n);
    this.campaign = new Int16Array(n).fill(-1);
    this.hours = new Float64Array(n);
    this.nobodyWorks = new Uint8Array(n);
    this.reporting = new Float64Array(n);
    this.overtimeWorth = new Float64Array(n);
    this.checkChance = new Float64Array(n);
    this.campaignShare = new Float64Array(n);
    const weekday = new Uint8Array(n);
    const weekend = new Set(s.calendar.weekend.map((w) => WEEKDAY_NAMES.indexOf(w)));
    for (let d = 0; d < n; d++) {
      weekday[d] = (new Date(startMs + d * DAY_MS).getUTCDay() + 6) % 7;
      if (weekend.has(weekday[d])) this.rest[d] = 1;
    }
    for (const h of s.calendar.holidays) {
      const d = dayOf(startMs, h);
      if (d >= 0 && d < n) this.rest[d] = 1;
    }
    s.campaigns.forEach((c, ci) => {
      const from = dayOf(startMs, c.start);
      for (let d = Math.max(0, from); d < Math.min(n, from + c.days); d++) this.campaign[d] = ci;
    });
    for (let d = 0; d < n; d++) {
      const c = this.campaign[d] >= 0 ? s.campaigns[this.campaign[d]] : null;
      const rest = this.rest[d] === 1;
      const hours = !c ? s.staff.hoursPerDay : rest ? c.restDayHours : c.hoursPerDay;
      this.hours[d] = hours;
      this.nobodyWorks[d] = hours <= 0 || (rest && !c?.cancelRestDays) ? 1 : 0;
      this.reporting[d] = c ? c.reportingHours : 0;
      this.overtimeWorth[d] = c && !c.overtimePaid ? 0 : s.pay.overtimeRate;
      this.checkChance[d] = !s.mechanisms.inspection ? 0 : c ? c.inspectionRate : s.inspection.rate;
      const village = c !== null && c.villageDays.includes(WEEKDAY_NAMES[weekday[d]] as (typeof c.villageDays)[number]);
      this.campaignShare[d] = !c ? 0 : village ? Math.max(c.villageDayShare, c.minEffortShare) : c.minEffortShare;
    }
  }

  /** Whether `day` is a campaign's first day (or the first day after one). */
  turns(day: number): boolean {
    return this.campaign[day] !== (day > 0 ? this.campaign[day - 1] : -1);
  }

  /** Whether a campaign ends with `day` (one the horizon cuts short has not ended). */
  endsCampaign(day: number): boolean {
    const c = this.campaign[day];
    return c >= 0 && day + 1 < this.count && this.campaign[day + 1] !== c;
  }
}
