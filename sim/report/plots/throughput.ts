import { campaignHeadline } from '../headlines.js';
import type { Results } from '../read/results.js';
import { datesOfDays, weeklySeries } from '../series.js';
import { spreadNote, topLevel, type Plot } from './plot.js';
import { campaignSpans, dateX, shadingLayer } from './time.js';
import { tr, type Locale } from '../locale.js';

/**
 * Regular work done per department, week by week, one small panel each (largest first), campaigns
 * shaded: the hollowing-out of small departments shows as their line dropping during campaigns.
 * Output is per establishment post, so a department that lost staff to secondment shows the loss.
 */
export function throughputPlot(results: Results, locale: Locale = 'en'): Plot | null {
  const daily = results.daily;
  if (!daily || results.departments.length === 0) return null;
  const depts = [...results.departments].sort((a, b) => b.headcount - a.headcount);
  const label = new Map(depts.map((d) => [d.id, d.headcount > 0 ? tr('throughputPanel', locale, { name: d.name, n: d.headcount }) : d.name]));
  const rows: Record<string, unknown>[] = [];
  for (const d of depts) {
    const points = weeklySeries(daily, [d.id], ['done_regular', 'staff'], (s) => {
      const per = d.headcount > 0 ? d.headcount : s.staff / s.days;
      return per > 0 ? (s.done_regular / per) * (7 / s.days) : null;
    });
    for (const p of points) rows.push({ layer: 'series', department: label.get(d.id), headcount: d.headcount, week_start: p.date, items_per_staff_week: p.value, lo: p.lo, hi: p.hi });
  }
  const spans = campaignSpans(results, datesOfDays(daily), locale);
  const shading = depts.flatMap((d) => spans.map((s) => ({ layer: 'campaign', department: label.get(d.id), headcount: d.headcount, ...s })));
  const band = results.replicates > 1;
  const y = { field: 'items_per_staff_week', type: 'quantitative', title: tr('throughputAxis', locale) };
  const spec = topLevel(
    tr('throughputTitle', locale),
    [tr('throughputSubtitle', locale), spreadNote(results.replicates, undefined, locale)],
    {
      data: { values: [...shading, ...rows] },
      // The headcount on a line of its own: a long name would otherwise set the panel's width.
      facet: {
        field: 'department',
        type: 'nominal',
        title: null,
        sort: { field: 'headcount', op: 'max', order: 'descending' },
        header: { labelExpr: locale === 'en' ? "split(replace(datum.label, ' (', '\\n('), '\\n')" : "split(replace(datum.label, '（', '\\n（'), '\\n')" },
      },
      // Two a row: department names are long, and three panels a row do not fit a page.
      columns: 2,
      spec: {
        width: 235,
        height: 90,
        layer: [
          shadingLayer("datum.layer === 'campaign'", locale),
          ...(band
            ? [{ transform: [{ filter: "datum.layer === 'series'" }], mark: { type: 'area', opacity: 0.25, color: '#4c78a8' }, encoding: { x: dateX('week_start'), y: { ...y, field: 'lo' }, y2: { field: 'hi' } } }]
            : []),
          {
            transform: [{ filter: "datum.layer === 'series'" }],
            mark: { type: 'line', strokeWidth: 1.5, color: '#4c78a8' },
            encoding: {
              x: dateX('week_start'),
              y,
              tooltip: [
                { field: 'department', type: 'nominal', title: tr('department', locale) },
                { field: 'week_start', type: 'nominal', title: tr('weekOf', locale) },
                { field: 'items_per_staff_week', type: 'quantitative', title: tr('throughputTooltip', locale), format: '.2f' },
              ],
            },
          },
        ],
      },
    },
  );
  return {
    name: 'throughput',
    headline: campaignHeadline(results, 'regular_done_per_staff_week', locale),
    title: tr('throughputShort', locale),
    caption: tr('throughputCaption', locale),
    spec,
    data: rows.map(({ layer: _layer, ...r }) => r),
  };
}
