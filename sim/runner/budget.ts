import type { Scenario } from '../scenario/schema/index.js';
import { rateFormulaMaximum } from '../scenario/formulas.js';
import { RECOVERY_MEASURE_NAMES, WINDOW_MEASURE_NAMES } from '../measures/measures.js';
import { ExperimentError } from './errors.js';
import { groupedInteger } from '../measures/measure.js';

/**
 * The work an experiment may ask for before it starts, so that a typo (a grid of 1e15 points,
 * --replicates 1e9, a 100-year horizon with 100,000 staff) is refused in a moment instead of running
 * for hours or exhausting memory. Each limit has a flag that raises it (docs/SCENARIOS.md, "Limits").
 */
export interface Budget {
  /** Model runs (points x replicates): every run's summary is kept in memory and in the tables. */
  maxRuns: number;
  /** Staff-days simulated in all runs together: the model's cost is about proportional to them. */
  maxStaffDays: number;
  /** Estimated size of daily.csv in bytes. */
  maxDailyBytes: number;
  /**
   * Work items expected to arrive in all runs together (each is simulated, and an open one kept in
   * memory): a small office given 10,000 items a day costs little in staff-days and much in items.
   * Absent: DEFAULT_BUDGET's.
   */
  maxItems?: number;
}

/**
 * Defaults. 1e9 staff-days is about 12 to 30 minutes on one core (1.4 million staff-days a second
 * measured on scenarios/large-county.yaml, 0.6 million on the small teach-county); 20,000 runs keep
 * the summaries under a few hundred MB; 1 GB of daily.csv is more than a spreadsheet opens. Work
 * items: each arrival is drawn, scheduled and (while open) kept, at about a staff-day's cost.
 */
export const DEFAULT_BUDGET: Required<Budget> = { maxRuns: 20_000, maxStaffDays: 1e9, maxDailyBytes: 1024 ** 3, maxItems: 1e9 };

/** The command-line flag that raises each limit. */
export const BUDGET_FLAGS = { maxRuns: '--max-runs', maxStaffDays: '--max-staff-days', maxDailyBytes: '--max-daily-mb', maxItems: '--max-items' } as const;

/** Past what the limit and its flag, when raised, still cannot do: the plan keeps every point in memory. */
export const MAX_POINTS_IN_PLAN = 10_000_000;

/**
 * Bytes per daily.csv row, measured on the shipped scenarios (206 to 216 with 45 metrics) and
 * rounded up, plus the leading point and replicate columns of experiments.
 */
const DAILY_ROW_BYTES = 230;
const DAILY_LEAD_BYTES = 16;

/**
 * The largest summary.csv deptsim writes. It is built as one string (the report reads it back as
 * one), and V8 caps a string at 2^29 - 24 characters (512 MiB) on Node 20 to 26: past that the
 * experiment would run to the end and then fail. A hard limit, not a budget: no flag raises it.
 */
export const MAX_SUMMARY_BYTES = 450 * 1024 ** 2;

/**
 * Bytes per summary.csv row, measured on case A's Morris screening (49.6 with one run per point:
 * window, unit, measure, n, mean) and rounded up; with replicates each row carries the whole
 * description (sd, interval, quantiles).
 */
const SUMMARY_ROW_BYTES = { single: 56, replicated: 150 } as const;

/**
 * Rows of summary.csv per point: every window (at most the warm-up, the baseline, each campaign and
 * the gap or stretch after it, and the whole run) times every unit (departments, the campaign
 * headquarters, the county) times every window measure, plus the recovery rows after each campaign.
 */
export const summaryRowsOf = (s: Scenario) => {
  const windows = 2 * s.campaigns.length + 3;
  const units = s.departments.length + (s.campaigns.length ? 1 : 0) + 1;
  return windows * units * WINDOW_MEASURE_NAMES.length + s.campaigns.length * RECOVERY_MEASURE_NAMES.length;
};

/** A request over budget: one line with the estimate, the limit and the flag that raises it. */
export class BudgetError extends ExperimentError {
  constructor(message: string) {
    super(message);
    this.name = 'BudgetError';
  }
}

/** People on the establishment times days of the horizon: one run's size. */
export const staffDaysOf = (s: Scenario) => s.departments.reduce((a, d) => a + d.headcount, 0) * s.calendar.days;

/** Rows of one run's daily.csv: a row per day and unit (departments, the campaign headquarters, the county). */
export const dailyRowsOf = (s: Scenario) => s.calendar.days * (s.departments.length + (s.campaigns.length ? 1 : 0) + 1);

/** Estimated bytes of one run's daily.csv (without the leading columns of experiments). */
export const dailyBytesOf = (s: Scenario) => dailyRowsOf(s) * DAILY_ROW_BYTES;

/**
 * Work items expected to arrive in one run: every stream's rate (a department's regular duties, the
 * shared duties, each campaign's tasks at every unit and the headquarters) over its days, with a
 * rate formula at its largest value. An upper bound: rest days bring no regular items.
 */
export function itemsOf(s: Scenario): number {
  const days = s.calendar.days;
  const staff = s.departments.reduce((a, d) => a + d.headcount, 0);
  const peak = (formula: string | undefined) => (formula ? formulaPeak(formula, s) : 1);
  let items = 0;
  for (const d of s.departments) items += (d.regular.itemsPerDay + d.regular.itemsPerStaffDay * d.headcount) * peak(d.regular.rateFormula) * days;
  for (const duty of s.sharedDuties) items += duty.itemsPerDay * peak(duty.rateFormula) * days;
  for (const c of s.campaigns) {
    const perDay = c.tasks.itemsPerDay * (s.departments.length + 1) + Math.max(c.tasks.itemsPerStaffDay, c.hqItemsPerStaffDay) * staff;
    items += perDay * peak(c.tasks.rateFormula) * c.days;
  }
  return items;
}

/** A rate formula's peak over a calendar, once per formula and calendar (a sweep repeats both). */
const peaks = new Map<string, number>();
function formulaPeak(formula: string, s: Scenario): number {
  const key = JSON.stringify([formula, s.calendar]);
  let v = peaks.get(key);
  if (v === undefined) {
    v = rateFormulaMaximum(formula, s.calendar);
    if (peaks.size > 1000) peaks.clear();
    peaks.set(key, v);
  }
  return v;
}

/** Numbers people read: 20,000 and 1.2e+15, not 1200000000000000. */
export function count(n: number): string {
  return n < 1e9 ? groupedInteger(Math.round(n)) : n.toPrecision(2).replace('e+', 'e');
}

const size = (bytes: number) => (bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(1)} GB` : `${Math.max(1, Math.round(bytes / 1024 ** 2))} MB`);

/** What an experiment would do: how many runs, described (e.g. "12 points x 40 replicates"). */
export interface Estimate {
  runs: number;
  /** How the runs come about, for the message. */
  what: string;
}

/** Refuse more runs than the budget allows; called before a design is expanded. */
export function checkRuns(e: Estimate, b: Budget): void {
  if (e.runs > b.maxRuns || !Number.isFinite(e.runs)) {
    throw new BudgetError(
      `${e.what} is ${count(e.runs)} run${e.runs === 1 ? '' : 's'}; the limit is ${count(b.maxRuns)} run${b.maxRuns === 1 ? '' : 's'}. Ask for fewer, or raise the limit with ${BUDGET_FLAGS.maxRuns} N`,
    );
  }
  if (e.runs > MAX_POINTS_IN_PLAN) {
    throw new BudgetError(`${e.what} is ${count(e.runs)} runs; deptsim holds at most ${count(MAX_POINTS_IN_PLAN)} in one experiment. Split it into several`);
  }
}

/**
 * Refuse runs that simulate too many staff-days, or write too large a daily.csv: `scenarios` are
 * the points (or arms), each run `replicates` times.
 */
export function checkWork(scenarios: readonly Scenario[], replicates: number, daily: boolean, b: Budget): void {
  const perPoint = scenarios.reduce((a, s) => a + staffDaysOf(s), 0);
  const staffDays = perPoint * replicates;
  const runs = `${count(scenarios.length * replicates)} run${scenarios.length * replicates === 1 ? '' : 's'}`;
  if (staffDays > b.maxStaffDays) {
    const biggest = Math.max(...scenarios.map(staffDaysOf));
    throw new BudgetError(
      `this would simulate ${count(staffDays)} staff-days (${runs}, the largest ` +
        `${count(biggest)} staff-days: headcount x calendar.days); the limit is ${count(b.maxStaffDays)}. ` +
        `Use fewer staff, days or runs, or raise the limit with ${BUDGET_FLAGS.maxStaffDays} N`,
    );
  }
  const maxItems = b.maxItems ?? DEFAULT_BUDGET.maxItems;
  const perRun = scenarios.map(itemsOf);
  const items = perRun.reduce((a, n) => a + n, 0) * replicates;
  if (!(items <= maxItems)) {
    throw new BudgetError(
      `this would bring about ${count(items)} work items (${runs}, the largest ${count(Math.max(...perRun))}: arrival rates x days); ` +
        `the limit is ${count(maxItems)}. Lower the rates (itemsPerDay, itemsPerStaffDay, rateFormula), days or runs, or raise the limit with ${BUDGET_FLAGS.maxItems} N`,
    );
  }
  const summary = scenarios.reduce((x, sc) => x + summaryRowsOf(sc), 0) * (replicates > 1 ? SUMMARY_ROW_BYTES.replicated : SUMMARY_ROW_BYTES.single);
  if (summary > MAX_SUMMARY_BYTES) {
    throw new BudgetError(
      `summary.csv would be about ${size(summary)} (${count(scenarios.length)} point${scenarios.length === 1 ? '' : 's'} x about ${count(summaryRowsOf(scenarios[0]))} rows each: windows x units x measures), ` +
        `more than deptsim can write as one file (${size(MAX_SUMMARY_BYTES)}). Use fewer points (--samples, --trajectories, fewer swept values), or split the design into separate experiments`,
    );
  }
  if (!daily) return;
  const lead = scenarios.length > 1 || replicates > 1 ? DAILY_LEAD_BYTES : 0;
  const bytes = scenarios.reduce((a, s) => a + dailyRowsOf(s), 0) * replicates * (DAILY_ROW_BYTES + lead);
  if (bytes > b.maxDailyBytes) {
    throw new BudgetError(
      `daily.csv would be about ${size(bytes)}; the limit is ${size(b.maxDailyBytes)}. ` +
        `Leave out daily.csv (no --daily, or outputs.daily: false), or raise the limit with ${BUDGET_FLAGS.maxDailyBytes} N`,
    );
  }
}
