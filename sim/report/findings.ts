import { distinctDigits, formatDifference, formatValue, screenUnit, titleOf, type MeasureInfo } from '../measures/measure.js';
import { measureInfo } from '../measures/measures.js';
import { parameterInfo } from '../scenario/field-info.js';
import type { DifferenceRow, MorrisRow, SummaryRow } from '../runner/contract.js';
import { sweepShape, type Shape } from './sweep-shape.js';
import { unitAfter } from './text.js';
import { differenceText, measureTitle, tr, type Locale } from './locale.js';

/**
 * Finding sentences with their certainty, shared by the report's first screen and the terminal:
 * what changed, by how much, and how sure the replicates make us.
 */

export const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
/** "7.5 days", "8.6%" (a share's unit is the percent sign itself; an index from 0 to 1 has none to say). */
export const withUnit = (info: MeasureInfo, x: number | null) => {
  const v = formatValue(info, x);
  return info.unit === 'share' || info.unit === '0–1' ? v : `${v} ${unitAfter(v, screenUnit(info.unit))}`;
};

/** Whether a difference's 95% interval lies wholly on one side of zero. */
export const clearlyNonZero = (r: DifferenceRow): boolean => r.ci_low !== null && r.ci_high !== null && (r.ci_low > 0 || r.ci_high < 0);

/** A Morris screen's parameters for one measure, most influential first (those with a μ*). */
export const morrisRanked = (metric: string, rows: readonly MorrisRow[]): MorrisRow[] =>
  rows.filter((r) => r.metric === metric && r.mu_star !== null).sort((a, b) => a.rank - b.rank);

/** The change relative to the baseline's mean (−0.036 for 1.11 to 1.07 days), or null from a zero baseline. */
export const relativeChange = (r: DifferenceRow): number | null =>
  r.diff_mean !== null && r.baseline_mean !== null && r.baseline_mean !== 0 ? r.diff_mean / Math.abs(r.baseline_mean) : null;

/**
 * How much a change matters, by its size against the baseline: under 5% small (an hour on a day's
 * lead time), under 20% moderate, else large. Paired seeds make even a small change certain, so the
 * standardised difference (evidence) is said beside it, never instead of it.
 */
export function changeSize(r: DifferenceRow): 'small' | 'moderate' | 'large' | null {
  const rel = relativeChange(r);
  if (rel === null) return null;
  return Math.abs(rel) < 0.05 ? 'small' : Math.abs(rel) < 0.2 ? 'moderate' : 'large';
}

/** Findings in the order of the size that matters: clear changes first, then by relative change, then by standardised difference. */
export function bySizeThatMatters(a: DifferenceRow, b: DifferenceRow): number {
  const clear = Number(clearlyNonZero(b)) - Number(clearlyNonZero(a));
  const rel = Math.abs(relativeChange(b) ?? Infinity) - Math.abs(relativeChange(a) ?? Infinity);
  return clear || (Number.isNaN(rel) ? 0 : rel) || Math.abs(b.effect ?? 0) - Math.abs(a.effect ?? 0);
}

export const signedPercent = (x: number) => `${x < 0 ? '−' : '+'}${Math.abs(100 * x) < 10 ? Math.abs(100 * x).toFixed(1) : Math.abs(100 * x).toFixed(0)}%`;
/** A standardised difference with its sign: "−25.1", "+0.4". */
export const signedEffect = (x: number | null) => (x === null ? '–' : `${x < 0 ? '−' : '+'}${Math.abs(x).toFixed(1)}`);

/** One comparison's cells for a results table, as the terminal and the report both show them. */
export function differenceCells(r: DifferenceRow, locale: Locale = 'en'): { measure: string; baseline: string; arm: string; difference: string; ci: string; relative: string; effect: string; higher: string } {
  const info = measureInfo(r.metric)!;
  const d = distinctDigits(info, r.baseline_mean, r.arm_mean);
  const rel = relativeChange(r);
  if (locale !== 'en') {
    const size = changeSize(r);
    return {
      measure: measureTitle(r.metric, locale),
      baseline: formatValue(info, r.baseline_mean, d),
      arm: formatValue(info, r.arm_mean, d),
      difference: differenceText(info, r.diff_mean, d, locale),
      ci: tr('ciCell', locale, { lo: differenceText(info, r.ci_low, d, locale), hi: differenceText(info, r.ci_high, d, locale) }),
      relative: rel === null ? '–' : size ? tr('sizeCell', locale, { rel: signedPercent(rel), size }) : signedPercent(rel),
      effect: signedEffect(r.effect),
      higher: tr('pairsCell', locale, { k: Math.round((r.arm_higher ?? 0) * r.n), n: r.n }),
    };
  }
  return {
    measure: titleOf(info),
    baseline: formatValue(info, r.baseline_mean, d),
    arm: formatValue(info, r.arm_mean, d),
    difference: formatDifference(info, r.diff_mean, d),
    ci: `${formatDifference(info, r.ci_low, d)} to ${formatDifference(info, r.ci_high, d)}`,
    relative: rel === null ? '–' : `${signedPercent(rel)}${changeSize(r) ? ` (${changeSize(r)})` : ''}`,
    effect: signedEffect(r.effect),
    higher: `${Math.round((r.arm_higher ?? 0) * r.n)} of ${r.n} pairs`,
  };
}

/**
 * "case-b-strong-office cut the wait of shared work for an owner from 7.5 to 0.1 days compared with
 * case-b-weak-office: a large change (−99%; difference −7.4, 95% CI −7.4 to −7.3; standardised
 * difference −25.1; lower in 40 of 40 paired replicates)."
 */
export function differenceSentence(r: DifferenceRow): string | null {
  const info = measureInfo(r.metric);
  if (!info || r.diff_mean === null || r.baseline_mean === null || r.arm_mean === null) return null;
  const d = distinctDigits(info, r.baseline_mean, r.arm_mean);
  const from = formatValue(info, r.baseline_mean, d);
  const to = withUnit({ ...info, digits: d }, r.arm_mean);
  const ci = r.ci_low !== null && r.ci_high !== null ? `, 95% CI ${formatDifference(info, r.ci_low, d)} to ${formatDifference(info, r.ci_high, d)}` : '';
  const higher = Math.round((r.arm_higher ?? 0) * r.n);
  const lowerN = Math.round((r.baseline_higher ?? 0) * r.n);
  const count = r.diff_mean < 0 ? `lower in ${lowerN} of ${r.n} paired replicates` : `higher in ${higher} of ${r.n} paired replicates`;
  const clear = clearlyNonZero(r);
  const what = `the ${lower(info.label)}`;
  const rel = relativeChange(r);
  const effect = r.effect !== null ? `; standardised difference ${r.effect < 0 ? '−' : '+'}${Math.abs(r.effect).toFixed(1)}` : '';
  const numbers = `(${rel !== null ? `${signedPercent(rel)}; ` : ''}difference ${formatDifference(info, r.diff_mean, d)}${ci}${effect}; ${count})`;
  if (r.diff_mean === 0) return `${r.arm} left ${what} unchanged at ${to} compared with ${r.baseline} (${r.n} paired replicates).`;
  if (!clear) return `${r.arm} did not clearly change ${what} compared with ${r.baseline}: ${from} against ${to} ${numbers}.`;
  const verb = r.diff_mean < 0 ? 'cut' : 'raised';
  const size = changeSize(r);
  return `${r.arm} ${verb} ${what} from ${from} to ${to} compared with ${r.baseline}${size ? `: a ${size} change` : ''} ${numbers}.`;
}

export interface SweepPoint {
  label: string;
  values: Record<string, string | number>;
}

/** A sweep's points on one measure along its one numeric parameter, in the parameter's order, and their shape. */
export function sweepAlong(metric: string, rows: readonly SummaryRow[], parameter: string): { points: SummaryRow[]; shape: Shape } | null {
  const info = measureInfo(metric);
  const rs = rows.filter((r) => r.window === 'overall' && r.unit === 'county' && r.metric === metric && r.mean !== null && typeof r.values[parameter] === 'number');
  if (!info || rs.length < 2) return null;
  const points = [...rs].sort((x, y) => (x.values[parameter] as number) - (y.values[parameter] as number));
  const shape = sweepShape(points.map((r) => r.mean as number), (a, b) => formatValue(info, a) === formatValue(info, b));
  return { points, shape };
}

/**
 * A sweep's finding on one measure, by the shape of its means along the parameter, each value named
 * with its 95% interval: "Raising office strength (coordination.office.strength) from 0.2 to 0.9
 * lowered the wait of shared work for an owner at every step: from 7.6 (95% CI 7.5 to 7.7) to 0.0
 * days (95% CI 0.0 to 0.0)", or, when it turns, "As office strength ... rose from 0.1 to 0.9, the
 * passes of shared work rose from 5145 (...) to 5,895 (...) at 0.5, then fell to 444 (...) at 0.9".
 * With several swept parameters: the points with the lowest and highest means.
 */
export function sweepSentence(metric: string, rows: readonly SummaryRow[], parameters: readonly string[]): string | null {
  const info = measureInfo(metric);
  if (!info) return null;
  const ci = (r: SummaryRow, d: number) => (r.ci_low !== null && r.ci_high !== null ? ` (95% CI ${formatValue(info, r.ci_low, d)} to ${formatValue(info, r.ci_high, d)})` : '');
  const unit = info.unit === 'share' ? '' : ` ${screenUnit(info.unit)}`;
  const along = parameters.length === 1 ? sweepAlong(metric, rows, parameters[0]) : null;
  if (along) {
    const { points, shape } = along;
    const p = parameters[0];
    const [a, b, t] = [points[0], points[points.length - 1], points[shape.turn]];
    const d = Math.max(...points.map((r) => distinctDigits(info, a.mean, r.mean)));
    const v = (r: SummaryRow, withUnit = false) => `${formatValue(info, r.mean, d)}${withUnit ? unit : ''}${ci(r, d)}`;
    const pi = parameterInfo(p);
    const named = pi.label === pi.path ? pi.path : `${lower(pi.label)} (${pi.path})`;
    const range = `from ${a.values[p]} to ${b.values[p]}`;
    const what = `the ${lower(info.label)}`;
    const tail = ' (county, whole run, mean of the replicates)';
    if (shape.kind === 'up' || shape.kind === 'down') {
      const steps = points.length > 2 && shape.steady ? ' at every step' : '';
      return `Raising ${named} ${range} ${shape.kind === 'up' ? 'raised' : 'lowered'} ${what}${steps}: from ${v(a)} to ${v(b, true)}${tail}.`;
    }
    if (shape.kind === 'flat') return `Raising ${named} ${range} left ${what} about the same: ${v(a)} at ${a.values[p]}, ${v(b, true)} at ${b.values[p]}${tail}.`;
    if (shape.kind === 'peak' || shape.kind === 'valley') {
      const [first, then] = shape.kind === 'peak' ? ['rose', 'fell'] : ['fell', 'rose'];
      return `As ${named} rose ${range}, ${what} did not move one way: it ${first} from ${v(a)} to ${v(t)} at ${t.values[p]}, then ${then} to ${v(b, true)} at ${b.values[p]}${tail}.`;
    }
    const [lo, hi] = [points[shape.low], points[shape.high]];
    return `As ${named} rose ${range}, ${what} went up and down: lowest ${v(lo, true)} at ${lo.values[p]}, highest ${v(hi, true)} at ${hi.values[p]}; ${formatValue(info, a.mean, d)} at the first point and ${formatValue(info, b.mean, d)} at the last${tail}.`;
  }
  const rs = rows.filter((r) => r.window === 'overall' && r.unit === 'county' && r.metric === metric && r.mean !== null);
  if (rs.length < 2) return null;
  const at = (r: SummaryRow) => parameters.map((p) => `${p} = ${r.values[p]}`).join(', ');
  const sorted = [...rs].sort((x, y) => (x.mean as number) - (y.mean as number));
  const [a, b] = [sorted[0], sorted[sorted.length - 1]];
  const d = distinctDigits(info, a.mean, b.mean);
  // A sample (Sobol, discovery) has no point worth naming: its lowest and highest are accidents of the draw.
  if (parameters.length === 0) {
    return tr('sweepRangeSampled', 'en', { points: rs.length, measure: `the ${lower(info.label)}`, low: `${formatValue(info, a.mean, d)}${ci(a, d)}`, high: `${formatValue(info, b.mean, d)}${ci(b, d)}`, unit });
  }
  return `The ${lower(info.label)} ranges from ${formatValue(info, a.mean, d)}${ci(a, d)} to ${formatValue(info, b.mean, d)}${unit}${ci(b, d)} across the points: lowest at ${at(a)}, highest at ${at(b)}.`;
}

/** "inspection.penalty moves shirking most (μ* 4.1 pp per range, σ 1.2: ...)". */
export function morrisSentence(metric: string, rows: readonly MorrisRow[], runs: number): string | null {
  const info = measureInfo(metric);
  const rs = morrisRanked(metric, rows);
  if (!info || rs.length === 0) return null;
  const [top, next] = rs;
  const f = (x: number | null) => formatDifference(info, x).replace(/^\+/, '');
  const shape = top.sigma !== null && top.mu_star !== null && top.sigma > top.mu_star ? 'its effect depends strongly on the other parameters (σ above μ*)' : 'its effect is fairly steady across the other parameters (σ below μ*)';
  const second = next ? `; next, ${next.parameter} (μ* ${f(next.mu_star)})` : '';
  return `Of ${rs.length} parameters screened over ${runs} runs, ${top.parameter} moves the ${lower(info.label)} most: μ* ${f(top.mu_star)}, σ ${f(top.sigma)} over its whole range; ${shape}${second}.`;
}
