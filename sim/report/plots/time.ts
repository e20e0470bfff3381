import type { Results } from '../read/results.js';
import type { VlSpec } from './plot.js';
import { windowName } from '../metrics.js';
import { tr, type Locale } from '../locale.js';

const DAY_MS = 86_400_000;

/** The date of day `day`: read from daily.csv, or counted on from the last known date (end bounds). */
export function dateAt(dates: Map<number, string>, day: number): string | null {
  const known = dates.get(day);
  if (known) return known;
  let last = -1;
  for (const d of dates.keys()) if (d < day && d > last) last = d;
  if (last < 0) return null;
  return new Date(Date.parse(`${dates.get(last)}T00:00:00Z`) + (day - last) * DAY_MS).toISOString().slice(0, 10);
}

/** Campaign windows as date ranges, for shading. */
export function campaignSpans(results: Results, dates: Map<number, string>, locale: Locale = 'en'): { campaign: string; start: string; end: string }[] {
  const out: { campaign: string; start: string; end: string }[] = [];
  for (const w of results.windows) {
    if (w.kind !== 'campaign') continue;
    const start = dateAt(dates, w.from);
    const end = dateAt(dates, w.to);
    const campaign = locale === 'en' ? (results.campaigns.find((c) => c.id === w.id)?.name ?? w.id) : windowName(w.id, results.campaigns, locale, w.to - w.from);
    if (start && end) out.push({ campaign, start, end });
  }
  return out;
}

/**
 * A date axis in UTC (dates are calendar days; local time zones must not shift them). Its labels
 * are vega's multi-scale ones ("2017", "April", "Jul 09"): each names what changed at its tick, so a
 * short run's weekly ticks never repeat a month ("Jan 2017, Jan 2017") as one fixed format would.
 */
export function dateX(field: string, title: string | null = null): VlSpec {
  return { field, type: 'temporal', scale: { type: 'utc' }, title, axis: { labelAngle: 0, tickCount: 6 } };
}

/** Grey bands behind a time chart, one per campaign, with the campaign's name as tooltip. */
export function shadingLayer(filter: string | null, locale: Locale = 'en'): VlSpec {
  return {
    ...(filter ? { transform: [{ filter }] } : {}),
    mark: { type: 'rect', color: '#bbbbbb', opacity: 0.3 },
    encoding: {
      x: { field: 'start', type: 'temporal', scale: { type: 'utc' } },
      x2: { field: 'end' },
      tooltip: [{ field: 'campaign', type: 'nominal', title: tr('campaign', locale) }],
    },
  };
}
