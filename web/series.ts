import type { LiveResult } from './protocol.js';

/**
 * What the page's charts draw, from a run's daily county series: one chart per figure, each with a
 * unit (the y axis title), daily or weekly (a series that swings between weekdays and rest days is
 * drawn as weekly totals, or a weekly share, and the chart's subtitle says so), on dates.
 */
export type Figure = 'backlog' | 'neverServed' | 'fatigue' | 'shirk' | 'shared' | 'doneRegular' | 'meetings';

export interface Point {
  /** The day's (or the week's first day's) date, ms since 1970 UTC. */
  t: number;
  v: number;
}

const DAY_MS = 86_400_000;
export const dayDate = (start: string, day: number) => Date.parse(`${start}T00:00:00Z`) + day * DAY_MS;

/** Sum a daily series over whole weeks from day 0 (a last, short week is left out: it would look like a drop). */
function weekly(xs: ArrayLike<number>, days: number): number[] {
  const out: number[] = [];
  for (let w = 0; (w + 1) * 7 <= days; w++) {
    let s = 0;
    for (let d = w * 7; d < w * 7 + 7; d++) s += xs[d];
    out.push(s);
  }
  return out;
}

/** Weekly figures as points at each week's first day. */
const weeklyPoints = (r: LiveResult, vs: number[]): Point[] => vs.map((v, w) => ({ t: dayDate(r.start, w * 7), v }));
const dailyPoints = (r: LiveResult, xs: ArrayLike<number>): Point[] => Array.from(xs, (v, d) => ({ t: dayDate(r.start, d), v }));

/** Whether a figure is weekly (its daily series is a weekday/rest-day comb). */
export const WEEKLY: Readonly<Record<Figure, boolean>> = { backlog: false, neverServed: false, fatigue: false, shirk: true, shared: false, doneRegular: true, meetings: true };

/** A figure's points from a run (as far as it has gone). */
export function figurePoints(f: Figure, r: LiveResult): Point[] {
  const s = r.series;
  const days = r.day;
  switch (f) {
    case 'backlog':
      return dailyPoints(r, s.open_regular);
    case 'neverServed': {
      // Cumulative: every request dropped undone since day 0 is a request the public never got served.
      let total = 0;
      return Array.from(s.lapsed_regular, (v, d) => ({ t: dayDate(r.start, d), v: (total += v) }));
    }
    case 'fatigue':
      return dailyPoints(r, s.fatigue_mean);
    case 'shirk': {
      // The share of scheduled working hours shirked each week, in per cent (as the shirking measure).
      const shirked = weekly(s.hours_shirked, days);
      const scheduled = weekly(s.hours_scheduled, days);
      return weeklyPoints(r, shirked.map((x, w) => (scheduled[w] > 0 ? (100 * x) / scheduled[w] : 0)));
    }
    case 'shared':
      return dailyPoints(r, s.open_shared);
    case 'doneRegular':
      return weeklyPoints(r, weekly(s.done_regular, days));
    case 'meetings':
      return weeklyPoints(r, weekly(s.hours_meetings, days));
  }
}

/** The campaigns of a run as date ranges: number (from 1), first and last day, length. */
export interface Band {
  n: number;
  from: number;
  to: number;
  days: number;
}

export function campaignBands(r: Pick<LiveResult, 'start' | 'campaignOfDay'>): Band[] {
  const out: Band[] = [];
  const c = r.campaignOfDay;
  for (let d = 0; d < c.length; d++) {
    if (c[d] < 0 || (d > 0 && c[d - 1] === c[d])) continue;
    let e = d;
    while (e + 1 < c.length && c[e + 1] === c[d]) e++;
    out.push({ n: out.length + 1, from: dayDate(r.start, d), to: dayDate(r.start, e + 1), days: e + 1 - d });
  }
  return out;
}

/** Where a day falls: in campaign n, week w / day k of it; or outside any campaign. */
export function placeOfDay(r: LiveResult, day: number): { campaign: number; week: number; dayOf: number } | null {
  const c = r.campaignOfDay[day];
  if (c === undefined || c < 0) return null;
  let first = day;
  while (first > 0 && r.campaignOfDay[first - 1] === c) first--;
  const n = new Set(r.campaignOfDay.slice(0, first + 1).filter((x) => x >= 0)).size;
  return { campaign: n, week: Math.floor((day - first) / 7) + 1, dayOf: day - first + 1 };
}
