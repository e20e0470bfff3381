import { RECORD, type MetricName } from './record.js';
import type { MeasureInfo } from './measure.js';
import { AT_WORK_HOURS, DUTY_HOURS, HOUR_USE_NAMES, HOUR_USES, sumOver, WORKED_HOURS, type HourKind, type HourUseName } from './hour-uses.js';

/**
 * THE registry of window measures: every figure of summary.json's windows, replicates.csv's measure
 * columns and summary.csv's `metric` values, with its meaning and how it is computed from the daily
 * record. The order here is the column order of the files. To add a measure: add an entry here (and,
 * if it needs a new daily figure, that figure's entry in RECORD, sim/measures/record.ts, and the model
 * phase that books it); the summary, the CSV files, the terminal, the report and docs/OUTPUTS.md pick
 * it up.
 */

/** What a window measure is computed from: the unit's daily record over the window's days. */
export interface WindowInputs {
  days: number;
  weeks: number;
  /** Mean people sitting in the unit. */
  staff: number;
  /** Establishment posts (a department's headcount, the county's staff); the headquarters: people there. */
  posts: number;
  county: boolean;
  sum(k: MetricName): number;
  /** On the window's last day. */
  last(k: MetricName): number;
  /** Largest daily value. */
  max(k: MetricName): number;
  /** Sum over departments only: on the county row, the headquarters left out. */
  departmentsSum(k: MetricName): number;
}

export interface WindowMeasure extends MeasureInfo {
  compute(w: WindowInputs): number | null;
}

const perPost = (w: WindowInputs, x: number) => (w.posts > 0 ? x / w.posts / w.weeks : 0);
const perPerson = (w: WindowInputs, x: number) => (w.staff > 0 ? x / w.staff / w.weeks : 0);
const ratio = (a: number, b: number) => (b > 0 ? a / b : null);
// The groups of the uses of an hour (sim/measures/hour-uses.ts), summed in the table's order.
const duties = (w: WindowInputs) => sumOver(DUTY_HOURS, (m) => w.sum(m));
const worked = (w: WindowInputs) => sumOver(WORKED_HOURS, (m) => w.sum(m));
const scheduled = (w: WindowInputs) => sumOver(AT_WORK_HOURS, (m) => w.sum(m));

const hoursPerPerson = (label: string, description: string, phase: string, f: (w: WindowInputs) => number, better: MeasureInfo['better'] = 'neither') =>
  ({ label, unit: 'h/person/week', description: `${description} Per person sitting in the unit.`, overUnits: 'mean over people', overDays: 'per week', better, phase, digits: 1, compute: (w: WindowInputs) => perPerson(w, f(w)) }) as const;
/** The measure, in hours per person per week, of each use of an hour of the given kinds that has one (HOUR_USES' `weekly`), in the table's order. */
type WeeklyOf<K extends HourKind> = {
  [U in HourUseName as (typeof HOUR_USES)[U] extends { kind: K; weekly: { measure: infer N extends string } } ? N : never]: ReturnType<typeof hoursPerPerson>;
};
function weeklyOfUses<K extends HourKind>(...kinds: K[]): WeeklyOf<K> {
  const out: Record<string, ReturnType<typeof hoursPerPerson>> = {};
  for (const n of HOUR_USE_NAMES) {
    const { kind, weekly, metric } = HOUR_USES[n];
    if (weekly && (kinds as HourKind[]).includes(kind)) out[weekly.measure] = hoursPerPerson(weekly.label, weekly.description, RECORD[metric][4], (w) => w.sum(metric), weekly.better);
  }
  return out as WeeklyOf<K>;
}

const count = (label: string, unit: MeasureInfo['unit'], description: string, phase: string, k: MetricName, better: MeasureInfo['better'] = 'neither') =>
  ({ label, unit, description, overUnits: 'sum', overDays: 'sum', better, phase, digits: 0, compute: (w: WindowInputs) => w.sum(k) }) as const;

export const WINDOW_MEASURES = {
  days: { label: 'Days in the period', unit: 'days', description: 'Length of the window.', overUnits: 'county only', overDays: 'count', better: 'neither', phase: 'calendar', digits: 0, compute: (w: WindowInputs) => w.days },
  staff: { label: 'People in the unit', unit: 'people', description: 'Mean people sitting in the unit (seconded staff sit at the headquarters).', overUnits: 'sum', overDays: 'mean of days', better: 'neither', phase: 'secondment', digits: 1, compute: (w: WindowInputs) => w.staff },
  regular_arrived: count('Regular items arrived', 'items', 'Regular duty items that arrived.', 'arrivals', 'arrived_regular'),
  regular_done: count('Regular items done', 'items', 'Regular duty items finished.', 'work', 'done_regular', 'higher'),
  regular_done_per_staff_week: { label: 'Regular work done', unit: 'items/person/week', description: 'Regular items finished per establishment post per week (the headquarters: per person there).', overUnits: 'per post', overDays: 'per week', better: 'higher', phase: 'work', digits: 2, compute: (w: WindowInputs) => perPost(w, w.sum('done_regular')) },
  regular_lapsed: count('Regular items dropped undone', 'items', 'Regular items dropped undone, `lapseDays` past their deadline: requests never served. They leave the backlog without being done, so a falling backlog can hide them; see regular_undone_end.', 'lapse', 'lapsed_regular', 'lower'),
  regular_lead_days_mean: { label: 'Lead time of regular work', unit: 'days', description: 'Mean days from arrival to finish (both counted) of the regular items finished in the window; empty if none.', overUnits: 'ratio of sums', overDays: 'ratio of sums', better: 'lower', phase: 'work', digits: 1, compute: (w: WindowInputs) => ratio(w.sum('lead_days_regular'), w.sum('done_regular')) },
  regular_late_share: { label: 'Regular work finished late', unit: 'share', description: 'Share of the regular items finished in the window that were past their deadline; empty if none.', overUnits: 'ratio of sums', overDays: 'ratio of sums', better: 'lower', phase: 'work', digits: 1, compute: (w: WindowInputs) => ratio(w.sum('late_regular'), w.sum('done_regular')) },
  regular_backlog_end: { label: 'Regular backlog at the end', unit: 'items', description: 'Open regular items on the window\'s last day.', overUnits: 'sum', overDays: 'last day', better: 'lower', phase: 'work', digits: 0, compute: (w: WindowInputs) => w.last('open_regular') },
  regular_backlog_hours_end: { label: 'Regular backlog hours at the end', unit: 'h', description: 'Hours of fresh work still needed on the open regular items on the window\'s last day.', overUnits: 'sum', overDays: 'last day', better: 'lower', phase: 'work', digits: 0, compute: (w: WindowInputs) => w.last('backlog_hours_regular') },
  regular_undone_end: { label: 'Regular work left undone at the end', unit: 'items', description: 'Work left undone on the window\'s last day: the open regular items (the backlog) plus every regular item dropped undone since the run began (never served).', overUnits: 'sum', overDays: 'last day', better: 'lower', phase: 'lapse', digits: 0, compute: (w: WindowInputs) => w.last('undone_regular') },
  campaign_done: { label: 'Campaign items done and kept', unit: 'items', description: 'Campaign items finished, net of those a reversal threw away.', overUnits: 'sum', overDays: 'sum', better: 'higher', phase: 'work', digits: 0, compute: (w: WindowInputs) => w.sum('done_campaign') - w.sum('discarded_campaign') },
  campaign_discarded: count('Campaign items discarded', 'items', 'Campaign items done and then thrown away by policy reversals.', 'reversal', 'discarded_campaign', 'lower'),
  campaign_reissued: count('Campaign items reissued', 'items', 'Of the discarded items, those the new policy still needs, back as new tasks.', 'reversal', 'reissued_campaign', 'lower'),
  campaign_expired: count('Campaign items expired', 'items', 'Campaign items still open when their campaign ended, closed unfinished (in the campaign\'s own window).', 'campaign', 'expired_campaign', 'lower'),
  output_hours_per_staff_week: { label: 'Output', unit: 'h/person/week', description: 'Fresh-work hours produced (net of faulty output) per establishment post per week.', overUnits: 'per post', overDays: 'per week', better: 'higher', phase: 'work', digits: 1, compute: (w: WindowInputs) => perPost(w, w.sum('output_hours')) },
  scheduled_hours_per_staff_week: hoursPerPerson('Hours at work', 'Hours scheduled on working days (sick days excluded) = hours on duties + reporting + meetings + hours shirked + idle.', 'schedule', scheduled),
  duty_hours_per_staff_week: hoursPerPerson('Hours on duties', 'Hours on queue work: regular, campaign and shared duties.', 'work', duties),
  ...weeklyOfUses('other work'),
  worked_hours_per_staff_week: hoursPerPerson('Hours worked', 'Hours on duties + reporting + meetings: hours at work less those shirked or idle.', 'work', worked),
  ...weeklyOfUses('not worked', 'off'),
  duty_share_of_scheduled_hours: { label: 'Share of hours at work on duties', unit: 'share', description: 'Hours on duties over hours at work: the load of the day (the rest is reports, meetings, shirked and idle).', overUnits: 'ratio of sums', overDays: 'ratio of sums', better: 'neither', phase: 'work', digits: 1, compute: (w: WindowInputs) => ratio(duties(w), scheduled(w)) },
  shirk_rate: { label: 'Shirking', unit: 'share', description: 'Hours shirked as a share of hours at work (idle included), so it does not move with workload alone.', overUnits: 'ratio of sums', overDays: 'ratio of sums', better: 'lower', phase: 'shirking', digits: 1, compute: (w: WindowInputs) => ratio(w.sum('hours_shirked'), scheduled(w)) },
  campaign_share_of_duty_hours: { label: 'Campaign share of hours on duties', unit: 'share', description: 'Campaign hours over hours on duties; on the county row over departments only (the headquarters does nothing else).', overUnits: 'ratio of sums', overDays: 'ratio of sums', better: 'neither', phase: 'allocation', digits: 1, compute: (w: WindowInputs) => ratio(w.departmentsSum('hours_campaign'), sumOver(DUTY_HOURS, (m) => w.departmentsSum(m))) },
  fatigue_mean: { label: 'Mean fatigue', unit: '0–1', description: 'Mean over days of the unit\'s mean fatigue (0 rested, 1 exhausted).', overUnits: 'mean over people', overDays: 'mean of days', better: 'lower', phase: 'fatigue', digits: 3, compute: (w: WindowInputs) => w.sum('fatigue_mean') / w.days },
  fatigue_p90_mean: { label: 'Fatigue of the most tired tenth', unit: '0–1', description: 'Mean over days of the daily 90th percentile of fatigue.', overUnits: 'mean over people', overDays: 'mean of days', better: 'lower', phase: 'fatigue', digits: 3, compute: (w: WindowInputs) => w.sum('fatigue_p90') / w.days },
  fatigue_p90_max: { label: 'Peak fatigue of the most tired tenth', unit: '0–1', description: 'The highest daily 90th percentile of fatigue.', overUnits: 'mean over people', overDays: 'largest day', better: 'lower', phase: 'fatigue', digits: 3, compute: (w: WindowInputs) => w.max('fatigue_p90') },
  sick_staff_days: count('Sick days', 'person-days', 'Days staff were off sick.', 'sickness', 'staff_sick', 'lower'),
  inspections: count('Spot checks', 'checks', 'Spot checks made.', 'inspection', 'inspections'),
  caught: count('Shirkers caught', 'people', 'Shirkers caught by spot checks.', 'inspection', 'caught', 'lower'),
  reversals: { label: 'Policy reversals', unit: 'events', description: 'Campaign policy reversals (county row only; 0 on unit rows).', overUnits: 'county only', overDays: 'sum', better: 'lower', phase: 'reversal', digits: 0, compute: (w: WindowInputs) => (w.county ? w.sum('reversals') : 0) },
  wasted_hours: count('Hours wasted by reversals', 'h', 'Effort of the campaign items reversals threw away.', 'reversal', 'wasted_hours', 'lower'),
  rework_hours: count('Rework hours', 'h', 'Worked hours whose output was faulty and had to be redone.', 'work', 'hours_rework', 'lower'),
  shared_arrived: count('Shared tasks arrived', 'tasks', 'Shared tasks that arose (work with no owner yet is on the county row only).', 'coordination', 'arrived_shared'),
  shared_done: count('Shared tasks done', 'tasks', 'Shared tasks finished (by departments or partners).', 'coordination', 'done_shared', 'higher'),
  shared_lead_days_mean: { label: 'Lead time of shared work', unit: 'days', description: 'Mean days from arising to finish (both counted) of the shared tasks finished in the window; empty if none.', overUnits: 'ratio of sums', overDays: 'ratio of sums', better: 'lower', phase: 'coordination', digits: 1, compute: (w: WindowInputs) => ratio(w.sum('lead_days_shared'), w.sum('done_shared')) },
  shared_wait_days_mean: { label: 'Wait of shared work for an owner', unit: 'days', description: 'Mean days a shared task waited for an owner, over the tasks taken on in the window; empty if none.', overUnits: 'ratio of sums', overDays: 'ratio of sums', better: 'lower', phase: 'coordination', digits: 1, compute: (w: WindowInputs) => ratio(w.sum('shared_wait_days'), w.sum('shared_assigned')) },
  shared_passes: count('Passes of shared work', 'times', 'Times a department declined a shared task when its turn came, leaving it to another (hand-offs between departments; an assignment handed back is shared_handbacks).', 'coordination', 'shared_passes', 'lower'),
  shared_handbacks: count('Assignments of shared work handed back', 'times', 'Times a department handed a coordinating office\'s or command centre\'s assignment back and the task waited on.', 'coordination', 'shared_handbacks', 'lower'),
  shared_escalations: count('Escalations of shared work', 'tasks', 'Shared tasks escalated to superiors (every listed department passed) or to a joint conference.', 'coordination', 'shared_escalations', 'lower'),
  whistles: count('Whistles blown', 'events', 'Whistles blown: the street\'s on the county row, a department\'s on its own row.', 'coordination', 'whistles'),
  response_breaches: count('Whistle calls answered late', 'calls', 'Whistle calls not answered within the response limit.', 'coordination', 'response_breaches', 'lower'),
  meeting_hours: count('Meeting hours (total)', 'h', 'Staff-hours in coordination meetings and joint conferences.', 'coordination', 'hours_meetings', 'lower'),
} as const satisfies Record<string, WindowMeasure>;

export type WindowMeasureName = keyof typeof WINDOW_MEASURES;
/** One unit's (or the county's) figures over one window: a field per registered measure. */
export type WindowStats = { [K in WindowMeasureName]: ReturnType<(typeof WINDOW_MEASURES)[K]['compute']> };
export const WINDOW_MEASURE_NAMES = Object.keys(WINDOW_MEASURES) as WindowMeasureName[];

/** The measures of the uses of an hour that have their own (HOUR_USES' `weekly`), in the table's order. */
export const weeklyHourMeasures = (): WindowMeasureName[] =>
  HOUR_USE_NAMES.flatMap((n) => {
    const weekly: { measure: string } | null = HOUR_USES[n].weekly;
    return weekly ? [weekly.measure as WindowMeasureName] : [];
  });

/**
 * Recovery after each campaign (summary.json `recovery`, recovery.csv), watched from its last day
 * until the next campaign starts or the horizon ends. Summary tables list the figures as
 * `recovery_<name>` in the campaign's window.
 */
export const RECOVERY_MEASURES = {
  days_watched: { label: 'Days watched after the campaign', unit: 'days', description: 'Days after the campaign\'s last day until the next campaign began or the run ended.', overUnits: 'county only', overDays: 'count', better: 'neither', phase: 'summary', digits: 0 },
  backlog_days: { label: 'Days to clear 90% of the extra backlog', unit: 'days', description: 'Days until 90% of the extra county regular backlog hours (over the baseline mean) was gone; empty: not within the days watched.', overUnits: 'county only', overDays: 'count', better: 'lower', phase: 'summary', digits: 0 },
  fatigue_days: { label: 'Days to shed 90% of the extra fatigue', unit: 'days', description: 'Days until 90% of the extra county mean fatigue (over the baseline mean) was gone; empty: not within the days watched.', overUnits: 'county only', overDays: 'count', better: 'lower', phase: 'summary', digits: 0 },
  backlog_cleared_share: { label: 'Extra backlog cleared', unit: 'share', description: 'Share of the extra backlog gone by the end of the watch (1 all; below 0 it grew; empty: there was no excess).', overUnits: 'county only', overDays: 'last day', better: 'higher', phase: 'summary', digits: 0 },
  fatigue_cleared_share: { label: 'Extra fatigue shed', unit: 'share', description: 'Share of the extra fatigue gone by the end of the watch (1 all; below 0 it grew; empty: there was no excess).', overUnits: 'county only', overDays: 'last day', better: 'higher', phase: 'summary', digits: 0 },
  undone_days: { label: 'Days to clear 90% of the extra work left undone', unit: 'days', description: 'Days until 90% of the extra county regular work left undone (open items plus items dropped undone since the run began, over the baseline mean) was gone; dropped items never come back, so only a campaign that dropped nothing can recover on this; empty: not within the days watched.', overUnits: 'county only', overDays: 'count', better: 'lower', phase: 'summary', digits: 0 },
  undone_cleared_share: { label: 'Extra work left undone cleared', unit: 'share', description: 'Share of the extra work left undone gone by the end of the watch (1 all; below 0 it grew; empty: there was no excess).', overUnits: 'county only', overDays: 'last day', better: 'higher', phase: 'summary', digits: 0 },
} as const satisfies Record<string, MeasureInfo>;

export type RecoveryMeasureName = keyof typeof RECOVERY_MEASURES;
export const RECOVERY_MEASURE_NAMES = Object.keys(RECOVERY_MEASURES) as RecoveryMeasureName[];
export const RECOVERY_PREFIX = 'recovery_';

/** Every name a summary table's `metric` column can hold, with its registry entry. */
export function measureInfo(name: string): MeasureInfo | null {
  if (name in WINDOW_MEASURES) return WINDOW_MEASURES[name as WindowMeasureName];
  if (name.startsWith(RECOVERY_PREFIX)) {
    const k = name.slice(RECOVERY_PREFIX.length);
    if (k in RECOVERY_MEASURES) return RECOVERY_MEASURES[k as RecoveryMeasureName];
  }
  return null;
}

/** Summary-table names of every measure (window measures, then recovery). */
export const SUMMARY_MEASURE_NAMES: string[] = [...WINDOW_MEASURE_NAMES, ...RECOVERY_MEASURE_NAMES.map((k) => RECOVERY_PREFIX + k)];

/** Measures the evidence ranking leaves out: sizes of the setup, not outcomes. */
export const SETUP_MEASURES: ReadonlySet<string> = new Set(['days', 'staff']);

/** A line that names the measures a user may choose, for --metric and `report.focus` errors. */
export function unknownMeasure(name: string, what: string): string {
  const close = SUMMARY_MEASURE_NAMES.filter((m) => m.includes(name) || name.includes(m)).slice(0, 5);
  return `${what} "${name}" is not a measure; ${close.length ? `did you mean ${close.join(', ')}? ` : ''}the measures are listed in docs/OUTPUTS.md (summary.json)`;
}
