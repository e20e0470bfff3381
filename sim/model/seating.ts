/**
 * Where people sit, as runs: staff are numbered by department, so the people of one unit sit in a
 * few unbroken runs of indices (seconded staff break their department's run and make runs of their
 * own). Daily loops walk the runs and sum a unit's numbers in local variables, which the compiler keeps
 * in registers, instead of adding into the unit's record row person by person.
 */
export interface Seating {
  /** People sitting in each unit: unit[i] for person i. */
  readonly unit: Int32Array;
  /** Run r is people runStart[r] .. runStart[r + 1] - 1 (length N + 1). */
  readonly runStart: Int32Array;
  /** Unit of run r (length N). */
  readonly runUnit: Int32Array;
  /** Number of runs. */
  runs: number;
}

/** Recompute the runs from `unit`; call whenever anyone changes unit. */
export function seatRuns(s: Seating): void {
  const { unit, runStart, runUnit } = s;
  const N = unit.length;
  let r = 0;
  for (let i = 0; i < N; i++) {
    if (i === 0 || unit[i] !== unit[i - 1]) {
      runStart[r] = i;
      runUnit[r] = unit[i];
      r++;
    }
  }
  runStart[r] = N;
  s.runs = r;
}
