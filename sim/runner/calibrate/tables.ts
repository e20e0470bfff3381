import { csvField, csvValue, formatNumber } from '../format.js';
import { tableColumns } from '../contract.js';
import type { Point } from '../design.js';
import type { GoalFit } from './loss.js';
import type { CalibrationSpec, Goal } from './spec.js';

/** One candidate's evaluation, on the search seeds or on the fresh re-check seeds. */
export interface Evaluation {
  candidate: number;
  stage: 'start' | 'refine' | 'recheck';
  generation: number;
  seeds: 'search' | 'fresh';
  values: Point;
  fits: GoalFit[];
  loss: number;
}

const num = formatNumber;
const line = (cells: string[]) => cells.join(',');
const holdsText = (h: boolean | null) => (h === null ? '' : String(h));

/** history.csv: a row per evaluated candidate x target, in the order the search made them. */
export function historyCsv(spec: CalibrationSpec, rows: readonly Evaluation[]): string {
  const params = spec.parameters.map((p) => p.path);
  const out = [line(tableColumns('history.csv', params).map(csvField))];
  for (const e of rows) {
    const lead = [String(e.candidate), e.stage, String(e.generation), e.seeds, ...params.map((p) => csvValue(e.values[p])), num(e.loss)];
    for (const f of e.fits) out.push(line([...lead, csvField(f.goal), String(f.n), num(f.mean), num(f.sd), num(f.ci_low), num(f.ci_high), num(f.t), num(f.loss), holdsText(f.holds)]));
  }
  return out.join('\n') + '\n';
}

/** The fit of each target at the chosen candidate, as a plain record (fit.csv's row, fit.json's entry). */
export function fitRecords(spec: CalibrationSpec, chosen: Evaluation, search: Evaluation): Record<string, string | number | boolean | null>[] {
  const variant = (v: number) => (v > 0 ? spec.variants[v].label : '');
  return spec.goals.map((g: Goal, i) => {
    const f = chosen.fits[i];
    const where =
      g.kind === 'measure'
        ? { measure: g.at.measure, window: g.at.window, unit: g.at.unit, variant: variant(g.at.variant), window_b: '', variant_b: '', target_low: g.lo, target_high: g.hi, sign: '' }
        : { measure: g.a.measure, window: g.a.window, unit: g.a.unit, variant: variant(g.a.variant), window_b: g.b.window, variant_b: variant(g.b.variant), target_low: null, target_high: null, sign: g.sign > 0 ? 'positive' : 'negative' };
    return {
      target: g.name,
      kind: g.kind,
      ...where,
      weight: g.weight,
      n: f.n,
      mean: f.mean,
      ci_low: f.ci_low,
      ci_high: f.ci_high,
      t: f.t,
      loss: Number.isFinite(f.loss) ? f.loss : null,
      search_loss: Number.isFinite(search.fits[i].loss) ? search.fits[i].loss : null,
      holds: f.holds,
      source: g.source,
    };
  });
}

/** fit.csv: a row per target: the target, what the chosen candidate achieved on fresh seeds (mean, 95% interval), its loss. */
export function fitCsv(records: readonly Record<string, string | number | boolean | null>[]): string {
  const cols = Object.keys(records[0]);
  const cell = (v: string | number | boolean | null) => (typeof v === 'number' ? num(v) : v === null ? '' : csvField(String(v)));
  return [line(cols), ...records.map((r) => line(cols.map((c) => cell(r[c]))))].join('\n') + '\n';
}
