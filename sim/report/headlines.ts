import { distinctDigits, formatValue, type MeasureInfo } from '../measures/measure.js';
import { measureInfo } from '../measures/measures.js';
import type { DifferenceRow, MorrisRow, SummaryRow } from '../runner/contract.js';
import { parameterInfo } from '../scenario/field-info.js';
import { clearlyNonZero, lower, morrisRanked, sweepAlong, withUnit } from './findings.js';
import { periodName } from './metrics.js';
import type { Results } from './read/results.js';
import { statOf } from './stat.js';
import { measurePhrase, measureUnitZh, parameterLabel, tr, type Locale } from './locale.js';

/**
 * Findings shortened to a figure's title: what changed and by how much, without the interval (the
 * figure shows it) and without the comparison's scenario names spelt out as files. The long forms,
 * with their certainty, are findings.ts's sentences at the top of the report.
 */

/** "case-b-strong-office" among "case-b-weak-office": "Strong office" (the shared prefix says nothing). */
export function shortArm(label: string, labels: readonly string[]): string {
  let prefix = labels.length > 1 ? labels.reduce((p, l) => { let i = 0; while (i < p.length && p[i] === l[i]) i++; return p.slice(0, i); }) : '';
  // Cut only at a word boundary, and never the whole name.
  prefix = prefix.slice(0, Math.max(prefix.lastIndexOf('-'), prefix.lastIndexOf(' '), prefix.lastIndexOf('_')) + 1);
  const rest = label.slice(prefix.length) || label;
  const spaced = /\s/.test(rest) ? rest : rest.replace(/[-_]+/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

const numbers = (info: MeasureInfo, a: number, b: number) => {
  const d = distinctDigits(info, a, b);
  return `from ${formatValue(info, a, d)} to ${withUnit({ ...info, digits: d }, b)}`;
};

/** "Strong office cut the wait of shared work for an owner from 7.5 to 0.1 days". */
export function differenceHeadline(r: DifferenceRow, labels: readonly string[], locale: Locale = 'en'): string | null {
  const info = measureInfo(r.metric);
  if (!info || r.diff_mean === null || r.baseline_mean === null || r.arm_mean === null) return null;
  const arm = shortArm(r.arm, labels);
  if (locale !== 'en') {
    const measure = measurePhrase(r.metric, locale);
    const unit = measureUnitZh(r.metric);
    const d = distinctDigits(info, r.baseline_mean, r.arm_mean);
    const withU = (x: number, digits = d) => `${formatValue(info, x, digits)}${unit ? ` ${unit}` : ''}`;
    if (!clearlyNonZero(r)) return tr('differenceHeadlineUnclear', locale, { arm, measure, base: shortArm(r.baseline, labels), value: withU(r.baseline_mean, info.digits) });
    return tr('differenceHeadline', locale, { arm, measure, dir: r.diff_mean < 0 ? 'down' : 'up', from: formatValue(info, r.baseline_mean, d), to: withU(r.arm_mean) });
  }
  if (!clearlyNonZero(r)) return `${arm} did not clearly change the ${lower(info.label)} (${shortArm(r.baseline, labels).toLowerCase()}: ${withUnit(info, r.baseline_mean)})`;
  return `${arm} ${r.diff_mean < 0 ? 'cut' : 'raised'} the ${lower(info.label)} ${numbers(info, r.baseline_mean, r.arm_mean)}`;
}

/**
 * "Raising office strength from 0.2 to 0.9 cut the wait of shared work from 7.6 to 0.0 days", or by
 * its shape when it turns: "As office strength rose from 0.1 to 0.9, the passes of shared work rose
 * to 5,895 at 0.5, then fell to 444" (one swept parameter).
 */
export function sweepHeadline(metric: string, rows: readonly SummaryRow[], parameters: readonly string[]): string | null {
  const along = headlineAlong(metric, rows, parameters);
  if (!along) return null;
  const { info, p, points, shape, a, b, t } = along;
  const [ma, mb] = [a.mean as number, b.mean as number];
  const param = lower(parameterInfo(p).label);
  const what = `the ${lower(info.label)}`;
  if (shape.kind === 'peak' || shape.kind === 'valley') {
    const d = Math.max(distinctDigits(info, ma, t.mean), distinctDigits(info, t.mean, mb));
    const [first, then] = shape.kind === 'peak' ? ['rose', 'fell'] : ['fell', 'rose'];
    return `As ${param} rose from ${a.values[p]} to ${b.values[p]}, ${what} ${first} to ${formatValue(info, t.mean, d)} at ${t.values[p]}, then ${then} to ${withUnit({ ...info, digits: d }, mb)}`;
  }
  if (shape.kind === 'mixed') return `As ${param} rose from ${a.values[p]} to ${b.values[p]}, ${what} went up and down (${formatValue(info, points[shape.low].mean)} to ${withUnit(info, points[shape.high].mean)})`;
  const verb = shape.kind === 'down' ? 'cut' : shape.kind === 'up' ? 'raised' : 'left unchanged';
  return `Raising ${param} from ${a.values[p]} to ${b.values[p]} ${verb} ${what} ${numbers(info, ma, mb)}`;
}

/**
 * What both languages' sweep headlines read: the measure, the one swept parameter, the means along
 * it with their shape, and the first, last and turning points. Null for a measure not in the
 * registry or a sweep of more than one parameter.
 */
function headlineAlong(metric: string, rows: readonly SummaryRow[], parameters: readonly string[]) {
  const info = measureInfo(metric);
  const [p] = parameters;
  const along = parameters.length === 1 ? sweepAlong(metric, rows, p) : null;
  if (!info || !along) return null;
  const { points, shape } = along;
  return { info, p, points, shape, a: points[0], b: points[points.length - 1], t: points[shape.turn] };
}

/** "Office strength moves the wait of shared work most". */
export function morrisHeadline(metric: string, rows: readonly MorrisRow[]): string | null {
  const info = measureInfo(metric);
  const top = morrisRanked(metric, rows)[0];
  if (!info || !top) return null;
  return `${parameterInfo(top.parameter).label} moves the ${lower(info.label)} most`;
}

/** sweepHeadline in Chinese, from the same shape: whole titles from sim/i18n/experiment-messages.ts. */
function sweepHeadlineZh(metric: string, rows: readonly SummaryRow[], parameters: readonly string[], locale: Locale): string | null {
  const along = headlineAlong(metric, rows, parameters);
  if (!along) return null;
  const { info, p, points, shape, a, b, t } = along;
  const unit = measureUnitZh(metric);
  const d = Math.max(...points.map((x) => distinctDigits(info, a.mean, x.mean)));
  const v = (x: number | null, withUnit = false) => `${formatValue(info, x, d)}${withUnit && unit ? ` ${unit}` : ''}`;
  const base = { param: parameterLabel(p, locale), from: String(a.values[p]), to: String(b.values[p]), measure: measurePhrase(metric, locale), a: v(a.mean), b: v(b.mean, true) };
  if (shape.kind === 'peak' || shape.kind === 'valley') return tr('sweepHeadlineTurn', locale, { ...base, kind: shape.kind, t: v(t.mean), at: String(t.values[p]) });
  if (shape.kind === 'mixed') return tr('sweepHeadlineMixed', locale, { ...base, low: v(points[shape.low].mean), high: v(points[shape.high].mean, true) });
  if (shape.kind === 'flat') return tr('sweepHeadlineFlat', locale, base);
  return tr('sweepHeadlineMonotone', locale, { ...base, dir: shape.kind });
}

function morrisHeadlineZh(metric: string, rows: readonly MorrisRow[], locale: Locale): string | null {
  const top = morrisRanked(metric, rows)[0];
  return top && measureInfo(metric) ? tr('morrisHeadline', locale, { param: parameterLabel(top.parameter, locale), measure: measurePhrase(metric, locale) }) : null;
}

/**
 * A run's county measure in the campaign where it moved most from before the campaigns:
 * "Shirking rose from 2.1% before the campaigns to 8.3% in campaign 3". Null without a baseline.
 */
export function campaignHeadline(r: Results, metric: string, locale: Locale = 'en'): string | null {
  const info = measureInfo(metric);
  const base = statOf(r.windows.find((w) => w.kind === 'baseline')?.county[metric]);
  if (!info || !base) return null;
  let best: { name: string; mean: number } | null = null;
  for (const c of r.campaigns) {
    const w = r.windows.find((x) => x.id === c.id);
    const s = statOf(w?.county[metric]);
    if (s && (!best || Math.abs(s.mean - base.mean) > Math.abs(best.mean - base.mean))) best = { name: periodName(c.id, r.campaigns, locale, w ? w.to - w.from : undefined), mean: s.mean };
  }
  if (!best || formatValue(info, best.mean) === formatValue(info, base.mean)) return null;
  const d = distinctDigits(info, base.mean, best.mean);
  if (locale !== 'en') {
    const unit = measureUnitZh(metric);
    return tr('campaignHeadline', locale, { measure: measurePhrase(metric, locale), dir: best.mean > base.mean ? 'up' : 'down', from: formatValue(info, base.mean, d), to: `${formatValue(info, best.mean, d)}${unit ? ` ${unit}` : ''}`, campaign: best.name });
  }
  return `${info.label} ${best.mean > base.mean ? 'rose' : 'fell'} from ${formatValue(info, base.mean, d)} before the campaigns to ${withUnit({ ...info, digits: d }, best.mean)} in “${best.name}”`;
}

/** An experiment's finding on one measure (the first one shown), for its figures' titles. */
export function experimentHeadline(r: Results, metric: string | undefined, locale: Locale = 'en'): string | null {
  const exp = r.experiment;
  if (!exp || !metric) return null;
  if (exp.kind === 'compare' && exp.differences) {
    const d = exp.differences.find((x) => x.window === 'overall' && x.unit === 'county' && x.metric === metric);
    return d ? differenceHeadline(d, exp.points.map((p) => p.label), locale) : null;
  }
  if (exp.kind === 'sweep') return locale === 'en' ? sweepHeadline(metric, exp.summary, exp.parameters) : sweepHeadlineZh(metric, exp.summary, exp.parameters, locale);
  if (exp.kind === 'sensitivity' && exp.morris) return locale === 'en' ? morrisHeadline(metric, exp.morris) : morrisHeadlineZh(metric, exp.morris, locale);
  return null;
}
