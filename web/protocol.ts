import type { Describe, RunSummary, Scenario } from './library.js';
import type { Measure } from './presets.js';
import { AT_WORK_HOURS } from '../sim/measures/hour-uses.js';

/** The county's daily series the charts draw (metric names of the daily record). */
export const COUNTY_SERIES = ['open_regular', 'lapsed_regular', 'done_regular', 'fatigue_mean', 'hours_shirked', 'hours_meetings', 'open_shared'] as const;
/** The daily metrics whose sum is a day's scheduled working hours, the hours at work (as the shirking measure counts them): the uses of an hour in sim/measures/hour-uses.ts. */
export const SCHEDULED_HOURS = AT_WORK_HOURS;
/** Each unit's daily state for the day slider's table (metric names of the daily record). */
export const UNIT_STATE = { staff: 'staff', seconded: 'seconded_away', backlog: 'open_regular', fatigue: 'fatigue_mean', sick: 'staff_sick' } as const;
export type UnitField = keyof typeof UNIT_STATE;

/** One of the two settings the page compares. */
export type Side = 'a' | 'b';

/**
 * What the page asks its workers. A live request runs one side (the side whose setting changed):
 * a newer live request for the same side cancels the older one; a newer compare cancels the older.
 */
export type Request =
  | { kind: 'live'; id: number; side: Side; scenario: Scenario; seed: number }
  | { kind: 'compare'; id: number; a: Scenario; b: Scenario; seed: number; n: number }
  /** Stop the running comparison (a change is being run live; the comparison follows it). */
  | { kind: 'stop'; id: number };

/**
 * One side's run as far as it has gone: `day` of `days` days run. The worker sends the first chunk at
 * once and more as it goes (the page draws each), then the whole run with its summary (`summary`
 * is null until then).
 */
export interface LiveResult {
  name: string;
  units: string[];
  /** Display names of the units (the scenario's `name`, else the id). */
  unitNames: string[];
  hq: number;
  /** The calendar's first day (ISO date): charts draw dates. */
  start: string;
  day: number;
  days: number;
  campaignOfDay: number[];
  series: Record<string, Float64Array>;
  /** County series by daily metric name (COUNTY_SERIES), and `hours_scheduled` (SCHEDULED_HOURS summed). */
  /** Each unit's state by field, day-major: value of unit r on day d at [d * units.length + r]. */
  states: Record<UnitField, Float64Array>;
  summary: RunSummary | null;
}

export type Reply =
  | { kind: 'live'; id: number; side: Side; result: LiveResult }
  | { kind: 'progress'; id: number; done: number }
  | { kind: 'compare'; id: number; result: CompareResult }
  | { kind: 'error'; id: number; message: string };

export interface CompareResult {
  n: number;
  /** Per measure: A's, B's and the paired differences' descriptions, and in how many pairs B was below A. */
  measures: { measure: Measure; a: Describe; b: Describe; diff: Describe; lower: number }[];
}
