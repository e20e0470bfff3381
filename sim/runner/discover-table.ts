import type { RunSummary } from '../metrics/summary.js';
import { windowWords } from '../metrics/windows.js';
import { planFactorIds } from './factors.js';
import { measureInfo } from '../measures/measures.js';
import { factorInfo } from './factor-info.js';
import { csvField, formatNumber } from './format.js';
import { tableColumns } from './contract.js';
import { pointMeans } from './morris-table.js';
import type { DiscoverSpec, ExperimentPlan } from './plan.js';

export type { DiscoverSpec } from './plan.js';
import { prim, type PrimBox, type PrimResult } from './prim.js';

/** The outcome scenario discovery explains: the county's measure in a window, above or below a threshold. */

/** prim.csv's columns (contract.ts). */
export const PRIM_COLUMNS = tableColumns('prim.csv');

export interface Discovered {
  spec: DiscoverSpec;
  /** Null when no point crosses the threshold (or every point does): there is no box to find. */
  result: PrimResult | null;
  /** Points where the outcome crosses the threshold. */
  cases: number;
  /** Points with no value for the measure (left out of PRIM). */
  missing: number;
  sentence: string;
}

/** PRIM on the plan's points: x the factor values, y whether the outcome crosses the threshold. */
export function discover(plan: ExperimentPlan, results: readonly RunSummary[]): Discovered {
  const spec = plan.design?.discover;
  if (!spec) throw new Error('discover: the plan has no discovery outcome');
  const y = pointMeans(plan, results, spec.measure, spec.window);
  const keep = y.map((v, i) => (v === null ? -1 : i)).filter((i) => i >= 0);
  const x = keep.map((i) => planFactorIds(plan).map((p) => Number(plan.points[i].values[p])));
  const hit = keep.map((i) => (spec.direction === 'above' ? (y[i] as number) > spec.threshold : (y[i] as number) < spec.threshold));
  const cases = hit.filter(Boolean).length;
  const missing = y.length - keep.length;
  if (cases === 0 || cases === hit.length) {
    const m = measureInfo(spec.measure);
    const sentence = `${cases === 0 ? 'No' : 'Every'} sampled point has ${m?.label ?? spec.measure} ${spec.direction} ${num(spec.threshold)} in ${windowWords(spec.window, plan.base?.campaigns ?? [])}: there is no box to find; move the threshold or widen the ranges.`;
    return { spec, result: null, cases, missing, sentence };
  }
  const result = prim(x, hit);
  return { spec, result, cases, missing, sentence: boxSentence(plan, spec, result.chosen) };
}

const num = (v: number) => String(Number(v.toPrecision(3)));

/** "Regular backlog at the end above 500 in campaign-3 when Inspection penalty ≥ 120 hours' pay/catch and …" */
export function boxSentence(plan: ExperimentPlan, spec: DiscoverSpec, box: PrimBox): string {
  const factors = plan.design?.factors ?? [];
  const limits: string[] = [];
  planFactorIds(plan).forEach((p, j) => {
    const f = factors.find((g) => g.id === p);
    const info = f ? factorInfo(f) : { label: p, unit: '' };
    const unit = info.unit ? ` ${info.unit}` : '';
    const lo = Number.isFinite(box.lo[j]);
    const hi = Number.isFinite(box.hi[j]);
    if (lo && hi) limits.push(`${info.label} is ${num(box.lo[j])} to ${num(box.hi[j])}${unit}`);
    else if (lo) limits.push(`${info.label} ≥ ${num(box.lo[j])}${unit}`);
    else if (hi) limits.push(`${info.label} ≤ ${num(box.hi[j])}${unit}`);
  });
  const m = measureInfo(spec.measure);
  const what = `${m?.label ?? spec.measure} ${spec.direction} ${num(spec.threshold)}${m?.unit ? ` ${m.unit}` : ''} in ${windowWords(spec.window, plan.base?.campaigns ?? [])}`;
  const where = limits.length ? `when ${limits.join(' and ')}` : 'with no limit PRIM could find (it happens across the whole sample)';
  const pct = (v: number) => `${Math.round(v * 100)}%`;
  return `${what} ${where}: coverage ${pct(box.coverage)} (of the points where it happens, the share inside the box), density ${pct(box.density)} (of the points inside, the share where it happens), ${box.n} of the points.`;
}

export function primCsv(plan: ExperimentPlan, d: Discovered, x: readonly (readonly number[])[]): string {
  const factors = plan.design?.factors ?? [];
  const out = [PRIM_COLUMNS.join(',')];
  planFactorIds(plan).forEach((p, j) => {
    const f = factors.find((g) => g.id === p);
    const info = f ? factorInfo(f) : { label: p, unit: '' };
    const col = x.map((r) => r[j]);
    const b = d.result?.chosen;
    out.push([csvField(p), csvField(info.label), csvField(info.unit), formatNumber(b?.lo[j]), formatNumber(b?.hi[j]), formatNumber(Math.min(...col)), formatNumber(Math.max(...col))].join(','));
  });
  return out.join('\n') + '\n';
}

/** prim.json: the outcome, the chosen box in numbers and words, and the peeling trajectory. */
export function primJson(d: Discovered): string {
  const box = (b: PrimBox) => ({
    lower: b.lo.map((v) => (Number.isFinite(v) ? v : null)), upper: b.hi.map((v) => (Number.isFinite(v) ? v : null)),
    coverage: b.coverage, density: b.density, mass: b.mass, points: b.n,
  });
  const r = d.result;
  return JSON.stringify({ outcome: d.spec, cases: d.cases, missing: d.missing, box: r ? box(r.chosen) : null, sentence: d.sentence, trajectory: r ? r.trajectory.map(box) : [] }, null, 2) + '\n';
}
