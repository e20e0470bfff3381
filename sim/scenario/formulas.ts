import { buildCalendar, type WeekdayName } from '../engine/calendar.js';
import { compileFormula, findNonFinite, FormulaError, type Formula } from '../engine/formula.js';
import { pathKey, type Plain } from './located.js';
import { pathText, type Loc, type Problem } from './problem.js';
import { Calendar } from './schema/calendar.js';

/** Variables of an arrival-rate multiplier (must match what sim/model/arrivals.ts puts in scope). */
export const RATE_FORMULA_VARIABLES = ['day', 'weekday', 'month', 'campaign'] as const;
/** Variable of the output-per-hour curve. */
export const PRODUCTIVITY_FORMULA_VARIABLES = ['fatigue'] as const;

type CalendarSpec = ReturnType<typeof Calendar.parse>;

/**
 * A kind of formula field: where it sits (a path pattern, `*` = any list index) and the points of
 * its domain it must give a finite number at. The model evaluates these formulas at exactly such
 * points, so a formula that passes here cannot produce NaN in a run.
 */
export interface FormulaField {
  pattern: readonly (string | '*')[];
  variables: readonly string[];
  domain: (cal: CalendarSpec) => Iterable<Record<string, number>>;
  /** How many points `domain` yields (the cost of checking one formula). */
  points: (cal: CalendarSpec) => number;
  describe: string;
}

/**
 * Evaluations all formula checks of one scenario may take together (a few seconds: one takes about
 * 4 microseconds): many distinct formulas over a century-long horizon are refused, not checked for
 * minutes. Identical formulas are checked once, so YAML anchors cost nothing.
 */
export const MAX_FORMULA_EVALUATIONS = 2_000_000;

function* fatigueGrid() {
  for (let k = 0; k <= 200; k++) yield { fatigue: k / 200 };
}

/** Every day of the horizon with its weekday and month, with and without a campaign running. */
function* dayGrid(cal: CalendarSpec) {
  const c = buildCalendar(cal.start, cal.days, cal.weekend as WeekdayName[], cal.holidays);
  for (let day = 0; day < c.days; day++) {
    for (const campaign of [0, 1]) yield { day, weekday: c.weekday[day], month: c.month[day], campaign };
  }
}

const rate = (pattern: FormulaField['pattern']): FormulaField => ({
  pattern,
  variables: RATE_FORMULA_VARIABLES,
  domain: dayGrid,
  points: (cal) => 2 * cal.days,
  describe: 'every day of the horizon, with campaign = 0 and 1',
});

export const FORMULA_FIELDS: FormulaField[] = [
  { pattern: ['staff', 'productivity', 'formula'], variables: PRODUCTIVITY_FORMULA_VARIABLES, domain: fatigueGrid, points: () => 201, describe: 'fatigue from 0 to 1' },
  rate(['departments', '*', 'regular', 'rateFormula']),
  rate(['campaigns', '*', 'tasks', 'rateFormula']),
  rate(['sharedDuties', '*', 'rateFormula']),
];

/** Paths in `data` matching a pattern, with the value found there. */
function matches(data: unknown, pattern: FormulaField['pattern'], at: (string | number)[] = []): { path: (string | number)[]; value: unknown }[] {
  if (pattern.length === 0) return [{ path: at, value: data }];
  if (data === null || typeof data !== 'object') return [];
  const [head, ...rest] = pattern;
  if (head === '*') return Array.isArray(data) ? data.flatMap((v, i) => matches(v, rest, [...at, i])) : [];
  return head in data ? matches((data as Record<string, unknown>)[head], rest, [...at, head]) : [];
}

function fmt(point: Record<string, number>): string {
  return Object.entries(point)
    .map(([k, v]) => `${k}=${Number.isInteger(v) ? v : v.toFixed(3)}`)
    .join(', ');
}

/**
 * Compile every formula in the (merged, not yet validated) data and evaluate it over its domain.
 * Runs on raw data so formula problems are reported together with schema problems; the calendar
 * falls back to defaults when it is itself invalid.
 */
export function checkFormulas(plain: Plain, fallback: Loc): Problem[] {
  const problems: Problem[] = [];
  const data = plain.data as Record<string, unknown> | null;
  const parsedCal = Calendar.safeParse(data && typeof data === 'object' ? (data.calendar ?? {}) : {});
  const cal = parsedCal.success ? parsedCal.data : Calendar.parse({});
  // One verdict per distinct formula and kind of field: YAML anchors repeat one formula in hundreds
  // of places, and each check evaluates it at every day of the horizon.
  const found = FORMULA_FIELDS.flatMap((field) =>
    matches(data, field.pattern)
      .filter((m): m is { path: (string | number)[]; value: string } => typeof m.value === 'string' && m.value !== '') // the schema reports the type
      .map((m) => ({ ...m, field, key: `${field.variables.join()}\u0000${field.describe}\u0000${m.value}` })),
  );
  const locOf = (path: (string | number)[]) => plain.origins.get(pathKey(path))?.at ?? fallback;
  const distinct = new Map(found.map((f) => [f.key, f]));
  const cost = [...distinct.values()].reduce((a, f) => a + f.field.points(cal), 0);
  if (cost > MAX_FORMULA_EVALUATIONS) {
    const first = found[0];
    return [{
      loc: locOf(first.path),
      path: pathText(first.path),
      message: `checking these ${distinct.size} different formulas over ${cal.days} days takes ${cost.toLocaleString('en-US')} evaluations; the limit is ${MAX_FORMULA_EVALUATIONS.toLocaleString('en-US')}: use fewer different formulas (repeat one, e.g. with a YAML anchor) or a shorter horizon`,
    }];
  }
  const verdicts = new Map<string, string | null>();
  for (const { path, value, field, key } of found) {
    if (!verdicts.has(key)) verdicts.set(key, verdict(field, value, cal));
    const message = verdicts.get(key);
    if (message) problems.push({ loc: locOf(path), path: pathText(path), message });
  }
  return problems;
}

/** What is wrong with one formula in one kind of field, or null. */
function verdict(field: FormulaField, value: string, cal: CalendarSpec): string | null {
  let f: Formula;
  try {
    f = compileFormula(value, field.variables);
  } catch (e) {
    if (!(e instanceof FormulaError)) throw e;
    return e.message;
  }
  const bad = findNonFinite(f, field.domain(cal));
  if (!bad) return null;
  const got = Number.isNaN(bad.value) ? 'no number (NaN)' : String(bad.value);
  return `formula "${value}" gives ${got} at ${fmt(bad.point)}; it must give a finite number for ${field.describe}`;
}

/**
 * The largest value a rate multiplier takes over the horizon (every day, with and without a
 * campaign; negative values count as 0, as in the model): with it the budget bounds a run's
 * arrivals before the run. The formula has passed checkFormulas, so it compiles and is finite there.
 */
export function rateFormulaMaximum(source: string, cal: CalendarSpec): number {
  const f = compileFormula(source, RATE_FORMULA_VARIABLES);
  const scope = new Map<string, number>();
  let max = 0;
  for (const point of dayGrid(cal)) {
    for (const [k, v] of Object.entries(point)) scope.set(k, v);
    const v = f(scope);
    if (v > max) max = v;
  }
  return max;
}
