import { campaignHeadline } from '../headlines.js';
import type { Results } from '../read/results.js';
import { datesOfDays, weeklySeries } from '../series.js';
import { topLevel, type Plot } from './plot.js';
import { campaignSpans, dateX, shadingLayer } from './time.js';
import { tr, type Locale } from '../locale.js';

/**
 * Fatigue of the county's staff, by week: the mean as a line, and a band up to the 90th percentile
 * of staff, so the most tired tenth is visible, not averaged away.
 */
export function fatiguePlot(results: Results, locale: Locale = 'en'): Plot | null {
  const daily = results.daily;
  if (!daily) return null;
  const mean = weeklySeries(daily, ['county'], ['fatigue_mean'], (s) => s.fatigue_mean / s.days);
  const p90 = new Map(weeklySeries(daily, ['county'], ['fatigue_p90'], (s) => s.fatigue_p90 / s.days).map((p) => [p.week, p.value]));
  const rows = mean.map((p) => ({ week_start: p.date, fatigue_mean: p.value, fatigue_p90: p90.get(p.week) ?? p.value }));
  const note = results.replicates > 1 ? tr('meanOf', locale, { n: results.replicates }) : tr('singleSeed', locale);
  const spec = topLevel(tr('fatigueTitle', locale), [tr('fatigueSubtitle1', locale), tr('fatigueSubtitle2', locale, { note })], {
    width: 520,
    height: 260,
    layer: [
      { data: { values: campaignSpans(results, datesOfDays(daily), locale) }, ...shadingLayer(null, locale) },
      {
        data: { values: rows },
        mark: { type: 'area', opacity: 0.3, color: '#9467bd' },
        encoding: { x: dateX('week_start'), y: { field: 'fatigue_mean', type: 'quantitative', title: tr('fatigueAxis', locale) }, y2: { field: 'fatigue_p90' } },
      },
      {
        data: { values: rows },
        mark: { type: 'line', color: '#5b2c83', strokeWidth: 2 },
        encoding: {
          x: dateX('week_start'),
          y: { field: 'fatigue_mean', type: 'quantitative', title: tr('fatigueAxis', locale), scale: { domain: [0, 1] } },
          tooltip: [
            { field: 'week_start', type: 'nominal', title: tr('weekOf', locale) },
            { field: 'fatigue_mean', type: 'quantitative', title: tr('fatigueMean', locale), format: '.2f' },
            { field: 'fatigue_p90', type: 'quantitative', title: tr('fatigueP90', locale), format: '.2f' },
          ],
        },
      },
    ],
  });
  return {
    name: 'fatigue',
    headline: campaignHeadline(results, 'fatigue_mean', locale),
    title: tr('fatigueShort', locale),
    caption: tr('fatigueCaption', locale),
    spec,
    data: rows,
  };
}
