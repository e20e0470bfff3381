import type { Phase } from '../engine/loop.js';
import { Allocation } from './allocation.js';
import type { ModelState } from './state.js';
import type { WorkingDay } from './working-day.js';

/**
 * The day's work: each unit splits the output its people produced in the working day
 * (working-day.ts) over its queues and works them (allocation.ts). Each person's hours are booked by
 * use at the end of the day (end-of-day.ts), in their unit's proportions.
 */
export function makeWork(st: ModelState, workingDay: WorkingDay): Phase<ModelState> {
  return new WorkPhase(st, workingDay);
}

/*
 * A class rather than an object literal made per run: its `run` is then one function for every run
 * of the process, so V8's optimized code for it (and for what it inlines) outlives a run. A closure
 * made anew per run is compiled again in each run (issue 15). The passes over people, arrivals and
 * this phase are classes for the same reason; the coordination phases, which loop over tasks rather
 * than people, stay closures (recompiling them costs a second run of case B about 10 ms).
 */
class WorkPhase implements Phase<ModelState> {
  readonly name = 'work';
  private readonly allocation: Allocation;

  constructor(
    st: ModelState,
    private readonly workingDay: WorkingDay,
  ) {
    this.allocation = new Allocation(st);
  }

  run(st: ModelState, day: number): void {
    this.allocation.split(st, day, this.workingDay.unitOutput, this.workingDay.homeOutput);
  }
}
