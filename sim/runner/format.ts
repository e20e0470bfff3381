/**
 * Numbers as text, the same on every machine: integers as they are, others rounded to 6 decimals
 * (well below any figure's meaning), no exponent for ordinary sizes. Empty for NaN and null (R and
 * pandas read an empty CSV field as missing).
 */
export function formatNumber(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '';
  if (Number.isInteger(x)) return String(x);
  const k = Math.round(x * 1e6);
  if (k > -SIX_DECIMALS_EXACT && k < SIX_DECIMALS_EXACT) return sixDecimals(k);
  const r = k / 1e6;
  return Object.is(r, -0) ? '0' : String(r);
}

/**
 * The number a CSV reader gets back from formatNumber's text (null for its empty field), without the
 * text: a report built from a run in memory sees exactly what it would read from the run's files.
 * Integers read back as they are; other numbers as k / 1e6, which is both the correctly rounded
 * value of sixDecimals' digits and what String(k / 1e6) reads back as; -0 is written "0" (+ 0 makes
 * it 0). test/runner/format.test.ts checks it against Number(formatNumber(x)).
 */
export function numberAsRead(x: number | null | undefined): number | null {
  if (x === null || x === undefined || !Number.isFinite(x)) return null;
  return (Number.isInteger(x) ? x : Math.round(x * 1e6) / 1e6) + 0;
}

/**
 * Below 1e9 in size (k = x * 1e6 below 1e15), String(k / 1e6) is exactly k's digits with the point
 * six places in and trailing zeros dropped: that text reads back as k / 1e6, and any shorter text
 * differs from it by at least 1e-6, far more than the spacing of doubles there (under 2.4e-7), so
 * none reads back the same. Written with whole numbers it is about twice as fast as String (a
 * million random values, warm), daily.csv as a whole 10-20% faster once warm (its million cells are
 * the most of an experiment's main-thread work with --daily); test/runner/format.test.ts checks it
 * against String on a million values.
 */
const SIX_DECIMALS_EXACT = 1e15;

function sixDecimals(k: number): string {
  const a = k < 0 ? -k : k;
  const whole = Math.floor(a / 1e6);
  let frac = a - whole * 1e6;
  // -0.0000001 rounds to k = -0: printed "0", as String(-0) is.
  const sign = k < 0 ? '-' : '';
  if (frac === 0) return sign + whole;
  let digits = 6;
  while (frac % 10 === 0) {
    frac /= 10;
    digits--;
  }
  const f = String(frac);
  return `${sign}${whole}.${f.length < digits ? '0'.repeat(digits - f.length) + f : f}`;
}

/**
 * Text a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return first, as OWASP
 * lists them): a name like `=HYPERLINK(...)` in a table someone opens in Excel or LibreOffice.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell, quoted only when it needs it (RFC 4180), and prefixed with an apostrophe when it would
 * start a formula: the spreadsheet then shows it as text. Every text cell deptsim writes passes
 * here; numbers go through formatNumber, so -3 stays a number. readCsvText undoes the prefix.
 */
export function csvField(s: string): string {
  const safe = FORMULA_START.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A parameter's value as a cell: a number exactly as given (-0.5 stays a number), anything else as text. */
export function csvValue(v: unknown): string {
  return typeof v === 'number' ? String(v) : csvField(String(v));
}

/** The text csvField was given, from the cell it wrote (after CSV unquoting). */
export function readCsvText(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** Stable JSON: keys in insertion order, numbers rounded as in CSV, two-space indent, final newline. */
export function stableJson(value: unknown): string {
  return (
    JSON.stringify(
      value,
      (_k, v) => (typeof v === 'number' ? (Number.isFinite(v) ? (Number.isInteger(v) ? v : Math.round(v * 1e6) / 1e6) : null) : v),
      2,
    ) + '\n'
  );
}
