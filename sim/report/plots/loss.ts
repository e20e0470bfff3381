import { regularLoss } from '../loss.js';
import type { Results } from '../read/results.js';
import { topLevel, type Plot } from './plot.js';

/**
 * Regular-work loss against department size, one point per department and campaign: if small
 * departments are hollowed out, their points sit high on the left.
 */
export function lossPlot(results: Results): Plot | null {
  const rows = regularLoss(results).filter((l) => l.headcount > 0);
  if (rows.length === 0) return null;
  // An explicit domain with a margin, and tick values inside it: log axes given ticks outside the
  // domain push the plot down in vega's layout.
  const heads = rows.map((r) => r.headcount);
  const domain = [Math.min(...heads) * 0.85, Math.max(...heads) * 1.15];
  const ticks = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000].filter((t) => t >= domain[0] && t <= domain[1]);
  const note = results.replicates > 1 ? `From mean rates over ${results.replicates} replicates.` : 'A single run (one seed).';
  const spec = topLevel(
    'Regular work lost in each campaign, by department size',
    ["Share of the department's own pre-campaign rate of regular work lost during the campaign.", note],
    {
      data: { values: rows },
      width: 500,
      height: 300,
      layer: [
        { mark: { type: 'rule', color: '#888', strokeDash: [4, 3] }, encoding: { y: { datum: 0 } } },
        {
          mark: { type: 'point', filled: true, size: 70, opacity: 0.85 },
          encoding: {
            x: { field: 'headcount', type: 'quantitative', scale: { type: 'log', domain, nice: false }, title: 'Department headcount (staff, log scale)', axis: { values: ticks } },
            y: { field: 'loss_share', type: 'quantitative', title: 'Regular work lost', axis: { format: '.0%' } },
            // Campaign names are sentences: the legend goes under the plot, where a whole name fits.
            color: { field: 'campaign', type: 'nominal', title: 'Campaign', sort: null, legend: { orient: 'bottom', direction: 'vertical' } },
            shape: { field: 'campaign', type: 'nominal', sort: null },
            tooltip: [
              { field: 'name', type: 'nominal', title: 'Department' },
              { field: 'headcount', type: 'quantitative', title: 'Staff' },
              { field: 'campaign', type: 'nominal', title: 'Campaign' },
              { field: 'baseline_rate', type: 'quantitative', title: 'Baseline items/staff/week', format: '.2f' },
              { field: 'campaign_rate', type: 'quantitative', title: 'Campaign items/staff/week', format: '.2f' },
              { field: 'loss_share', type: 'quantitative', title: 'Lost', format: '.0%' },
            ],
          },
        },
      ],
    },
  );
  return {
    name: 'loss-by-size',
    headline: smallAgainstLarge(rows),
    title: 'Regular work lost, small versus large departments',
    caption:
      "Each point is one department in one campaign: across, its headcount (small departments on the left); up, the share of its own pre-campaign rate of regular work (items per staff member per week) that it lost during the campaign. Points above the dashed line lost output.",
    spec,
    data: rows as unknown as Record<string, unknown>[],
  };
}

/** "In campaign 3 the smallest departments lost 41% of their regular work, the largest 12%": the last campaign, quartiles by size. */
function smallAgainstLarge(rows: ReturnType<typeof regularLoss>): string | null {
  const last = rows.at(-1)?.campaign;
  const name = last?.replace(/\s*\(.*$/, '');
  const inLast = rows.filter((r) => r.campaign === last).sort((a, b) => a.headcount - b.headcount);
  if (inLast.length < 4) return null;
  const k = Math.max(1, Math.floor(inLast.length / 4));
  const avg = (xs: typeof inLast) => Math.round((100 * xs.reduce((a, l) => a + l.loss_share, 0)) / xs.length);
  return `In ${name}, the smallest departments lost ${avg(inLast.slice(0, k))}% of their regular work, the largest ${avg(inLast.slice(-k))}%`;
}
