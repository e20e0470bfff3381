/**
 * The generic daily loop. The engine knows no mechanism by name: a model is a list of phases that
 * run in order every day over a state the model defines.
 */
export interface Phase<S> {
  readonly name: string;
  run(state: S, day: number): void;
}

/** Run `days` days from `from`; `afterDay` sees the state once all phases have run. */
export function runDays<S>(state: S, phases: readonly Phase<S>[], from: number, days: number, afterDay?: (state: S, day: number) => void): void {
  for (let day = from; day < from + days; day++) {
    for (let p = 0; p < phases.length; p++) phases[p].run(state, day);
    if (afterDay) afterDay(state, day);
  }
}
