import { shownMeasures } from '../metrics.js';
import type { Results } from '../read/results.js';
import { experimentHeadline } from '../headlines.js';
import { topLevel, type Plot } from './plot.js';
import { parameterLabel, tr, type Locale } from '../locale.js';

/**
 * Morris screening as ranked bars: for each county measure, how much each parameter moves it
 * (mu*, the mean absolute elementary effect over the parameter's whole range), largest first.
 */
export function sensitivityPlot(results: Results, locale: Locale = 'en'): Plot | null {
  const morris = results.experiment?.morris;
  if (!morris) return null;
  const measures = shownMeasures(results, locale);
  const rows: Record<string, unknown>[] = [];
  for (const r of morris) {
    const m = measures.find((k) => k.key === r.metric);
    if (!m || typeof r.mu_star !== 'number') continue;
    // Bars are labelled in words (the schema's label); the path, as --set names it, is in the tooltip and the CSV.
    rows.push({ metric: m.short, parameter: r.parameter, label: parameterLabel(r.parameter, locale), rank: r.rank, mu_star: r.mu_star * m.scale, sigma: typeof r.sigma === 'number' ? r.sigma * m.scale : null });
  }
  if (rows.length === 0) return null;
  const spec = topLevel(tr('sensitivityTitle', locale), [tr('sensitivityNote1', locale), tr('sensitivityNote2', locale)], {
    data: { values: rows },
    facet: { field: 'metric', type: 'nominal', title: null, sort: measures.map((m) => m.short) },
    columns: 2,
    resolve: { scale: { x: 'independent', y: 'independent' } },
    spec: {
      width: 260,
      // A fixed height (22 px a parameter; every panel lists them all) rather than a step: a step
      // makes vega-lite size each panel from the union of its two layers' sorted domains, and warn.
      height: 22 * new Set(rows.map((r) => r.parameter)).size,
      layer: [
        { mark: { type: 'bar', color: '#4c78a8' }, encoding: { x: { field: 'mu_star', type: 'quantitative', title: tr('sensitivityAxis', locale) } } },
        { mark: { type: 'tick', color: 'black', thickness: 3 }, encoding: { x: { field: 'sigma', type: 'quantitative' } } },
      ],
      encoding: {
        y: { field: 'label', type: 'nominal', sort: { field: 'rank', op: 'min', order: 'ascending' }, title: null },
        tooltip: [
          { field: 'parameter', type: 'nominal', title: tr('parameter', locale) },
          { field: 'rank', type: 'quantitative', title: tr('rank', locale) },
          { field: 'mu_star', type: 'quantitative', title: 'μ*', format: '.3~f' },
          { field: 'sigma', type: 'quantitative', title: tr('sigma', locale), format: '.3~f' },
        ],
      },
    },
  });
  return {
    name: 'sensitivity',
    headline: experimentHeadline(results, measures[0]?.key, locale),
    title: tr('sensitivityShort', locale),
    caption: tr('sensitivityCaption', locale),
    spec,
    data: rows,
  };
}
