/**
 * The one interface between the limit reference (bench/fused/) and the model it measures. The
 * reference shares nothing else with deptsim: its queues, allocation, seating, tables, daily rows and
 * run sums are its own, written from docs/ODD.md and the model's phases, so that the bench's ratio is
 * against an independent program (issue 24 item 5) and a slow path in the model's shared helpers
 * cannot hide in both sides at once. test/layout/import-loops.test.ts checks that no file of
 * bench/fused/ but this one imports anything outside the folder, and that this one imports only the
 * two files below.
 *
 * What is shared, exactly:
 *  1. The typed scenario input (`Scenario`): the parsed, defaulted scenario the loader returns. The
 *     reference reads its fields; it never validates or defaults one.
 *  2. The random streams (`Streams`, sim/engine/rng.ts): a run's streams are keyed by its seed key and
 *     a stream name (STREAM below); the reference draws from the same streams in the same order as
 *     the model, which is what makes every figure bit-identical.
 *  3. The names of the daily figures the model publishes: daily.csv's columns, the library's
 *     `METRICS` (sim/index.ts). They are not imported here: the reference names its own figures
 *     (figures.ts), and test/bench/fused.test.ts compares them with the model's by name.
 *  4. The unit ids the model publishes (the library's `RunResult.units`): the departments' ids, then
 *     HQ_UNIT when the scenario has campaigns. The headquarters' campaign stream is keyed by it.
 */
export type { Scenario } from '../../sim/scenario/schema/index.js';
export { Streams, type Stream } from '../../sim/engine/rng.js';

/** Unit id of the campaign headquarters, where seconded staff sit (the model's units list ends with it). */
export const HQ_UNIT = 'campaign_hq';

/** The names of the run's random streams, each drawn in the model's order (docs/ODD.md, "Stochasticity"). */
export const STREAM = {
  /** Each person's skill, then motivation, two normals per person in department order, at build. */
  population: 'population',
  /** One uniform per working person whose fatigue is above the threshold, in person order. */
  sickness: 'sickness',
  /** Per department: the day's Poisson count of regular items, then one uniform per item for its effort. */
  arrivals: (department: string) => `arrivals:${department}`,
  /** Per unit (HQ_UNIT included): the same for campaign tasks. */
  campaignTasks: (unit: string) => `campaign-tasks:${unit}`,
  /** The gap to the next spot check (one uniform), then for each check one uniform for a catch. */
  inspection: 'inspection',
  /** One uniform per campaign day: a policy reversal or not. */
  reversals: 'reversals',
} as const;
