import { M, NUM_METRICS, type ModelState } from '../model/index.js';
import type { Window } from './windows.js';

/** Figures for one unit (or the county) over one window. Rates are per staff member on the establishment. */
export interface WindowStats {
  days: number;
  staff: number;
  regular_arrived: number;
  regular_done: number;
  regular_done_per_staff_week: number;
  regular_lead_days_mean: number | null;
  regular_late_share: number | null;
  regular_backlog_end: number;
  regular_backlog_hours_end: number;
  campaign_done: number;
  campaign_discarded: number;
  campaign_expired: number;
  output_hours_per_staff_week: number;
  worked_hours_per_staff_week: number;
  shirked_hours_per_staff_week: number;
  idle_hours_per_staff_week: number;
  shirk_rate: number | null;
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
 * How long the county takes to get over a campaign: days after its last day until 90% of the excess
 * it left (over the baseline mean) is gone. 0 when it left no excess; null if not within the horizon.
 */
export interface Recovery {
  campaign: string;
  /** Regular backlog, in hours of open work. */
  backlog_days: number | null;
  /** Mean fatigue. */
  fatigue_days: number | null;
}

export interface RunSummary {
  windows: { id: string; kind: Window['kind']; from: number; to: number; county: WindowStats; units: Record<string, WindowStats> }[];
  recovery: Recovery[];
}

const SUMS = [
  'arrived_regular', 'done_regular', 'lead_days_regular', 'late_regular', 'done_campaign', 'discarded_campaign',
  'expired_campaign', 'output_hours', 'hours_regular', 'hours_campaign', 'hours_shared', 'hours_reporting',
  'hours_meetings', 'hours_shirked', 'hours_idle', 'staff_sick', 'inspections', 'caught', 'reversals',
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
    end: number;
    backlogExcess: number;
    fatigueExcess: number;
    backlog: number | null;
    fatigue: number | null;
  }[] = [];

  constructor(private readonly st: ModelState, private readonly windows: readonly Window[]) {
    this.rows = st.U + 1;
    this.sums = new Float64Array(windows.length * this.rows * NS);
    this.maxP90 = new Float64Array(windows.length * this.rows);
    this.endBacklog = new Float64Array(windows.length * this.rows * 2);
    for (const w of windows) {
      if (w.kind === 'campaign') this.recovery.push({ campaign: w.id, end: w.to, backlogExcess: 0, fatigueExcess: 0, backlog: null, fatigue: null });
    }
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
      if (day === r.end - 1) {
        r.backlogExcess = backlog;
        r.fatigueExcess = fatigue;
      }
      if (day < r.end - 1) continue;
      const since = day - (r.end - 1);
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
        const worked = g('hours_regular') + g('hours_campaign') + g('hours_shared') + g('hours_reporting') + g('hours_meetings');
        const shirked = g('hours_shirked');
        const done = g('done_regular');
        return {
          days,
          staff: staffMean,
          regular_arrived: g('arrived_regular'),
          regular_done: done,
          regular_done_per_staff_week: perWeek(done),
          regular_lead_days_mean: done > 0 ? g('lead_days_regular') / done : null,
          regular_late_share: done > 0 ? g('late_regular') / done : null,
          regular_backlog_end: this.endBacklog[(w * R + r) * 2],
          regular_backlog_hours_end: this.endBacklog[(w * R + r) * 2 + 1],
          campaign_done: g('done_campaign'),
          campaign_discarded: g('discarded_campaign'),
          campaign_expired: g('expired_campaign'),
          output_hours_per_staff_week: perWeek(g('output_hours')),
          worked_hours_per_staff_week: staffMean > 0 ? worked / staffMean / weeks : 0,
          shirked_hours_per_staff_week: staffMean > 0 ? shirked / staffMean / weeks : 0,
          idle_hours_per_staff_week: staffMean > 0 ? g('hours_idle') / staffMean / weeks : 0,
          shirk_rate: worked + shirked > 0 ? shirked / (worked + shirked) : null,
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
      recovery: this.recovery.map((r) => ({ campaign: r.campaign, backlog_days: r.backlog, fatigue_days: r.fatigue })),
    };
  }
}
