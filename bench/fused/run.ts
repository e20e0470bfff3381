import { County } from './county.js';
import { Evening } from './evening.js';
import { FIGURES, WIDTH } from './figures.js';
import { fusedFits } from './fits.js';
import { HQ_UNIT, type Scenario } from './interface.js';
import { Morning } from './morning.js';
import { closeRows } from './rows.js';
import { Sums, type RunSums } from './sums.js';
import { Units } from './units.js';

export interface FusedRun {
  /** Unit ids (departments, then the headquarters when there are campaigns); the rows add "county" last. */
  units: string[];
  /** Column names of a row (figures.ts). */
  figures: readonly string[];
  sums: RunSums;
}

/**
 * The limit reference of `npm run bench` (issues 15, 24 and 27): a plain program, written for the
 * bench and never used by the model, that answers "how fast could this model's outputs be computed in
 * plain JavaScript?". It gives the model's every daily figure to the bit (test/bench/fused.test.ts)
 * and keeps its own run sums (sums.ts), like the model's summary collector, over the same windows.
 * It keeps per person only what the figures need: what carries over to tomorrow (fatigue, motivation,
 * perceived risk, working days in a row) and what its evening pass reads from its morning pass
 * (status, hours scheduled, shirked, planned, home work planned, faulty share). The model also writes
 * every person's hours by use each day (state.ts: the library's state, which the invariants test
 * reads); the reference does not, and that is part of what the ratio measures.
 *
 * Run a scenario to its horizon with the reference. `onDay` sees each day's rows (units then the
 * county, WIDTH figures each) and must copy what it keeps. Throws on a scenario fusedFits refuses.
 */
export function fusedRun(s: Scenario, seedKey: string, onDay?: (day: number, rows: Float64Array) => void): FusedRun {
  const why = fusedFits(s);
  if (why) throw new Error(`fused reference: ${why}`);
  const day = new FusedDay(s, seedKey);
  const units = [...day.unitIds];
  const sums = new Sums(day.county.days, s.campaigns.map((c) => c.id), s.calendar.warmupDays, [...units, 'county']);
  for (let d = 0; d < day.county.days.count; d++) {
    day.run(d);
    sums.add(d, day.county.rows);
    if (onDay) onDay(d, day.county.rows);
  }
  return { units, figures: FIGURES, sums: sums.out };
}

/** A step of the day: its name, whether it passes over the people (the bench times those apart), and what it does. */
export interface Step {
  readonly name: string;
  readonly perPerson: boolean;
  run(day: number): void;
}

/**
 * One county's day, step by step. The passes are classes of small methods rather than one function:
 * V8 optimises (and, when a rare branch first runs, re-optimises) each small method quickly, where one
 * giant function took seconds of compiling and ran in the interpreter meanwhile (measured: 0.4-4 s a
 * run, at random).
 */
export class FusedDay {
  readonly county: County;
  /** The departments' ids, then the headquarters' when the scenario has campaigns. */
  readonly unitIds: readonly string[];
  /** In the day's order; the per-person ones do the work of the model's schedule ... tally phases. */
  readonly steps: readonly Step[];

  constructor(s: Scenario, seedKey: string) {
    const county = new County(s, seedKey);
    this.county = county;
    this.unitIds = [...s.departments.map((d) => d.id), ...(s.campaigns.length > 0 ? [HQ_UNIT] : [])];
    const morning = new Morning(county);
    const units = new Units(county, this.unitIds);
    const evening = new Evening(county);
    const step = (name: string, perPerson: boolean, run: (day: number) => void): Step => ({ name, perPerson, run });
    this.steps = [
      step('open', false, () => county.rows.fill(0)),
      step('campaign turn', false, (day) => county.days.turns(day) && units.turn(day)),
      step('home work', false, (day) => morning.homeWork(day)),
      step('arrivals', false, (day) => units.arrivals(day)),
      step('morning pass', true, (day) => morning.run(day)),
      step('split of output', true, (day) => units.split(day)),
      step('lapses', false, (day) => units.lapse(day)),
      step('evening pass', true, (day) => evening.run(day)),
      step('reversal', false, (day) => units.reversal(day)),
      step('campaign end', false, (day) => units.campaignEnd(day)),
      step('close of rows', true, () => closeRows(county)),
    ];
  }

  run(day: number): void {
    const steps = this.steps;
    for (let k = 0; k < steps.length; k++) steps[k].run(day);
  }
}
