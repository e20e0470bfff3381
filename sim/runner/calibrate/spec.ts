import type { Scenario } from '../../scenario/schema/index.js';
import type { SearchSettings } from '../../scenario/schema/targets.js';

export type Patch = Record<string, number | string | boolean>;

/** A fitted parameter: its path and range; integer ones take whole values only. */
export interface FitParameter {
  path: string;
  lo: number;
  hi: number;
  integer: boolean;
}

/** One scenario each candidate is run as: variant 0 is the candidate itself, others add a patch. */
export interface Variant {
  label: string;
  set: Patch;
}

/** A place in the run: which variant, which window, which unit, which measure. */
export interface Reading {
  variant: number;
  window: string;
  unit: string;
  measure: string;
}

/** A measure to hit: no loss inside [lo, hi]; outside, (distance / scale)^2 times the weight. */
export interface MeasureGoal {
  kind: 'measure';
  name: string;
  at: Reading;
  /** A value target has lo = hi. */
  lo: number;
  hi: number;
  scale: number;
  weight: number;
  source: string;
}

/** The sign a paired difference a - b should have, replicate by replicate on the same seeds. */
export interface PatternGoal {
  kind: 'pattern';
  name: string;
  a: Reading;
  b: Reading;
  sign: 1 | -1;
  weight: number;
  source: string;
}

export type Goal = MeasureGoal | PatternGoal;

/** A targets file, checked against its scenario: everything the search needs, nothing about workers or folders. */
export interface CalibrationSpec {
  file: string;
  scenarioFile: string;
  description: string;
  base: Scenario;
  parameters: FitParameter[];
  variants: Variant[];
  goals: Goal[];
  search: Required<Omit<SearchSettings, 'start'>> & { start: number; recheckSeed: number };
}
