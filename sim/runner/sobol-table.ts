import type { RunSummary } from '../metrics/summary.js';
import { planFactorIds } from './factors.js';
import { WINDOW_MEASURE_NAMES } from '../measures/measures.js';
import { csvField, formatNumber } from './format.js';
import { randomOf } from './design.js';
import { pointMeans } from './morris-table.js';
import type { ExperimentPlan } from './plan.js';
import { sobolIndices } from './sobol.js';
import { tableColumns } from './contract.js';

/** sobol.csv: per county measure (whole run) and parameter, S1 and ST with bootstrap 95% intervals (columns: contract.ts). */
export const SOBOL_COLUMNS = tableColumns('sobol.csv') as (keyof SobolRow)[];

export interface SobolRow {
  metric: string;
  parameter: string;
  S1: number;
  S1_low: number;
  S1_high: number;
  ST: number;
  ST_low: number;
  ST_high: number;
  /** Base rows with every run valued. */
  n: number;
  /** Variance of the measure over the sample (0: the parameters do not move it; no indices). */
  variance: number;
}

/**
 * Indices of every county measure over the whole run, ranked by ST within each measure. The output
 * at a point is its mean over replicates, so with replicates the indices are of that mean (the
 * replicate noise left in it counts as variance no parameter explains). The bootstrap's stream is
 * keyed by the seed: the same plan writes the same intervals.
 */
export function sobolRows(plan: ExperimentPlan, results: readonly RunSummary[]): SobolRow[] {
  const s = plan.design?.saltelli;
  if (!s) throw new Error('sobolRows: the plan has no Saltelli design');
  const design = { k: s.k, n: s.n, points: [] as number[][] };
  const rows: SobolRow[] = [];
  for (const metric of WINDOW_MEASURE_NAMES) {
    const r = sobolIndices(design, pointMeans(plan, results, metric, 'overall'), randomOf(`${plan.seed}/bootstrap:${metric}`));
    if (!r || !(r.variance > 0)) continue;
    const ranked = [...r.indices].sort((a, b) => b.st.value - a.st.value || a.factor - b.factor);
    for (const ix of ranked) {
      rows.push({
        metric, parameter: planFactorIds(plan)[ix.factor],
        S1: ix.s1.value, S1_low: ix.s1.low, S1_high: ix.s1.high, ST: ix.st.value, ST_low: ix.st.low, ST_high: ix.st.high, n: r.n, variance: r.variance,
      });
    }
  }
  return rows;
}

export function sobolCsv(rows: readonly SobolRow[]): string {
  const out = [SOBOL_COLUMNS.join(',')];
  for (const r of rows) out.push(SOBOL_COLUMNS.map((c) => (typeof r[c] === 'string' ? csvField(r[c] as string) : formatNumber(r[c] as number))).join(','));
  return out.join('\n') + '\n';
}
