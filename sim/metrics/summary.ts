import { M, NUM_METRICS, type ModelState } from '../model/index.js';
import type { Window } from './windows.js';

/**
 * Figures for one unit (or the county) over one window. Counts per week are per staff member on the
 * establishment (departments) or per person sitting there (the headquarters); hours per week are per
 * person sitting in the unit, and the hours by use add up to the whole week of each person:
 * duties + reporting + meetings + shirked + idle = scheduled working hours; plus rest and sick hours
 * (the contracted day on rest and sick days).
 */
export interface WindowStats {
  days: number;
  staff: number;
  regular_arrived: number;
  regular_done: number;
  regular_done_per_staff_week: number;
  /** Regular items dropped undone, `lapseDays` past their deadline. */
  regular_lapsed: number;
  regular_lead_days_mean: number | null;
  regular_late_share: number | null;
  regular_backlog_end: number;
  regular_backlog_hours_end: number;
  /** Campaign items done and kept (net of those a reversal threw away). */
  campaign_done: number;
  campaign_discarded: number;
  campaign_reissued: number;
  campaign_expired: number;
  output_hours_per_staff_week: number;
  /** Hours scheduled on working days (the day a person is asked to work, sick days excluded). */
  scheduled_hours_per_staff_week: number;
  /** Queue work: regular, campaign and shared duties. */
  duty_hours_per_staff_week: number;
  reporting_hours_per_staff_week: number;
  meeting_hours_per_staff_week: number;
  /** Duties, reporting and meetings: hours actually at work. */
  worked_hours_per_staff_week: number;
  shirked_hours_per_staff_week: number;
  idle_hours_per_staff_week: number;
  rest_hours_per_staff_week: number;
  sick_hours_per_staff_week: number;
  /** Duty hours over scheduled working hours: the load of the day (the rest is reports, meetings, shirked and idle). */
  duty_share_of_scheduled_hours: number | null;
  /** Shirked share of scheduled working hours (idle included), so it does not move with workload alone. */
  shirk_rate: number | null;
  /** Campaign hours over duty hours; for the county, over departments only (the headquarters does nothing else). */
  campaign_share_of_duty_hours: number | null;
  fatigue_mean: number;
  fatigue_p90_mean: number;
  fatigue_p90_max: number;
  sick_staff_days: number;
  inspections: number;
  caught: number;
  reversals: number;
  wasted_hours: number;
  rework_hours: number;
  /** Shared work (coordination, cases B-E). Work with no owner yet is on the county row only. */
  shared_arrived: number;
  shared_done: number;
  shared_lead_days_mean: number | null;
  /** Mean days a shared task waited for an owner, over tasks taken on in the window. */
  shared_wait_days_mean: number | null;
  shared_passes: number;
  shared_escalations: number;
  whistles: number;
  response_breaches: number;
  meeting_hours: number;
}

/**
 * How the county gets over a campaign, watched from its last day until the next campaign starts or
 * the horizon ends (whichever comes first), never into the next campaign: the excess it left over the
 * baseline mean (regular backlog hours; mean fatigue), and the days until 90% of it was gone.
 */
export interface Recovery {
  campaign: string;
  /** What ended the watch: the next campaign's id, or "horizon". */
  until: string;
  /** Days watched after the campaign's last day. */
  days_watched: number;
  /** Days until 90% of the extra regular backlog was gone; null: not within the days watched. */
  backlog_days: number | null;
  /** Days until 90% of the extra mean fatigue was gone; null: not within the days watched. */
  fatigue_days: number | null;
  /** Share of the extra backlog gone by the end of the watch (1 = all; below 0: it grew). Null when there was no excess. */
  backlog_cleared_share: number | null;
  fatigue_cleared_share: number | null;
}

export interface RunSummary {
  windows: { id: string; kind: Window['kind']; from: number; to: number; county: WindowStats; units: Record<string, WindowStats> }[];
  recovery: Recovery[];
}

const SUMS = [
  'arrived_regular', 'done_regular', 'lapsed_regular', 'lead_days_regular', 'late_regular', 'done_campaign', 'discarded_campaign',
  'reissued_campaign', 'expired_campaign', 'output_hours', 'hours_regular', 'hours_campaign', 'hours_shared', 'hours_reporting',
  'hours_meetings', 'hours_shirked', 'hours_idle', 'hours_rest', 'hours_sick', 'staff_sick', 'inspections', 'caught', 'reversals',
  'wasted_hours', 'hours_rework', 'fatigue_mean', 'fatigue_p90', 'staff',
  'arrived_shared', 'done_shared', 'lead_days_shared', 'shared_assigned', 'shared_wait_days',
  'shared_passes', 'shared_escalations', 'whistles', 'response_breaches',
] as const;
const NS = SUMS.length;
const IDX = SUMS.map((k) => M[k]);

/**
 * Accumulates the run summary day by day, keeping only running sums (memory does not grow with the
 * horizon, so a summary-only run of any length fits).
 */
export class SummaryCollector {
  private readonly rows: number;
  private readonly sums: Float64Array; // window x row x SUMS
  private readonly maxP90: Float64Array; // window x row
  private readonly endBacklog: Float64Array; // window x row x 2
  private baselineBacklog = 0;
  private baselineFatigue = 0;
  private baselineDays = 0;
  private readonly recovery: {
    campaign: string;
    /** Last day of the campaign, and the last day watched (the day before the next campaign, or the horizon's last). */
    end: number;
    watchEnd: number;
    until: string;
    backlogExcess: number;
    fatigueExcess: number;
    backlogLeft: number;
    fatigueLeft: number;
    backlog: number | null;
    fatigue: number | null;
  }[] = [];

  constructor(private readonly st: ModelState, private readonly windows: readonly Window[]) {
    this.rows = st.U + 1;
    this.sums = new Float64Array(windows.length * this.rows * NS);
    this.maxP90 = new Float64Array(windows.length * this.rows);
    this.endBacklog = new Float64Array(windows.length * this.rows * 2);
    const campaigns = windows.filter((w) => w.kind === 'campaign');
    campaigns.forEach((w, k) => {
      const next = campaigns[k + 1];
      this.recovery.push({
        campaign: w.id,
        end: w.to - 1,
        watchEnd: next ? next.from - 1 : st.days - 1,
        until: next ? next.id : 'horizon',
        backlogExcess: 0,
        fatigueExcess: 0,
        backlogLeft: 0,
        fatigueLeft: 0,
        backlog: null,
        fatigue: null,
      });
    });
  }

  onDay(day: number, rec: Float64Array): void {
    const R = this.rows;
    for (let w = 0; w < this.windows.length; w++) {
      const win = this.windows[w];
      if (day < win.from || day >= win.to) continue;
      for (let r = 0; r < R; r++) {
        const base = (w * R + r) * NS;
        const row = r * NUM_METRICS;
        for (let k = 0; k < NS; k++) this.sums[base + k] += rec[row + IDX[k]];
        const p = rec[row + M.fatigue_p90];
        if (p > this.maxP90[w * R + r]) this.maxP90[w * R + r] = p;
        if (day === win.to - 1) {
          this.endBacklog[(w * R + r) * 2] = rec[row + M.open_regular];
          this.endBacklog[(w * R + r) * 2 + 1] = rec[row + M.backlog_hours_regular];
        }
      }
      if (win.kind === 'baseline') {
        const T = this.st.total * NUM_METRICS;
        this.baselineBacklog += rec[T + M.backlog_hours_regular];
        this.baselineFatigue += rec[T + M.fatigue_mean];
        this.baselineDays++;
      }
    }
    if (this.baselineDays === 0) return;
    const T = this.st.total * NUM_METRICS;
    const backlog = rec[T + M.backlog_hours_regular] - this.baselineBacklog / this.baselineDays;
    const fatigue = rec[T + M.fatigue_mean] - this.baselineFatigue / this.baselineDays;
    for (const r of this.recovery) {
      if (day < r.end || day > r.watchEnd) continue;
      if (day === r.end) {
        r.backlogExcess = backlog;
        r.fatigueExcess = fatigue;
      }
      const since = day - r.end;
      r.backlogLeft = backlog;
      r.fatigueLeft = fatigue;
      if (r.backlog === null && backlog <= 0.1 * Math.max(0, r.backlogExcess)) r.backlog = since;
      if (r.fatigue === null && fatigue <= 0.1 * Math.max(0, r.fatigueExcess)) r.fatigue = since;
    }
  }

  finish(): RunSummary {
    const R = this.rows;
    const ids = [...this.st.unitIds, 'county'];
    const headcount = (r: number) => (r < this.st.D ? this.st.headcount[r] : r === this.st.total ? this.st.N : 0);
    const windows = this.windows.map((win, w) => {
      const stats = (r: number): WindowStats => {
        const base = (w * R + r) * NS;
        const g = (k: (typeof SUMS)[number]) => this.sums[base + SUMS.indexOf(k)];
        const days = win.to - win.from;
        const staffMean = g('staff') / days;
        // Departments are measured per establishment post; the headquarters per person sitting there.
        const perStaff = headcount(r) > 0 ? headcount(r) : staffMean;
        const weeks = days / 7;
        const perWeek = (x: number) => (perStaff > 0 ? x / perStaff / weeks : 0);
        const duties = g('hours_regular') + g('hours_campaign') + g('hours_shared');
        const worked = duties + g('hours_reporting') + g('hours_meetings');
        const shirked = g('hours_shirked');
        const scheduled = worked + shirked + g('hours_idle');
        const done = g('done_regular');
        const hoursPerWeek = (x: number) => (staffMean > 0 ? x / staffMean / weeks : 0);
        let campaignHours = g('hours_campaign'), dutyHours = duties;
        if (r === this.st.total && this.st.hq >= 0) {
          // The county's share is over departments: the headquarters does nothing but campaign work.
          const hq = (w * R + this.st.hq) * NS;
          const at = (k: (typeof SUMS)[number]) => this.sums[hq + SUMS.indexOf(k)];
          campaignHours -= at('hours_campaign');
          dutyHours -= at('hours_regular') + at('hours_campaign') + at('hours_shared');
        }
        return {
          days,
          staff: staffMean,
          regular_arrived: g('arrived_regular'),
          regular_done: done,
          regular_done_per_staff_week: perWeek(done),
          regular_lapsed: g('lapsed_regular'),
          regular_lead_days_mean: done > 0 ? g('lead_days_regular') / done : null,
          regular_late_share: done > 0 ? g('late_regular') / done : null,
          regular_backlog_end: this.endBacklog[(w * R + r) * 2],
          regular_backlog_hours_end: this.endBacklog[(w * R + r) * 2 + 1],
          campaign_done: g('done_campaign') - g('discarded_campaign'),
          campaign_discarded: g('discarded_campaign'),
          campaign_reissued: g('reissued_campaign'),
          campaign_expired: g('expired_campaign'),
          output_hours_per_staff_week: perWeek(g('output_hours')),
          scheduled_hours_per_staff_week: hoursPerWeek(scheduled),
          duty_hours_per_staff_week: hoursPerWeek(duties),
          reporting_hours_per_staff_week: hoursPerWeek(g('hours_reporting')),
          meeting_hours_per_staff_week: hoursPerWeek(g('hours_meetings')),
          worked_hours_per_staff_week: hoursPerWeek(worked),
          shirked_hours_per_staff_week: hoursPerWeek(shirked),
          idle_hours_per_staff_week: hoursPerWeek(g('hours_idle')),
          rest_hours_per_staff_week: hoursPerWeek(g('hours_rest')),
          sick_hours_per_staff_week: hoursPerWeek(g('hours_sick')),
          duty_share_of_scheduled_hours: scheduled > 0 ? duties / scheduled : null,
          shirk_rate: scheduled > 0 ? shirked / scheduled : null,
          campaign_share_of_duty_hours: dutyHours > 0 ? campaignHours / dutyHours : null,
          fatigue_mean: g('fatigue_mean') / days,
          fatigue_p90_mean: g('fatigue_p90') / days,
          fatigue_p90_max: this.maxP90[w * R + r],
          sick_staff_days: g('staff_sick'),
          inspections: g('inspections'),
          caught: g('caught'),
          reversals: r === this.st.total ? g('reversals') : 0,
          wasted_hours: g('wasted_hours'),
          rework_hours: g('hours_rework'),
          shared_arrived: g('arrived_shared'),
          shared_done: g('done_shared'),
          shared_lead_days_mean: g('done_shared') > 0 ? g('lead_days_shared') / g('done_shared') : null,
          shared_wait_days_mean: g('shared_assigned') > 0 ? g('shared_wait_days') / g('shared_assigned') : null,
          shared_passes: g('shared_passes'),
          shared_escalations: g('shared_escalations'),
          whistles: g('whistles'),
          response_breaches: g('response_breaches'),
          meeting_hours: g('hours_meetings'),
        };
      };
      const units: Record<string, WindowStats> = {};
      for (let r = 0; r < this.st.U; r++) units[ids[r]] = stats(r);
      return { id: win.id, kind: win.kind, from: win.from, to: win.to, county: stats(this.st.total), units };
    });
    return {
      windows,
      recovery: this.recovery.map((r) => ({
        campaign: r.campaign,
        until: r.until,
        days_watched: Math.max(0, r.watchEnd - r.end),
        backlog_days: r.backlog,
        fatigue_days: r.fatigue,
        backlog_cleared_share: r.backlogExcess > 0 ? 1 - r.backlogLeft / r.backlogExcess : null,
        fatigue_cleared_share: r.fatigueExcess > 0 ? 1 - r.fatigueLeft / r.fatigueExcess : null,
      })),
    };
  }
}
