import type { RunSummary } from '../metrics/summary.js';
import { planFactorIds } from './factors.js';
import { csvField, formatNumber } from './format.js';
import { morrisEffects } from './morris.js';
import type { ExperimentPlan } from './plan.js';
import { WINDOW_MEASURE_NAMES, type WindowMeasureName } from '../measures/measures.js';
import { MORRIS_COLUMNS, type MorrisRow } from './contract.js';

export type { MorrisRow };

/**
 * Elementary effects on each county metric over the whole horizon (window "overall"), the output
 * at a point being its mean over replicates. Effects are per unit of the parameter's range (unit
 * space), so parameters with different units rank on one scale. Ranked by mu* per metric.
 */
export function morrisRows(plan: ExperimentPlan, results: readonly RunSummary[]): MorrisRow[] {
  const design = plan.design?.morris;
  if (!design) throw new Error('morrisRows: the plan has no Morris design');
  const rows: MorrisRow[] = [];
  for (const metric of WINDOW_MEASURE_NAMES) {
    const y = pointMeans(plan, results, metric, 'overall');
    const effects = morrisEffects(design, y)
      .map((e) => ({ ...e, parameter: planFactorIds(plan)[e.factor] }))
      .sort((a, b) => (b.muStar ?? -1) - (a.muStar ?? -1) || a.factor - b.factor);
    effects.forEach((e, i) =>
      rows.push({ metric, rank: i + 1, parameter: e.parameter, mu_star: e.muStar, mu: e.mu, sigma: e.sigma, n: e.n }),
    );
  }
  return rows;
}

/**
 * A design's output at each point: the county's `metric` in `window`, the mean over the point's
 * replicates that have a value (null if none has, or the run has no such window).
 */
export function pointMeans(plan: ExperimentPlan, results: readonly RunSummary[], metric: WindowMeasureName, window: string): (number | null)[] {
  const R = plan.replicates;
  return plan.points.map((_, p) => {
    const vals = results
      .slice(p * R, (p + 1) * R)
      .map((s) => s.windows.find((w) => w.id === window)?.county[metric] ?? null)
      .filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
    return vals.length ? vals.reduce((a, b) => a + b, 0) / vals.length : null;
  });
}

export function morrisCsv(rows: readonly MorrisRow[]): string {
  const out = [MORRIS_COLUMNS.join(',')];
  for (const r of rows) {
    out.push([r.metric, String(r.rank), csvField(r.parameter), formatNumber(r.mu_star), formatNumber(r.mu), formatNumber(r.sigma), String(r.n)].join(','));
  }
  return out.join('\n') + '\n';
}
