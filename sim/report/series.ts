import type { DailyData } from './read/results.js';
import { quantile } from './stat.js';

/** One week's figure; lo and hi bound the middle 95% of replicates when there are several. */
export interface WeekPoint {
  unit: string;
  week: number;
  /** First calendar day of the week (ISO date) or, without dates, the day number. */
  date: string;
  value: number;
  lo?: number;
  hi?: number;
}

/** Metric totals over one week of days (level metrics too: divide by `days` for the mean level). */
export type WeekSums = Record<string, number> & { days: number };

/**
 * Weekly figures per unit from daily.csv: days are summed in 7-day bins from day 0, `value` turns a
 * bin's sums into the plotted figure (null to leave the week out), and replicates are averaged, their
 * middle 95% kept as a band. Weeks, not days, because daily counts are too noisy to read.
 */
export function weeklySeries(
  daily: DailyData,
  units: readonly string[],
  metrics: readonly string[],
  value: (s: WeekSums) => number | null,
): WeekPoint[] {
  const wanted = new Set(units);
  const bins = new Map<string, { unit: string; week: number; rep: string; sums: WeekSums }>();
  const weekDate = new Map<number, string>();
  const { unit: unitOf, day: dayOf, date: dateOf } = daily.columns;
  const repOf = daily.replicate ? daily.columns[daily.replicate] : undefined;
  // A figure missing or not a number counts 0, as does an empty cell (NaN).
  const values = metrics.map((m) => daily.columns[m]).map((c) => (c instanceof Float64Array ? c : null));
  for (const i of rowsOf(daily, wanted)) {
    const unit = unitOf?.[i] as string;
    const day = dayOf?.[i] as number;
    const week = Math.floor(day / 7);
    // The week is named by its first day; a partial first bin falls back to its earliest row.
    const date = dateOf?.[i];
    if (day % 7 === 0 || !weekDate.has(week)) weekDate.set(week, typeof date === 'string' && date ? date : String(day));
    const rep = repOf ? String(repOf[i]) : '';
    const key = `${unit}\u0000${rep}\u0000${week}`;
    let bin = bins.get(key);
    if (!bin) {
      const sums = { days: 0 } as WeekSums;
      for (const m of metrics) sums[m] = 0;
      bin = { unit, week, rep, sums };
      bins.set(key, bin);
    }
    bin.sums.days++;
    for (let k = 0; k < metrics.length; k++) {
      const v = values[k]?.[i] ?? NaN;
      bin.sums[metrics[k]] += Number.isNaN(v) ? 0 : v;
    }
  }
  const perWeek = new Map<string, { unit: string; week: number; values: number[] }>();
  for (const b of bins.values()) {
    const v = value(b.sums);
    if (v === null || !Number.isFinite(v)) continue;
    const key = `${b.unit}\u0000${b.week}`;
    const e = perWeek.get(key) ?? { unit: b.unit, week: b.week, values: [] };
    e.values.push(v);
    perWeek.set(key, e);
  }
  const out: WeekPoint[] = [];
  for (const e of perWeek.values()) {
    const mean = e.values.reduce((a, b) => a + b, 0) / e.values.length;
    const p: WeekPoint = { unit: e.unit, week: e.week, date: weekDate.get(e.week) ?? String(e.week * 7), value: round(mean) };
    if (e.values.length > 1) {
      p.lo = round(quantile(e.values, 0.025));
      p.hi = round(quantile(e.values, 0.975));
    }
    out.push(p);
  }
  return out.sort((a, b) => (a.unit === b.unit ? a.week - b.week : units.indexOf(a.unit) - units.indexOf(b.unit)));
}

/** Each unit's rows of daily.csv, in file order: built once per table, as every figure asks for some. */
const rowsByUnit = new WeakMap<DailyData, Map<string, number[]>>();

/** The rows of the `wanted` units, in file order (the order the sums and week dates are taken in). */
function rowsOf(daily: DailyData, wanted: ReadonlySet<string>): number[] {
  let byUnit = rowsByUnit.get(daily);
  if (!byUnit) {
    byUnit = new Map();
    const unitOf = daily.columns.unit;
    for (let i = 0; i < daily.length; i++) {
      const unit = unitOf?.[i] as string;
      let rows = byUnit.get(unit);
      if (!rows) byUnit.set(unit, (rows = []));
      rows.push(i);
    }
    rowsByUnit.set(daily, byUnit);
  }
  const lists = [...wanted].map((u) => byUnit.get(u) ?? []).filter((r) => r.length);
  return lists.length === 1 ? lists[0] : lists.flat().sort((a, b) => a - b);
}

/**
 * Four significant digits: far below what a figure can show, and it keeps the data inlined in
 * report.html and the .vl.json files small.
 */
function round(x: number): number {
  return x === 0 || !Number.isFinite(x) ? x : Number(x.toPrecision(4));
}

/** Calendar date of each day number, from daily.csv (empty without dates). */
export function datesOfDays(daily: DailyData | null): Map<number, string> {
  const m = new Map<number, string>();
  const { day, date } = daily?.columns ?? {};
  if (daily && day && Array.isArray(date)) for (let i = 0; i < daily.length; i++) if (date[i] && !m.has(day[i] as number)) m.set(day[i] as number, date[i]);
  return m;
}
