import { distinctDigits, formatDifference, formatValue, screenUnit, type MeasureInfo } from '../metrics/measure.js';
import { measureInfo } from '../metrics/measures.js';
import { parameterInfo } from '../scenario/field-info.js';
import type { DifferenceRow, MorrisRow, SummaryRow } from '../runner/contract.js';

/**
 * Finding sentences with their certainty, shared by the report's first screen and the terminal:
 * what changed, by how much, and how sure the replicates make us.
 */

export const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
/** "7.5 days", "8.6%" (a share's unit is the percent sign itself; an index from 0 to 1 has none to say). */
export const withUnit = (info: MeasureInfo, x: number | null) => (info.unit === 'share' || info.unit === '0–1' ? formatValue(info, x) : `${formatValue(info, x)} ${screenUnit(info.unit)}`);

/** Whether a difference's 95% interval lies wholly on one side of zero. */
export const clearlyNonZero = (r: DifferenceRow): boolean => r.ci_low !== null && r.ci_high !== null && (r.ci_low > 0 || r.ci_high < 0);

/** A Morris screen's parameters for one measure, most influential first (those with a μ*). */
export const morrisRanked = (metric: string, rows: readonly MorrisRow[]): MorrisRow[] =>
  rows.filter((r) => r.metric === metric && r.mu_star !== null).sort((a, b) => a.rank - b.rank);

/**
 * "case-b-strong-office cut the wait of shared work for an owner from 7.5 to 0.1 days compared with
 * case-b-weak-office (difference −7.4, 95% CI −7.4 to −7.3; lower in 40 of 40 paired replicates)."
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
  const numbers = `(difference ${formatDifference(info, r.diff_mean, d)}${ci}; ${count})`;
  if (r.diff_mean === 0) return `${r.arm} left ${what} unchanged at ${to} compared with ${r.baseline} (${r.n} paired replicates).`;
  if (!clear) return `${r.arm} did not clearly change ${what} compared with ${r.baseline}: ${from} against ${to} ${numbers}.`;
  const verb = r.diff_mean < 0 ? 'cut' : 'raised';
  return `${r.arm} ${verb} ${what} from ${from} to ${to} compared with ${r.baseline} ${numbers}.`;
}

export interface SweepPoint {
  label: string;
  values: Record<string, string | number>;
}

/**
 * "Raising office strength (coordination.office.strength) from 0.2 to 0.9 lowered the wait of shared
 * work for an owner: from 7.6 (95% CI 7.5 to 7.7) to 0.0 days (95% CI 0.0 to 0.0)." With several
 * swept parameters: the points with the lowest and highest means.
 */
export function sweepSentence(metric: string, rows: readonly SummaryRow[], parameters: readonly string[]): string | null {
  const info = measureInfo(metric);
  const rs = rows.filter((r) => r.window === 'overall' && r.unit === 'county' && r.metric === metric && r.mean !== null);
  if (!info || rs.length < 2) return null;
  const ci = (r: SummaryRow, d: number) => (r.ci_low !== null && r.ci_high !== null ? ` (95% CI ${formatValue(info, r.ci_low, d)} to ${formatValue(info, r.ci_high, d)})` : '');
  const at = (r: SummaryRow) => parameters.map((p) => `${p} = ${r.values[p]}`).join(', ');
  let a: SummaryRow, b: SummaryRow;
  if (parameters.length === 1 && rs.every((r) => typeof r.values[parameters[0]] === 'number')) {
    const sorted = [...rs].sort((x, y) => (x.values[parameters[0]] as number) - (y.values[parameters[0]] as number));
    [a, b] = [sorted[0], sorted[sorted.length - 1]];
  } else {
    const sorted = [...rs].sort((x, y) => (x.mean as number) - (y.mean as number));
    [a, b] = [sorted[0], sorted[sorted.length - 1]];
  }
  const d = distinctDigits(info, a.mean, b.mean);
  // The parameter is the sentence's subject, so the verb agrees whatever the measure's label ("passes").
  const verb = (b.mean as number) < (a.mean as number) ? 'lowered' : (b.mean as number) > (a.mean as number) ? 'raised' : 'left unchanged';
  const unit = info.unit === 'share' ? '' : ` ${screenUnit(info.unit)}`;
  const values = `from ${formatValue(info, a.mean, d)}${ci(a, d)} to ${formatValue(info, b.mean, d)}${unit}${ci(b, d)}`;
  if (parameters.length === 1) {
    const p = parameterInfo(parameters[0]);
    const named = p.label === p.path ? p.path : `${lower(p.label)} (${p.path})`;
    return `Raising ${named} from ${a.values[parameters[0]]} to ${b.values[parameters[0]]} ${verb} the ${lower(info.label)}: ${values} (county, whole run, mean of the replicates).`;
  }
  return `The ${lower(info.label)} ranges ${values} across the points: lowest at ${at(a)}, highest at ${at(b)}.`;
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
