import type { RecordUnit } from './record.js';

/**
 * What every measure in the registry (sim/measures/measures.ts) says about itself. Files, terminal
 * tables, report labels and docs/OUTPUTS.md are all derived from these fields, so a measure's
 * meaning is written once.
 */

/**
 * Units as printed in docs and on axes. `share` is a fraction 0–1 in every file and a percentage on
 * screen (tables, sentences, figures); `0–1` is an index (fatigue, motivation) shown as it is.
 */
export type MeasureUnit = RecordUnit | 'items/person/week' | 'h/person/week' | 'person-days' | 'share';

/** How a figure combines over the units of the county (the county row) and over the days of a window. */
export type OverUnits = 'sum' | 'mean over people' | 'percentile over people' | 'ratio of sums' | 'per post' | 'county only' | 'largest' | 'mean over departments';
export type OverDays = 'sum' | 'mean of days' | 'last day' | 'largest day' | 'per week' | 'ratio of sums' | 'count';

/** Which way is good news, for sentences ("cut", "raised") and for colouring; `neither` for descriptive figures. */
export type Better = 'higher' | 'lower' | 'neither';

export interface MeasureInfo {
  /** Plain words, sentence case, no unit: "Mean wait of shared work for an owner". */
  label: string;
  unit: MeasureUnit;
  /** What it counts and how, for docs/OUTPUTS.md and report captions. */
  description: string;
  overUnits: OverUnits;
  overDays: OverDays;
  better: Better;
  /** The mechanism that produces the underlying daily figures (docs/ODD.md: a phase of sim/model/, or a numbered part of its working-day.ts or end-of-day.ts pass). */
  phase: string;
  /** Decimals on screen (a share's decimals are of the percentage). */
  digits: number;
}

/** The unit as a reader sees it on screen: shares become percentages. */
export const screenUnit = (u: MeasureUnit): string => (u === 'share' ? '%' : u);

/** A value as a reader sees it: shares as percentages, others with the measure's decimals, thousands grouped. */
export function formatValue(info: Pick<MeasureInfo, 'unit' | 'digits'>, x: number | null | undefined, digits = info.digits): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  if (info.unit === 'share') return `${(100 * x).toFixed(digits)}%`;
  const v = Math.abs(x) < 0.5 * 10 ** -digits ? 0 : x; // float dust (-1e-12) reads as 0, not -0.0
  // Thousands grouped from 1,000 (as report text's `fixed` does), so "8,504" stands beside "10,954"; from
  // 10,000 the decimals say nothing and are dropped. Grouped by hand (groupedInteger), not by
  // toLocaleString: a process's first toLocaleString builds ICU's number formatter.
  if (Math.abs(v) >= 10000) return groupedInteger(Math.round(v));
  if (Math.abs(v) < 1000) return v.toFixed(digits);
  const [whole, fraction] = v.toFixed(digits).split('.');
  return `${groupedInteger(Number(whole))}${fraction === undefined ? '' : `.${fraction}`}`;
}

/**
 * An integer with its thousands grouped, exactly as toLocaleString('en-US') writes it ("12,345",
 * "-1,234", "-0"), but without it: a process's first toLocaleString builds ICU's number formatter,
 * 20-90 ms of CPU (more under load) that every `run` paid for one figure of its budget check or its
 * summary table. test/metrics/grouped-integer.test.ts checks it against toLocaleString.
 */
export function groupedInteger(n: number): string {
  if (!Number.isInteger(n) || Math.abs(n) >= 1e21) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 || Object.is(n, -0) ? `-${out}` : out;
}

/** A difference of two values: shares in percentage points. */
export function formatDifference(info: Pick<MeasureInfo, 'unit' | 'digits'>, x: number | null | undefined, digits = info.digits): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  const sign = x < 0 ? '−' : x > 0 ? '+' : '';
  const body = info.unit === 'share' ? `${(100 * Math.abs(x)).toFixed(digits)} pp` : formatValue(info, Math.abs(x), digits);
  return `${sign}${body}`;
}

/** Multiply a file value by this to get the screen value (shares to percent). */
export const screenScale = (u: MeasureUnit): number => (u === 'share' ? 100 : 1);

/** Axis or column title: label and screen unit, "Shirked share of scheduled hours (%)". */
export const titleOf = (info: Pick<MeasureInfo, 'label' | 'unit'>): string => `${info.label} (${screenUnit(info.unit)})`;

/** Decimals enough that two different values do not print the same (up to 3 more than the measure's). */
export function distinctDigits(info: Pick<MeasureInfo, 'unit' | 'digits'>, a: number | null, b: number | null): number {
  let d = info.digits;
  while (d < info.digits + 3 && a !== null && b !== null && a !== b && formatValue(info, a, d) === formatValue(info, b, d)) d++;
  return d;
}
