import type { Phase } from '../engine/loop.js';
import type { Stream } from '../engine/rng.js';
import { M, NUM_METRICS } from './record.js';
import { STATUS, type ModelState } from './state.js';

/** Working people passed over before the next check: geometric, from one uniform. */
export function checkGap(rng: Stream, rate: number, logMiss: number): number {
  return rate <= 0 ? Infinity : rate >= 1 ? 0 : Math.floor(Math.log(1 - rng.next()) / logMiss);
}

/**
 * Spot checks and deterrence. Each working person faces an unannounced check with the day's rate
 * (the campaign's while one runs); a check catches a shirker with the chance that they were away at
 * that moment (the shirked share of their day). Everyone's perceived check chance then moves toward
 * what their unit saw today, a catch counting `catchSalience` checks more than a quiet check; a person caught
 * believes the rate to be at least `caughtBelief`. With inspections off there are no checks, and
 * perceived risk decays.
 */
export function makeInspection(st: ModelState): Phase<ModelState> {
  return new InspectionPhase(st.U);
}

/** A class so that `run` is one function for every run, its optimized code kept (see work.ts). */
class InspectionPhase implements Phase<ModelState> {
  readonly name = 'inspection';
  private readonly seen: Float64Array;

  constructor(units: number) {
    this.seen = new Float64Array(units);
  }

  run(st: ModelState, day: number): void {
    const seen = this.seen;
    const s = st.scenario;
    const { learningRate, catchSalience, caughtBelief } = s.inspection;
    const rate = st.plan.inspectionRate[day];
    const rng = st.streams.get('inspection');
    const rec = st.rec;
    seen.fill(0);
    const { N, status, unit, scheduled, hShirked, risk } = st;
    // Who is checked: each working person independently with chance `rate`. Rather than a uniform
    // per person, the number of working people passed over before the next check is drawn
    // (geometric), which gives the same law with one draw per check.
    const logMiss = Math.log1p(-rate); // log1p: exact for the tiny rates that 1 - rate would round away
    let skip = checkGap(rng, rate, logMiss);
    for (let i = 0; i < N && skip !== Infinity; i++) {
      if (status[i] !== STATUS.working) continue;
      if (skip > 0) {
        skip--;
        continue;
      }
      skip = checkGap(rng, rate, logMiss);
      const u = unit[i];
      const row = u * NUM_METRICS;
      rec[row + M.inspections]++;
      seen[u]++;
      const sched = scheduled[i];
      if (sched > 0 && rng.next() < hShirked[i] / sched) {
        rec[row + M.caught]++;
        seen[u] += catchSalience;
        if (risk[i] < caughtBelief) risk[i] = caughtBelief;
      }
    }
    for (let u = 0; u < st.U; u++) {
      const working = rec[u * NUM_METRICS + M.staff_working];
      seen[u] = working > 0 ? seen[u] / working : 0;
    }
    for (let i = 0; i < N; i++) {
      if (status[i] !== STATUS.working) continue;
      let r = risk[i] + learningRate * (seen[unit[i]] - risk[i]);
      if (r > 1) r = 1;
      risk[i] = r;
    }
  }
}
