import { campaignHeadline } from '../headlines.js';
import type { Results } from '../read/results.js';
import { datesOfDays, weeklySeries } from '../series.js';
import { spreadNote, topLevel, type Plot } from './plot.js';
import { campaignSpans, dateX, shadingLayer } from './time.js';
import { tr, type Locale } from '../locale.js';
import { AT_WORK_HOURS } from '../../measures/hour-uses.js';

/** Hours shirked as a share of hours at work, county, by week, with the hours themselves beside the share. */
export function shirkingPlot(results: Results, locale: Locale = 'en'): Plot | null {
  const daily = results.daily;
  if (!daily) return null;
  // Hours at work: every use of a working day (shirked and idle included), as the registry's shirk_rate.
  const points = weeklySeries(daily, ['county'], AT_WORK_HOURS, (s) => {
    const scheduled = AT_WORK_HOURS.reduce((a, m) => a + s[m], 0);
    return scheduled > 0 ? s.hours_shirked / scheduled : null;
  });
  // A share can stand still while the hours behind it double (a longer day): the hours go beside it.
  const hours = new Map(
    weeklySeries(daily, ['county'], ['hours_shirked', 'staff'], (s) => (s.staff > 0 ? (s.hours_shirked / (s.staff / s.days)) * (7 / s.days) : null)).map((p) => [p.date, p.value]),
  );
  const rows = points.map((p) => ({ week_start: p.date, shirk_share: p.value, lo: p.lo, hi: p.hi, hours_shirked_per_staff_week: hours.get(p.date) ?? null }));
  const y = { field: 'shirk_share', type: 'quantitative', title: tr('shirkingAxis', locale), axis: { format: '.0%' } };
  const spec = topLevel(tr('shirkingTitle', locale), [tr('shirkingSubtitle', locale), spreadNote(results.replicates, undefined, locale)], {
    width: 520,
    height: 260,
    layer: [
      { data: { values: campaignSpans(results, datesOfDays(daily), locale) }, ...shadingLayer(null, locale) },
      ...(results.replicates > 1
        ? [{ data: { values: rows }, mark: { type: 'area', opacity: 0.25, color: '#e45756' }, encoding: { x: dateX('week_start'), y: { ...y, field: 'lo' }, y2: { field: 'hi' } } }]
        : []),
      {
        data: { values: rows },
        mark: { type: 'line', color: '#e45756', strokeWidth: 2 },
        encoding: {
          x: dateX('week_start'),
          y,
          tooltip: [
            { field: 'week_start', type: 'nominal', title: tr('weekOf', locale) },
            { field: 'shirk_share', type: 'quantitative', title: tr('shirkingAxis', locale), format: '.1%' },
            { field: 'hours_shirked_per_staff_week', type: 'quantitative', title: tr('shirkingHoursTooltip', locale), format: '.1f' },
          ],
        },
      },
    ],
  });
  return {
    name: 'shirking',
    headline: campaignHeadline(results, 'shirk_rate', locale),
    title: tr('shirkingShort', locale),
    caption: tr('shirkingCaption', locale),
    spec,
    data: rows,
  };
}
