import type { Better } from './measure.js';
import type { MetricName } from './record.js';

/**
 * THE list of the uses of a person's paid hours. Every day each person's capacity (`cap`: the
 * scheduled hours of a working day, the contracted day of a rest or sick day) is split over these
 * uses, and they add up to it; on every row of the daily record the uses' columns add up to
 * `hours_capacity`. The window measures of hours (sim/measures/measures.ts), the terminal's table of
 * the week, the report's hours and shirking charts, the teachers' page, the invariants test and the
 * identity in docs/ODD.md section 8 (generated) all read this table, so a new use of time is its
 * entry here, its column in RECORD (label, unit, meaning, phase) and the line in the phase that books
 * it. The hot loop keeps its named arrays (`person`): only lists, sums and labels read the table.
 */

/**
 * What an hour counts as, from the work outward: `duty` is queue work (hours on duties); `other work`
 * is worked but not on a queue (reporting, meetings); `not worked` is at work but not working
 * (shirked, idle); `off` is paid but not at work (rest and sick days). Hours worked = duty + other
 * work; hours at work (scheduled) = worked + not worked; capacity = at work + off.
 */
export type HourKind = 'duty' | 'other work' | 'not worked' | 'off';

export interface HourUse {
  /** Its column of the daily record: RECORD gives its label, unit (h), meaning and booking phase. */
  readonly metric: MetricName;
  /** Today's hours per person in the model's state (ModelState), which the column sums over the unit's people. */
  readonly person: string;
  readonly kind: HourKind;
  /** Position in the stacked hours chart, 0 at the bottom (work below, time off on top), and its fixed colour. */
  readonly stack: number;
  readonly colour: string;
  /** The chart legend's message (sim/i18n/report-messages.ts, English and Chinese). */
  readonly legend: string;
  /**
   * Its own window measure in hours per person per week (name, label, description, which way is good
   * news), or null: the duties share one, `duty_hours_per_staff_week`.
   */
  readonly weekly: { readonly measure: string; readonly label: string; readonly description: string; readonly better: Better } | null;
}

/** In the daily record's column order, which is also the order the measures are summed in (sums are not reordered, so no figure moves by a rounding). */
export const HOUR_USES = {
  regular: { metric: 'hours_regular', person: 'hRegular', kind: 'duty', stack: 0, colour: '#4c78a8', legend: 'useRegular', weekly: null },
  campaign: { metric: 'hours_campaign', person: 'hCampaign', kind: 'duty', stack: 1, colour: '#f58518', legend: 'useCampaign', weekly: null },
  shared: { metric: 'hours_shared', person: 'hShared', kind: 'duty', stack: 2, colour: '#72b7b2', legend: 'useShared', weekly: null },
  reporting: {
    metric: 'hours_reporting', person: 'hReporting', kind: 'other work', stack: 3, colour: '#eeca3b', legend: 'useReporting',
    weekly: { measure: 'reporting_hours_per_staff_week', label: 'Reporting hours', description: 'Hours on reports and work diaries.', better: 'lower' },
  },
  meetings: {
    metric: 'hours_meetings', person: 'hMeetings', kind: 'other work', stack: 4, colour: '#b279a2', legend: 'useMeetings',
    weekly: { measure: 'meeting_hours_per_staff_week', label: 'Meeting hours', description: 'Hours in coordination meetings and joint conferences.', better: 'lower' },
  },
  shirked: {
    metric: 'hours_shirked', person: 'hShirked', kind: 'not worked', stack: 5, colour: '#e45756', legend: 'useShirked',
    weekly: { measure: 'shirked_hours_per_staff_week', label: 'Hours shirked', description: 'Hours at work spent on other things (shirked).', better: 'lower' },
  },
  idle: {
    metric: 'hours_idle', person: 'hIdle', kind: 'not worked', stack: 6, colour: '#bab0ac', legend: 'useIdle',
    weekly: { measure: 'idle_hours_per_staff_week', label: 'Idle hours', description: 'Hours at work with no work to do.', better: 'neither' },
  },
  rest: {
    metric: 'hours_rest', person: 'hRest', kind: 'off', stack: 8, colour: '#d6e4ea', legend: 'useRest',
    weekly: { measure: 'rest_hours_per_staff_week', label: 'Rest hours', description: 'The contracted day on each rest day.', better: 'higher' },
  },
  sick: {
    metric: 'hours_sick', person: 'hSick', kind: 'off', stack: 7, colour: '#9d755d', legend: 'useSick',
    weekly: { measure: 'sick_hours_per_staff_week', label: 'Sick hours', description: 'The contracted day on each sick day.', better: 'lower' },
  },
} as const satisfies Record<string, HourUse>;

export type HourUseName = keyof typeof HOUR_USES;
export type HourUseEntry = (typeof HOUR_USES)[HourUseName];
export const HOUR_USE_NAMES = Object.keys(HOUR_USES) as HourUseName[];

/** The names of the uses of the given kinds, in the table's order. */
export const hourUseNames = (...kinds: readonly HourKind[]): HourUseName[] => HOUR_USE_NAMES.filter((n) => kinds.includes(HOUR_USES[n].kind));
/** The uses of the given kinds, in the table's order. */
export const usesOf = (...kinds: readonly HourKind[]): HourUseEntry[] => hourUseNames(...kinds).map((n) => HOUR_USES[n]);

/** Record columns of hours on duties (queue work). */
export const DUTY_HOURS: readonly MetricName[] = usesOf('duty').map((u) => u.metric);
/** Record columns of hours worked: duties, reporting and meetings. */
export const WORKED_HOURS: readonly MetricName[] = usesOf('duty', 'other work').map((u) => u.metric);
/** Record columns of hours at work (scheduled on a working day): worked, shirked and idle. */
export const AT_WORK_HOURS: readonly MetricName[] = usesOf('duty', 'other work', 'not worked').map((u) => u.metric);
/** Record columns of every use: they add up to `hours_capacity`. */
export const ALL_HOURS: readonly MetricName[] = HOUR_USE_NAMES.map((n) => HOUR_USES[n].metric);

/** The uses in the hours chart's stacking order, bottom first. */
export const STACKED_USES: readonly HourUseEntry[] = HOUR_USE_NAMES.map((n) => HOUR_USES[n]).sort((a, b) => a.stack - b.stack);

/** Sum of `value(metric)` over `metrics`, added left to right from 0 (the order the measures have always used). */
export function sumOver(metrics: readonly MetricName[], value: (m: MetricName) => number, start = 0): number {
  let s = start;
  for (const m of metrics) s += value(m);
  return s;
}
