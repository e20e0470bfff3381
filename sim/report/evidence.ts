import { measureInfo, SETUP_MEASURES } from '../measures/measures.js';
import type { DifferenceRow, MorrisRow, SummaryRow } from '../runner/contract.js';

/**
 * Which measures an experiment's report and terminal show: the ones the evidence says changed, not
 * a fixed list. Every county measure over the whole run is scored by how far it moved relative to its
 * noise; the scenario's declared focus measures come first, then the strongest of the rest.
 */

/** How many measures beyond the declared focus a report shows. */
export const TOP_MEASURES = 4;

export interface Scored {
  metric: string;
  /** Change over noise (see each ranking); 0: no detectable change. */
  score: number;
}

const outcome = (metric: string) => measureInfo(metric) !== null && !SETUP_MEASURES.has(metric);
const bySize = (a: Scored, b: Scored) => b.score - a.score || a.metric.localeCompare(b.metric);

/** Compare: |standardised paired difference| of each county measure over the whole run (the largest over arms). */
export function rankDifferences(rows: readonly DifferenceRow[], window = 'overall'): Scored[] {
  const best = new Map<string, number>();
  for (const r of rows) {
    if (r.window !== window || r.unit !== 'county' || !outcome(r.metric) || r.effect === null) continue;
    best.set(r.metric, Math.max(best.get(r.metric) ?? 0, Math.abs(r.effect)));
  }
  return [...best].map(([metric, score]) => ({ metric, score })).sort(bySize);
}

/**
 * Sweep: the range of the county means across points over the mean width of their 95% intervals
 * (above 1: the points' intervals cannot all overlap). With one replicate (no intervals), the range
 * over the largest absolute mean.
 */
export function rankSweep(rows: readonly SummaryRow[], window = 'overall'): Scored[] {
  const per = new Map<string, SummaryRow[]>();
  for (const r of rows) {
    if (r.window !== window || r.unit !== 'county' || !outcome(r.metric) || r.mean === null) continue;
    (per.get(r.metric) ?? per.set(r.metric, []).get(r.metric)!).push(r);
  }
  const out: Scored[] = [];
  for (const [metric, rs] of per) {
    const means = rs.map((r) => r.mean as number);
    const range = Math.max(...means) - Math.min(...means);
    const widths = rs.filter((r) => r.ci_low !== null && r.ci_high !== null).map((r) => (r.ci_high as number) - (r.ci_low as number));
    const width = widths.length ? widths.reduce((a, b) => a + b, 0) / widths.length : 0;
    const scale = Math.max(...means.map(Math.abs));
    const score = range <= 1e-9 * (1 + scale) ? 0 : width > 0 ? range / width : scale > 0 ? range / scale : 0;
    out.push({ metric, score });
  }
  return out.sort(bySize);
}

/**
 * Sensitivity: the largest μ* of any parameter over the mean absolute level of the measure across
 * points, so measures in different units rank on one scale.
 */
export function rankMorris(morris: readonly MorrisRow[], summary: readonly SummaryRow[]): Scored[] {
  const level = new Map<string, number[]>();
  for (const r of summary) if (r.window === 'overall' && r.unit === 'county' && r.mean !== null) (level.get(r.metric) ?? level.set(r.metric, []).get(r.metric)!).push(Math.abs(r.mean));
  const best = new Map<string, number>();
  for (const r of morris) if (outcome(r.metric) && r.mu_star !== null) best.set(r.metric, Math.max(best.get(r.metric) ?? 0, r.mu_star));
  return [...best]
    .map(([metric, mu]) => {
      const ls = level.get(metric) ?? [];
      const mean = ls.length ? ls.reduce((a, b) => a + b, 0) / ls.length : 0;
      return { metric, score: mu <= 1e-12 ? 0 : mean > 0 ? mu / mean : mu };
    })
    .sort(bySize);
}

/**
 * The measures to show: those asked for (--metric) alone if any; else the declared focus, then the
 * strongest others with a detectable change. Never a measure with no data or no change (no empty panels).
 */
export function chooseMeasures(ranked: readonly Scored[], opts: { focus?: readonly string[]; asked?: readonly string[]; top?: number } = {}): string[] {
  const present = new Set(ranked.map((r) => r.metric));
  if (opts.asked?.length) return opts.asked.filter((m) => present.has(m));
  const out = (opts.focus ?? []).filter((m) => present.has(m));
  const top = opts.top ?? TOP_MEASURES;
  for (const r of ranked) {
    if (out.length >= (opts.focus?.length ?? 0) + top) break;
    if (r.score > 0 && !out.includes(r.metric)) out.push(r.metric);
  }
  return out;
}
