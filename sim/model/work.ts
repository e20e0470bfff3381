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
  return new WorkPhase(st);
}

/*
 * A class rather than an object literal made per run: its `run` is then one function for every run
 * of the process, so V8's optimized code for it (and for what it inlines) outlives a run. A closure
 * made anew per run is compiled again in each run (issue 15). Arrivals and inspection are classes
 * for the same reason; the coordination phases, which loop over tasks rather than people, stay
 * closures (recompiling them costs a second run of case B about 10 ms).
 */
class WorkPhase implements Phase<ModelState> {
  readonly name = 'work';
  private readonly prod: ModelState['scenario']['staff']['productivity'];
  private readonly table: Float64Array;
  private readonly allocation: Allocation;
  private readonly unitOutput: Float64Array;
  private readonly homeOutput: Float64Array;
  private readonly useRework: boolean;
  private readonly useFatigue: boolean;

  constructor(st: ModelState) {
    const s = st.scenario;
    this.prod = s.staff.productivity;
    this.table = productivityTable(this.prod);
    this.allocation = new Allocation(st);
    this.unitOutput = new Float64Array(st.U);
    this.homeOutput = new Float64Array(st.D);
    this.useRework = s.mechanisms.rework;
    this.useFatigue = s.mechanisms.fatigue;
  }

  run(st: ModelState, day: number): void {
    const { unitOutput, homeOutput, table, useRework, useFatigue } = this;
    unitOutput.fill(0);
    homeOutput.fill(0);
    const { status, scheduled, hShirked, fatigue, skill, errorShare, leakPlanned, planned, home, runs, runStart, runUnit } = st;
    const { kneeHours, zeroHours, errorRate, errorRateAtFullFatigue } = this.prod;
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
    this.allocation.split(st, day, unitOutput, homeOutput);
    bookHours(st);
  }
}
