import { campaignHeadline } from '../headlines.js';
import type { Results } from '../read/results.js';
import { weeklySeries } from '../series.js';
import { topLevel, type Plot } from './plot.js';
import { dateX } from './time.js';
import { tr, type Locale } from '../locale.js';
import { STACKED_USES } from '../../measures/hour-uses.js';

/** Uses of paid time, in stacking order (work at the bottom, time off at the top), with fixed colours (sim/measures/hour-uses.ts). */
const USES = STACKED_USES;

/**
 * Where the county's hours went, per staff member per week, stacked. Campaigns show as the orange
 * band growing and the rest-day band shrinking (rest days cancelled).
 */
export function hoursPlot(results: Results, locale: Locale = 'en'): Plot | null {
  const daily = results.daily;
  if (!daily) return null;
  const rows: Record<string, unknown>[] = [];
  USES.forEach((u, order) => {
    for (const p of weeklySeries(daily, ['county'], [u.metric, 'staff'], (s) => (s.staff > 0 ? (s[u.metric] / (s.staff / s.days)) * (7 / s.days) : null))) {
      rows.push({ week_start: p.date, use: tr(u.legend, locale), order, hours_per_staff_week: p.value });
    }
  });
  const note = results.replicates > 1 ? tr('meanOf', locale, { n: results.replicates }) : tr('singleSeed', locale);
  const spec = topLevel(tr('hoursTitle', locale), [tr('hoursSubtitle', locale), note], {
    data: { values: rows },
    width: 520,
    height: 300,
    mark: { type: 'area', interpolate: 'step-after' },
    encoding: {
      x: dateX('week_start'),
      y: { field: 'hours_per_staff_week', type: 'quantitative', stack: 'zero', title: tr('hoursAxis', locale) },
      color: {
        field: 'use',
        type: 'nominal',
        title: tr('hoursUse', locale),
        scale: { domain: USES.map((u) => tr(u.legend, locale)), range: USES.map((u) => u.colour) },
        legend: { orient: 'right' },
      },
      order: { field: 'order', type: 'quantitative' },
      tooltip: [
        { field: 'week_start', type: 'nominal', title: tr('weekOf', locale) },
        { field: 'use', type: 'nominal', title: tr('hoursUseShort', locale) },
        { field: 'hours_per_staff_week', type: 'quantitative', title: tr('hoursTooltip', locale), format: '.1f' },
      ],
    },
  });
  return {
    name: 'hours',
    headline: campaignHeadline(results, 'scheduled_hours_per_staff_week', locale),
    title: tr('hoursShort', locale),
    caption: tr('hoursCaption', locale),
    spec,
    data: rows.map(({ order: _o, ...r }) => r),
  };
}
