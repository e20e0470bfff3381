import { periodName, periodShown, shownMeasures } from '../metrics.js';
import type { Results } from '../read/results.js';
import { experimentHeadline } from '../headlines.js';
import { topLevel, type Plot } from './plot.js';
import { tr, type Locale } from '../locale.js';

/**
 * A comparison's paired differences (each arm minus the first), per period, one panel per measure:
 * a whisker that does not cross the zero line is a difference the replicates can tell apart.
 */
export function differencesPlot(results: Results, locale: Locale = 'en'): Plot | null {
  const diffs = results.experiment?.differences;
  if (!diffs) return null;
  const measures = shownMeasures(results, locale);
  const rows: Record<string, unknown>[] = [];
  const order: string[] = [];
  for (const d of diffs) {
    const m = measures.find((k) => k.key === d.metric);
    const window = d.window;
    if (!m || d.unit !== 'county' || !periodShown(window, results.campaigns) || typeof d.diff_mean !== 'number') continue;
    const w = [...results.windows, ...(results.experiment?.points[0]?.windows ?? [])].find((x) => x.id === window);
    const period = periodName(window, results.campaigns, locale, w ? w.to - w.from : undefined);
    if (!order.includes(period)) order.push(period);
    const sc = (v: unknown) => (typeof v === 'number' ? v * m.scale : null);
    rows.push({
      metric: m.short,
      period,
      comparison: locale === 'en' ? `${d.arm} minus ${d.baseline}` : tr('differencesMinus', locale, { arm: d.arm, base: d.baseline }),
      diff_mean: sc(d.diff_mean),
      ci_low: sc(d.ci_low),
      ci_high: sc(d.ci_high),
      arm_higher: d.arm_higher,
      n: d.n,
    });
  }
  if (rows.length === 0) return null;
  const comparisons = [...new Set(rows.map((r) => r.comparison as string))];
  const x = { field: 'period', type: 'nominal', sort: order, title: null, axis: { labelAngle: order.length > 3 ? -30 : 0 } };
  const xOffset = comparisons.length > 1 ? { xOffset: { field: 'comparison', type: 'nominal' } } : {};
  const color = { field: 'comparison', type: 'nominal', title: tr('differencesLegend', locale), legend: { orient: 'top' } };
  const n = results.experiment?.replicates ?? 1;
  const spec = topLevel(tr('differencesTitle', locale), [tr('differencesSubtitle1', locale, { n }), tr('differencesSubtitle2', locale)], {
    data: { values: rows },
    facet: { field: 'metric', type: 'nominal', title: null, sort: measures.map((m) => m.short) },
    columns: 2,
    resolve: { scale: { y: 'independent' } },
    spec: {
      width: 240,
      height: 170,
      layer: [
        { mark: { type: 'rule', color: '#888', strokeDash: [4, 3] }, encoding: { y: { datum: 0, type: 'quantitative' } } },
        { mark: { type: 'rule', strokeWidth: 2 }, encoding: { x, ...xOffset, y: { field: 'ci_low', type: 'quantitative', title: null }, y2: { field: 'ci_high' }, color } },
        {
          mark: { type: 'point', filled: true, size: 60 },
          encoding: {
            x,
            ...xOffset,
            y: { field: 'diff_mean', type: 'quantitative' },
            color,
            tooltip: [
              { field: 'period', type: 'nominal', title: tr('period', locale) },
              { field: 'comparison', type: 'nominal', title: tr('differencesLegend', locale) },
              { field: 'diff_mean', type: 'quantitative', title: tr('differencesMean', locale), format: '.3~f' },
              { field: 'ci_low', type: 'quantitative', title: tr('ciFrom', locale), format: '.3~f' },
              { field: 'ci_high', type: 'quantitative', title: tr('ciTo', locale), format: '.3~f' },
              { field: 'arm_higher', type: 'quantitative', title: tr('differencesShare', locale), format: '.0%' },
            ],
          },
        },
      ],
    },
  });
  return {
    name: 'compare-differences',
    title: tr('differencesShort', locale),
    headline: experimentHeadline(results, measures.find((m) => rows.some((r) => r.metric === m.short))?.key, locale),
    caption: tr('differencesCaption', locale),
    spec,
    data: rows,
  };
}
