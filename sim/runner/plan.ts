import { createHash } from 'node:crypto';
import type { Scenario } from '../scenario/schema/index.js';
import type { SweepValues } from '../scenario/schema/sweep.js';
import type { Point } from './design.js';
import type { MorrisDesign } from './morris.js';
import type { Factor } from './factors.js';
import type { WindowMeasureName } from '../measures/measures.js';
import { replicateSeedKey } from './seeds.js';

/** What `deptsim discover` looks for: the points where a window's measure crosses a threshold. */
export interface DiscoverSpec {
  measure: WindowMeasureName;
  window: string;
  direction: 'above' | 'below';
  threshold: number;
}

export type ExperimentKind = 'replicates' | 'compare' | 'sweep' | 'sensitivity';

/** One scenario the experiment runs (an arm of a comparison, a point of a sweep). */
export interface PlanPoint {
  /** What the point column shows: an arm's name or the point's number. */
  label: string;
  /** Swept parameter values at this point (empty for replicates and comparisons). */
  values: Point;
  scenario: string;
  /** sha256 of the validated scenario: the same text means the same model input. */
  hash: string;
  /** The file the scenario came from (arms). */
  file?: string;
}

/**
 * Everything that decides an experiment's results, and nothing else (no workers, shards or clock):
 * resume and merge check that the work they join has the same plan hash.
 */
export interface ExperimentPlan {
  kind: ExperimentKind;
  name: string;
  seed: number;
  replicates: number;
  daily: boolean;
  /** Name of the column telling points apart, or null when there is one point. */
  pointColumn: 'arm' | 'point' | null;
  /** Swept parameter paths, in column order. */
  parameters: string[];
  points: PlanPoint[];
  /** The fixed parameters: the scenario every point starts from (sweeps and sensitivity). */
  base?: Scenario;
  /** Each point's scenario as run (replicates and compare), saved beside the results. */
  resolved?: Scenario[];
  design?: {
    kind: 'grid' | 'lhs' | 'morris' | 'saltelli';
    ranges: Record<string, SweepValues>;
    samples?: number;
    morris?: MorrisDesign;
    /** Designs over factors (a screening of every parameter, Sobol indices, discovery): what each coordinate sets. */
    factors?: Factor[];
    /** Saltelli sampling: k factors, n base rows (sim/runner/sobol.ts); sobol.csv has the indices. */
    saltelli?: { k: number; n: number };
    /** Scenario discovery: the outcome and threshold PRIM boxes (prim.csv). */
    discover?: DiscoverSpec;
  };
}

/** A plan and the validated scenario of each of its points (not serialised: rebuilt from files). */
export interface Experiment {
  plan: ExperimentPlan;
  scenarios: Scenario[];
}

/** Job j runs point floor(j / replicates), replicate j mod replicates. */
export const jobCount = (plan: ExperimentPlan) => plan.points.length * plan.replicates;
export const jobPoint = (plan: ExperimentPlan, job: number) => Math.floor(job / plan.replicates);
export const jobReplicate = (plan: ExperimentPlan, job: number) => job % plan.replicates;
export const jobSeedKey = (plan: ExperimentPlan, job: number) => replicateSeedKey(plan.seed, jobReplicate(plan, job));

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export const scenarioHash = (s: Scenario) => sha256(JSON.stringify(s));
export const planHash = (plan: ExperimentPlan) => sha256(JSON.stringify(plan));
