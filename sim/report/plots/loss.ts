import { regularLoss } from '../loss.js';
import type { Results } from '../read/results.js';
import { topLevel, type Plot } from './plot.js';
import { tr, type Locale } from '../locale.js';

/**
 * Regular-work loss against department size, one point per department and campaign: if small
 * departments are hollowed out, their points sit high on the left.
 */
export function lossPlot(results: Results, locale: Locale = 'en'): Plot | null {
  const rows = regularLoss(results, locale).filter((l) => l.headcount > 0);
  if (rows.length === 0) return null;
  // An explicit domain with a margin, and tick values inside it: log axes given ticks outside the
  // domain push the plot down in vega's layout.
  const heads = rows.map((r) => r.headcount);
  const domain = [Math.min(...heads) * 0.85, Math.max(...heads) * 1.15];
  const ticks = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000].filter((t) => t >= domain[0] && t <= domain[1]);
  const note = results.replicates > 1 ? tr('lossNoteReplicates', locale, { n: results.replicates }) : tr('singleSeed', locale);
  const spec = topLevel(
    tr('lossTitle', locale),
    [tr('lossSubtitle', locale), note],
    {
      data: { values: rows },
      width: 500,
      height: 300,
      layer: [
        { mark: { type: 'rule', color: '#888', strokeDash: [4, 3] }, encoding: { y: { datum: 0 } } },
        {
          mark: { type: 'point', filled: true, size: 70, opacity: 0.85 },
          encoding: {
            x: { field: 'headcount', type: 'quantitative', scale: { type: 'log', domain, nice: false }, title: tr('lossAxisX', locale), axis: { values: ticks } },
            y: { field: 'loss_share', type: 'quantitative', title: tr('lossAxisY', locale), axis: { format: '.0%' } },
            // Campaign names are sentences: the legend goes under the plot, where a whole name fits.
            color: { field: 'campaign', type: 'nominal', title: tr('campaign', locale), sort: null, legend: { orient: 'bottom', direction: 'vertical' } },
            shape: { field: 'campaign', type: 'nominal', sort: null },
            tooltip: [
              { field: 'name', type: 'nominal', title: tr('department', locale) },
              { field: 'headcount', type: 'quantitative', title: tr('lossStaff', locale) },
              { field: 'campaign', type: 'nominal', title: tr('campaign', locale) },
              { field: 'baseline_rate', type: 'quantitative', title: tr('lossBaseline', locale), format: '.2f' },
              { field: 'campaign_rate', type: 'quantitative', title: tr('lossCampaign', locale), format: '.2f' },
              { field: 'loss_share', type: 'quantitative', title: tr('lossLost', locale), format: '.0%' },
            ],
          },
        },
      ],
    },
  );
  return {
    name: 'loss-by-size',
    headline: smallAgainstLarge(rows, locale),
    title: tr('lossShort', locale),
    caption: tr('lossCaption', locale),
    spec,
    data: rows as unknown as Record<string, unknown>[],
  };
}

/** "In campaign 3 the smallest departments lost 41% of their regular work, the largest 12%": the last campaign, quartiles by size. */
function smallAgainstLarge(rows: ReturnType<typeof regularLoss>, locale: Locale): string | null {
  const last = rows.at(-1)?.campaign;
  const name = last?.replace(locale === 'en' ? /\s*\(.*$/ : /\s*[(（].*$/, '');
  const inLast = rows.filter((r) => r.campaign === last).sort((a, b) => a.headcount - b.headcount);
  if (inLast.length < 4) return null;
  const k = Math.max(1, Math.floor(inLast.length / 4));
  const avg = (xs: typeof inLast) => Math.round((100 * xs.reduce((a, l) => a + l.loss_share, 0)) / xs.length);
  return tr('lossHeadline', locale, { campaign: name ?? '', small: String(avg(inLast.slice(0, k))), large: String(avg(inLast.slice(-k))) });
}
