import { distinctDigits, formatValue } from '../measures/measure.js';
import { measureInfo } from '../measures/measures.js';
import type { MorrisRow, SummaryRow } from '../runner/contract.js';
import { morrisRanked, sweepAlong } from './findings.js';
import { differenceText, measurePhrase, measureUnitZh, parameterLabel, parameterNamed, tr, type Locale } from './locale.js';
import { shownMeasures } from './metrics.js';
import type { Results } from './read/results.js';

/**
 * A sweep's and a sensitivity analysis's findings in Chinese: the same findings as findings.ts's
 * English sweepSentence and morrisSentence (the shape of a measure along the parameter, each value
 * with its 95% interval; the parameter that moves a measure most), each a whole sentence from
 * sim/i18n/experiment-messages.ts.
 */
export function experimentSentencesZh(r: Results, locale: Locale): string[] {
  const exp = r.experiment!;
  const measures = shownMeasures(r, locale).map((m) => m.key);
  const runs = exp.points.length * exp.replicates;
  const out: (string | null)[] = [];
  const list = (ps: readonly string[]) => ps.map((p) => parameterNamed(p, locale)).join(tr('listSeparator', locale));
  if (exp.kind === 'sweep') {
    // A sample of the parameters (Sobol, discovery) names no point: the spread over it.
    const swept = exp.designFigure ? [] : exp.parameters;
    for (const m of measures) out.push(sweepSentenceZh(m, exp.summary, swept, locale));
    const scope = swept.length ? 'sweepScope' : 'sampleScope';
    out.push(tr(scope, locale, { params: list(exp.parameters) || '参数', points: exp.points.length, replicates: exp.replicates, runs, scenario: String(r.scenario?.name ?? r.name) }));
  } else if (exp.kind === 'sensitivity' && exp.morris) {
    for (const m of measures.slice(0, 3)) out.push(morrisSentenceZh(m, exp.morris, runs, locale));
    out.push(tr('morrisScope', locale, { n: exp.parameters.length, points: exp.points.length, replicates: exp.replicates, runs }));
  }
  return out.filter((s): s is string => !!s);
}

/** One measure of a sweep in Chinese, by the shape of its means along one parameter (or the lowest and highest points of several). */
export function sweepSentenceZh(metric: string, rows: readonly SummaryRow[], parameters: readonly string[], locale: Locale): string | null {
  const info = measureInfo(metric);
  if (!info) return null;
  const unitWord = measureUnitZh(metric);
  const unit = unitWord ? ` ${unitWord}` : '';
  const withCi = (r: SummaryRow, d: number) =>
    r.ci_low !== null && r.ci_high !== null ? tr('withCi', locale, { mean: formatValue(info, r.mean, d), lo: formatValue(info, r.ci_low, d), hi: formatValue(info, r.ci_high, d) }) : formatValue(info, r.mean, d);
  const measure = measurePhrase(metric, locale);
  const along = parameters.length === 1 ? sweepAlong(metric, rows, parameters[0]) : null;
  if (along) {
    const { points, shape } = along;
    const p = parameters[0];
    const [a, b, t] = [points[0], points[points.length - 1], points[shape.turn]];
    const d = Math.max(...points.map((x) => distinctDigits(info, a.mean, x.mean)));
    const at = (x: SummaryRow) => String(x.values[p]);
    const base = { param: parameterNamed(p, locale), from: at(a), to: at(b), measure, unit, a: withCi(a, d), b: withCi(b, d) };
    if (shape.kind === 'up' || shape.kind === 'down') return tr('sweepMonotone', locale, { ...base, dir: shape.kind, steady: points.length > 2 && shape.steady ? 'yes' : 'no' });
    if (shape.kind === 'flat') return tr('sweepFlat', locale, base);
    if (shape.kind === 'peak' || shape.kind === 'valley') return tr('sweepTurn', locale, { ...base, kind: shape.kind, t: withCi(t, d), at: at(t) });
    const [lo, hi] = [points[shape.low], points[shape.high]];
    return tr('sweepMixed', locale, { ...base, low: withCi(lo, d), lowAt: at(lo), high: withCi(hi, d), highAt: at(hi), first: formatValue(info, a.mean, d), last: formatValue(info, b.mean, d) });
  }
  const rs = rows.filter((r) => r.window === 'overall' && r.unit === 'county' && r.metric === metric && r.mean !== null);
  if (rs.length < 2) return null;
  const sorted = [...rs].sort((x, y) => (x.mean as number) - (y.mean as number));
  const [lo, hi] = [sorted[0], sorted[sorted.length - 1]];
  const d = distinctDigits(info, lo.mean, hi.mean);
  // A sample read from summary.csv has no swept values to name a point by: its spread only.
  if (parameters.length === 0) return tr('sweepRangeSampled', locale, { points: rs.length, measure, low: withCi(lo, d), high: withCi(hi, d), unit });
  const at = (r: SummaryRow) => parameters.map((p) => tr('atValue', locale, { param: parameterLabel(p, locale), value: String(r.values[p]) })).join(tr('listSeparator', locale));
  return tr('sweepRange', locale, { measure, low: withCi(lo, d), high: withCi(hi, d), unit, lowAt: at(lo), highAt: at(hi) });
}

/** The parameter that moves a measure most in a Morris screening, in Chinese. */
export function morrisSentenceZh(metric: string, rows: readonly MorrisRow[], runs: number, locale: Locale): string | null {
  const info = measureInfo(metric);
  const rs = morrisRanked(metric, rows);
  if (!info || rs.length === 0) return null;
  const [top, next] = rs;
  const f = (x: number | null) => differenceText(info, x, info.digits, locale).replace(/^\+/, '');
  return tr('morrisFinding', locale, {
    n: rs.length,
    runs,
    top: parameterNamed(top.parameter, locale),
    measure: measurePhrase(metric, locale),
    mu: f(top.mu_star),
    sigma: f(top.sigma),
    shape: top.sigma !== null && top.mu_star !== null && top.sigma > top.mu_star ? 'strong' : 'steady',
    next: next ? parameterNamed(next.parameter, locale) : 'none',
    nextMu: next ? f(next.mu_star) : '',
  });
}
