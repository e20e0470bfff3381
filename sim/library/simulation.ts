import { runDays, type Phase } from '../engine/loop.js';
import { build as buildModel, type ModelState } from '../model/index.js';
import type { Scenario } from '../scenario/schema/index.js';

/**
 * The library's verbs, after Agents.jl's small set: `build` a simulation from a scenario and a seed
 * key, `step` it a day, `run` it some days, `collect` what pluggable collectors keep of every day.
 * The CLI, the worker pool, the tests and the teachers' page all go through these; nothing here
 * touches a file, the clock or Node.
 */
export interface Simulation {
  readonly scenario: Scenario;
  readonly seedKey: string;
  readonly state: ModelState;
  readonly phases: readonly Phase<ModelState>[];
  /** Days run so far, which is also the index of the next day to run. */
  day: number;
  /** The horizon: the scenario's calendar length. */
  readonly days: number;
}

/**
 * Something that watches every day of a run and keeps what it needs. `onDay` sees the day's record
 * (rows: units, then the county; columns: METRICS) and must copy what it keeps: the buffer is reused.
 */
export interface Collector<T> {
  onDay(day: number, rec: Float64Array, state: ModelState): void;
  finish(): T;
}

/** Makes a collector for one simulation (it may size itself from the built state). */
export type CollectorFactory<T> = (state: ModelState) => Collector<T>;

export type Collected<C extends Record<string, CollectorFactory<unknown>>> = {
  [K in keyof C]: C[K] extends CollectorFactory<infer T> ? T : never;
};

/** A simulation at day 0. The same scenario and seed key always give the same run. */
export function build(scenario: Scenario, seedKey: string): Simulation {
  const { state, phases } = buildModel(scenario, seedKey);
  return { scenario, seedKey, state, phases, day: 0, days: state.days };
}

/** Run one day; false (and nothing run) when the horizon is reached. */
export function step(sim: Simulation): boolean {
  if (sim.day >= sim.days) return false;
  runDays(sim.state, sim.phases, sim.day, 1);
  sim.day++;
  return true;
}

/** Run `days` more days (default: to the horizon), stopping at the horizon; returns the days run. */
export function run(sim: Simulation, days = sim.days - sim.day, afterDay?: (day: number, rec: Float64Array, state: ModelState) => void): number {
  const n = Math.max(0, Math.min(days, sim.days - sim.day));
  runDays(sim.state, sim.phases, sim.day, n, afterDay && ((s, day) => afterDay(day, s.rec, s)));
  sim.day += n;
  return n;
}

/**
 * Run from where the simulation stands to its horizon (or `days` more days), feeding every
 * collector each day, and return what each one finished with, under the same keys.
 */
export function collect<C extends Record<string, CollectorFactory<unknown>>>(sim: Simulation, collectors: C, days?: number): Collected<C> {
  const keys = Object.keys(collectors) as (keyof C)[];
  const live = keys.map((k) => collectors[k](sim.state));
  run(sim, days, (day, rec, state) => {
    for (let i = 0; i < live.length; i++) live[i].onDay(day, rec, state);
  });
  const out = {} as Collected<C>;
  keys.forEach((k, i) => {
    out[k] = live[i].finish() as Collected<C>[typeof k];
  });
  return out;
}
