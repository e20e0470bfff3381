import { shownMeasures } from '../metrics.js';
import type { Results } from '../read/results.js';
import { parameterInfo } from '../../scenario/field-info.js';
import { experimentHeadline } from '../headlines.js';
import { topLevel, type Plot } from './plot.js';

/**
 * Morris screening as ranked bars: for each county measure, how much each parameter moves it
 * (mu*, the mean absolute elementary effect over the parameter's whole range), largest first.
 */
export function sensitivityPlot(results: Results): Plot | null {
  const morris = results.experiment?.morris;
  if (!morris) return null;
  const measures = shownMeasures(results);
  const rows: Record<string, unknown>[] = [];
  for (const r of morris) {
    const m = measures.find((k) => k.key === r.metric);
    if (!m || typeof r.mu_star !== 'number') continue;
    // Bars are labelled in words (the schema's label); the path, as --set names it, is in the tooltip and the CSV.
    rows.push({ metric: m.short, parameter: r.parameter, label: parameterInfo(r.parameter).label, rank: r.rank, mu_star: r.mu_star * m.scale, sigma: typeof r.sigma === 'number' ? r.sigma * m.scale : null });
  }
  if (rows.length === 0) return null;
  const spec = topLevel('Sensitivity: which parameters move each measure', ['Bars: mean absolute change in the measure across each parameter\'s range (Morris μ*), largest first; black ticks: σ (interaction or non-linearity).', 'Whole run, county; one panel per measure, each with its own scale.'], {
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
        { mark: { type: 'bar', color: '#4c78a8' }, encoding: { x: { field: 'mu_star', type: 'quantitative', title: 'μ* and σ per whole range' } } },
        { mark: { type: 'tick', color: 'black', thickness: 3 }, encoding: { x: { field: 'sigma', type: 'quantitative' } } },
      ],
      encoding: {
        y: { field: 'label', type: 'nominal', sort: { field: 'rank', op: 'min', order: 'ascending' }, title: null },
        tooltip: [
          { field: 'parameter', type: 'nominal', title: 'Parameter' },
          { field: 'rank', type: 'quantitative', title: 'Rank' },
          { field: 'mu_star', type: 'quantitative', title: 'μ*', format: '.3~f' },
          { field: 'sigma', type: 'quantitative', title: 'σ (interaction or non-linearity)', format: '.3~f' },
        ],
      },
    },
  });
  return {
    name: 'sensitivity',
    headline: experimentHeadline(results, measures[0]?.key),
    title: 'Sensitivity ranks',
    caption:
      "Morris screening: for each county measure over the whole run, the bars show how strongly each parameter moves it when varied across its range (μ*), largest first. Shirking is in percentage points. A parameter with a long bar matters for that measure; a short one can be fixed at its default. The black tick is σ: when it lies beyond the bar, the parameter's effect depends on the others (interactions or a non-linear response).",
    spec,
    data: rows,
  };
}
