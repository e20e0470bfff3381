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
 * Run a scenario to its horizon with the reference. `onDay` sees each day's rows (units then the
 * county, WIDTH figures each) and must copy what it keeps. Throws on a scenario fusedFits refuses.
 */
export function fusedRun(s: Scenario, seedKey: string, onDay?: (day: number, rows: Float64Array) => void): FusedRun {
  const why = fusedFits(s);
  if (why) throw new Error(`fused reference: ${why}`);
  const units = s.departments.map((d) => d.id);
  if (s.campaigns.length > 0) units.push(HQ_UNIT);
  const day = new FusedDay(s, seedKey, units);
  const sums = new Sums(day.county.days, s.campaigns.map((c) => c.id), s.calendar.warmupDays, [...units, 'county']);
  for (let d = 0; d < day.county.days.count; d++) {
    day.run(d);
    sums.add(d, day.county.rows);
    if (onDay) onDay(d, day.county.rows);
  }
  return { units, figures: FIGURES, sums: sums.out };
}

/** One county's day, pass by pass (a class of small methods: V8 optimises each quickly, where one giant function took seconds). */
export class FusedDay {
  readonly county: County;
  readonly morning: Morning;
  readonly units: Units;
  readonly evening: Evening;

  constructor(s: Scenario, seedKey: string, unitIds: readonly string[]) {
    this.county = new County(s, seedKey);
    this.morning = new Morning(this.county);
    this.units = new Units(this.county, unitIds);
    this.evening = new Evening(this.county);
  }

  run(day: number): void {
    const { county, morning, units, evening } = this;
    county.rows.fill(0);
    if (county.days.turns(day)) units.turn(day);
    morning.homeWork(day);
    units.arrivals(day);
    morning.run(day);
    units.split(day);
    units.lapse(day);
    evening.run(day);
    units.reversal(day);
    units.campaignEnd(day);
    closeRows(county);
  }
}

export { WIDTH };
