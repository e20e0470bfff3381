import { periodName, periodShown, shownMeasures } from '../metrics.js';
import type { Results } from '../read/results.js';
import { experimentHeadline } from '../headlines.js';
import { topLevel, type Plot } from './plot.js';

/**
 * A comparison's paired differences (each arm minus the first), per period, one panel per measure:
 * a whisker that does not cross the zero line is a difference the replicates can tell apart.
 */
export function differencesPlot(results: Results): Plot | null {
  const diffs = results.experiment?.differences;
  if (!diffs) return null;
  const measures = shownMeasures(results);
  const rows: Record<string, unknown>[] = [];
  const order: string[] = [];
  for (const d of diffs) {
    const m = measures.find((k) => k.key === d.metric);
    const window = d.window;
    if (!m || d.unit !== 'county' || !periodShown(window, results.campaigns) || typeof d.diff_mean !== 'number') continue;
    const period = periodName(window, results.campaigns);
    if (!order.includes(period)) order.push(period);
    const sc = (v: unknown) => (typeof v === 'number' ? v * m.scale : null);
    rows.push({
      metric: m.short,
      period,
      comparison: `${d.arm} minus ${d.baseline}`,
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
  const color = { field: 'comparison', type: 'nominal', title: 'Difference', legend: { orient: 'top' } };
  const n = results.experiment?.replicates ?? 1;
  const spec = topLevel('Paired differences between scenarios, by period', [`Points: mean difference over ${n} paired replicates (same seeds); whiskers: 95% confidence intervals.`, 'One panel per measure, each with its own scale; dashed line: no difference.'], {
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
              { field: 'period', type: 'nominal', title: 'Period' },
              { field: 'comparison', type: 'nominal', title: 'Difference' },
              { field: 'diff_mean', type: 'quantitative', title: 'Mean difference', format: '.3~f' },
              { field: 'ci_low', type: 'quantitative', title: '95% CI from', format: '.3~f' },
              { field: 'ci_high', type: 'quantitative', title: '95% CI to', format: '.3~f' },
              { field: 'arm_higher', type: 'quantitative', title: 'Share of pairs where the arm is higher', format: '.0%' },
            ],
          },
        },
      ],
    },
  });
  return {
    name: 'compare-differences',
    title: 'Differences between scenarios',
    headline: experimentHeadline(results, measures.find((m) => rows.some((r) => r.metric === m.short))?.key),
    caption:
      'Each panel is one county measure. A point is the average difference between a scenario and the first one, replicate by replicate with the same random seeds; the whisker is its 95% confidence interval. A whisker that does not cross the dashed zero line marks a difference larger than chance.',
    spec,
    data: rows,
  };
}
