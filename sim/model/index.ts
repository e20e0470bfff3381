import { runDays, type Phase } from '../engine/loop.js';
import type { Scenario } from '../scenario/schema/index.js';
import { makeArrivals } from './arrivals.js';
import { campaignEnd, campaignWindow } from './campaign.js';
import { homeWork } from './home-work.js';
import { lapse } from './lapse.js';
import { openDay } from './open-day.js';
import { buildState } from './build.js';
import { coordinationPhases } from './coordination/index.js';
import { makeEndOfDay } from './end-of-day.js';
import { reversal } from './reversal.js';
import { schedule } from './schedule.js';
import { secondment } from './secondment.js';
import { makeDecisions } from './decisions.js';
import { sickness } from './sickness.js';
import { tally } from './tally.js';
import { makeWork } from './work.js';
import { makeWorkingDay } from './working-day.js';
import type { ModelState } from './state.js';

export type { ModelState } from './state.js';
export { METRICS, NUM_METRICS, M, LEVEL_METRICS, type MetricName } from './record.js';
export { HQ_ID } from './build.js';

export interface Model {
  readonly state: ModelState;
  readonly phases: readonly Phase<ModelState>[];
}

/** Assemble a model: the state and the day's phases, in the order of docs/ODD.md. */
export function build(scenario: Scenario, seedKey: string): Model {
  const state = buildState(scenario, seedKey);
  const decisions = makeDecisions(state);
  // The work phase splits the output the working day pooled by unit.
  const workingDay = makeWorkingDay(state);
  const phases: Phase<ModelState>[] = [
    ...(decisions ? [decisions] : []),
    openDay,
    campaignWindow,
    secondment,
    homeWork,
    schedule,
    sickness,
    makeArrivals(state),
    ...coordinationPhases(state),
    workingDay,
    makeWork(state, workingDay),
    lapse,
    makeEndOfDay(),
    reversal,
    campaignEnd,
    tally,
  ];
  return { state, phases };
}

/**
 * Run a scenario to its horizon. `onDay` sees the day's record (rows: units then the county; columns:
 * METRICS) and must copy what it keeps: the buffer is reused.
 */
export function simulate(scenario: Scenario, seedKey: string, onDay: (day: number, rec: Float64Array, state: ModelState) => void): ModelState {
  const { state, phases } = build(scenario, seedKey);
  runDays(state, phases, 0, state.days, (s, day) => onDay(day, s.rec, s));
  return state;
}
