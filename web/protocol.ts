import type { Describe, RunSummary, Scenario } from './library.js';
import type { Measure } from './presets.js';

/** The county's daily series the charts draw (metric names of the daily record). */
export const COUNTY_SERIES = ['open_regular', 'fatigue_mean', 'hours_shirked', 'staff_working', 'open_shared', 'seconded_away'] as const;

export type Request =
  | { kind: 'live'; id: number; a: Scenario; b: Scenario; seed: number }
  | { kind: 'compare'; id: number; a: Scenario; b: Scenario; seed: number; n: number }
  | { kind: 'summary'; id: number; a: Scenario; seed: number };

export interface DayState {
  units: { staff: number; seconded: number; backlog: number; fatigue: number; sick: number }[];
}

export interface LiveResult {
  name: string;
  units: string[];
  hq: number;
  dates: number[];
  campaignOfDay: number[];
  startDate: string;
  series: Record<string, number[]>;
  states: DayState[];
  summary: RunSummary;
}

export interface CompareResult {
  n: number;
  measures: { measure: Measure; a: Describe; b: Describe; diff: Describe }[];
}
