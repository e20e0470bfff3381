import { periodName, periodShown, shownMeasures } from '../metrics.js';
import type { Results, WindowResult } from '../read/results.js';
import { hasInterval, statOf } from '../stat.js';
import { campaignHeadline, experimentHeadline } from '../headlines.js';
import { topLevel, type Plot } from './plot.js';
import { tr, type Locale } from '../locale.js';

/**
 * Key county figures per period (before, each campaign, after, whole run), one panel per metric:
 * for a comparison the arms stand side by side in each period. Bars are means; whiskers are 95%
 * confidence intervals when there are replicates. Gaps between campaigns (a few days) are left out.
 */
export function periodsPlot(results: Results, locale: Locale = 'en'): Plot | null {
  const exp = results.experiment;
  const arms: { label: string; windows: WindowResult[] }[] =
    exp && exp.kind === 'compare' ? exp.points : results.windows.length ? [{ label: results.name, windows: results.windows }] : [];
  if (arms.length === 0) return null;
  const campaigns = results.campaigns.length ? results.campaigns : [];
  const measures = shownMeasures(results, locale);
  const rows: Record<string, unknown>[] = [];
  const order: string[] = [];
  for (const arm of arms) {
    for (const w of arm.windows) {
      if (!periodShown(w.id, campaigns)) continue;
      const period = periodName(w.id, campaigns, locale, w.to - w.from);
      if (!order.includes(period)) order.push(period);
      for (const m of measures) {
        const s = statOf(w.county[m.key]);
        if (!s) continue;
        rows.push({
          metric: m.short,
          period,
          arm: arm.label,
          mean: s.mean * m.scale,
          ...(hasInterval(s) ? { ci_low: s.lo * m.scale, ci_high: s.hi * m.scale } : {}),
        });
      }
    }
  }
  if (rows.length === 0) return null;
  const compare = arms.length > 1;
  const withCi = rows.some((r) => r.ci_low !== undefined);
  const n = exp?.replicates ?? results.replicates;
  const note = withCi ? tr('periodsNoteCi', locale, { n }) : tr('periodsNoteSingle', locale);
  const x = { field: 'period', type: 'nominal', sort: order, title: null, axis: { labelAngle: order.length > 3 ? -30 : 0 } };
  const color = compare
    ? { field: 'arm', type: 'nominal', title: tr('scenario', locale), sort: arms.map((a) => a.label), legend: { orient: 'top' } }
    : { value: '#4c78a8' };
  const spec = topLevel(tr(compare ? 'comparePeriodsTitle' : 'periodsTitle', locale), [tr('periodsSubtitle', locale), note], {
    data: { values: rows },
    facet: { field: 'metric', type: 'nominal', title: null, sort: measures.map((m) => m.short) },
    columns: 2,
    resolve: { scale: { y: 'independent' } },
    spec: {
      width: 240,
      height: 170,
      layer: [
        {
          mark: { type: 'bar', opacity: 0.85 },
          encoding: {
            x,
            ...(compare ? { xOffset: { field: 'arm', type: 'nominal', sort: arms.map((a) => a.label) } } : {}),
            y: { field: 'mean', type: 'quantitative', title: null },
            color,
            tooltip: [
              { field: 'period', type: 'nominal', title: tr('period', locale) },
              ...(compare ? [{ field: 'arm', type: 'nominal', title: tr('scenario', locale) }] : []),
              { field: 'mean', type: 'quantitative', title: tr('mean', locale), format: '.3~f' },
              ...(withCi
                ? [
                    { field: 'ci_low', type: 'quantitative', title: tr('ciFrom', locale), format: '.3~f' },
                    { field: 'ci_high', type: 'quantitative', title: tr('ciTo', locale), format: '.3~f' },
                  ]
                : []),
            ],
          },
        },
        ...(withCi
          ? [
              {
                mark: { type: 'rule', color: '#222', strokeWidth: 1.5 },
                encoding: {
                  x,
                  ...(compare ? { xOffset: { field: 'arm', type: 'nominal', sort: arms.map((a) => a.label) } } : {}),
                  y: { field: 'ci_low', type: 'quantitative' },
                  y2: { field: 'ci_high' },
                },
              },
            ]
          : []),
      ],
    },
  });
  return {
    name: compare ? 'compare-periods' : 'periods',
    title: tr(compare ? 'comparePeriodsShort' : 'periodsTitle', locale),
    headline: compare ? experimentHeadline(results, measures[0]?.key, locale) : measures.map((m) => campaignHeadline(results, m.key, locale)).find((h) => h !== null) ?? null,
    caption: compare ? tr('comparePeriodsCaption', locale) : tr('periodsCaption', locale, { ci: withCi ? 'yes' : 'no' }),
    spec,
    data: rows,
  };
}
