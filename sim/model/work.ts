import type { Phase } from '../engine/loop.js';
import { Allocation } from './allocation.js';
import { bookHours } from './booking.js';
import { dayOutput, FATIGUE_STEPS, productivityTable } from './productivity.js';
import { STATUS, type ModelState } from './state.js';

/**
 * Productivity, then the day's work. Each working person's planned hours turn into output (fresh-work
 * hours) by the day's length, skill, fatigue and errors, pooled by unit (a seconded person's home work
 * by home department); the units split it over their queues (allocation.ts); each person's hours are
 * then booked by use (booking.ts).
 */
export function makeWork(st: ModelState): Phase<ModelState> {
  const s = st.scenario;
  const prod = s.staff.productivity;
  const table = productivityTable(prod);
  const allocation = new Allocation(st);
  const unitOutput = new Float64Array(st.U);
  const homeOutput = new Float64Array(st.D);
  const useRework = s.mechanisms.rework;
  const useFatigue = s.mechanisms.fatigue;

  return {
    name: 'work',
    run(st, day) {
      unitOutput.fill(0);
      homeOutput.fill(0);
      const { status, scheduled, hShirked, fatigue, skill, errorShare, leakPlanned, planned, home, runs, runStart, runUnit } = st;
      const { kneeHours, zeroHours, errorRate, errorRateAtFullFatigue } = prod;
      for (let r = 0; r < runs; r++) {
        let output = 0;
        for (let i = runStart[r], end = runStart[r + 1]; i < end; i++) {
          if (status[i] !== STATUS.working) continue;
          const atWork = scheduled[i] - hShirked[i];
          const f = useFatigue ? fatigue[i] : 0;
          const lengthFactor = atWork > kneeHours ? dayOutput(atWork, kneeHours, zeroHours) / atWork : 1; // up to the knee, one for one
          const err = useRework ? errorRate + (errorRateAtFullFatigue - errorRate) * f : 0;
          errorShare[i] = err;
          const net = lengthFactor * skill[i] * table[Math.round(f * FATIGUE_STEPS)] * (1 - err);
          const leak = leakPlanned[i];
          output += (planned[i] - leak) * net;
          if (leak > 0) homeOutput[home[i]] += leak * net;
        }
        unitOutput[runUnit[r]] += output;
      }
      allocation.split(st, day, unitOutput, homeOutput);
      bookHours(st);
    },
  };
}
