import type { SweepValues } from '../scenario/schema/sweep.js';
import { checkPathSegments, PathError } from '../scenario/value-path.js';

/**
 * A `--set` option or swept path that cannot be understood; the CLI prints the message as it is.
 * The same class as the scenario layer's path errors, so one catch handles both.
 */
export { PathError as SetError };
const SetError = PathError;

export interface SetOption {
  path: string;
  values: SweepValues;
}

const EXAMPLES = 'e.g. --set inspection.penalty=10,20,40 or --set campaigns.0.inspectionRate=0:0.1:5';

/**
 * Parse `--set path=values`. Values are a comma list (`10,20,40`, `none,office`, `true,false`),
 * `from:to:count` (count evenly spaced values, both ends included, like numpy's linspace), or
 * `from:to` (a range, for Latin hypercube and Morris designs).
 */
export function parseSet(text: string): SetOption {
  const eq = text.indexOf('=');
  if (eq < 0) throw new SetError(`--set "${text}": write path=values, ${EXAMPLES}`);
  const path = text.slice(0, eq).trim();
  const rhs = text.slice(eq + 1).trim();
  if (!path) throw new SetError(`--set "${text}": the path before "=" is empty; ${EXAMPLES}`);
  if (!/^[A-Za-z0-9_$-]+(\.[A-Za-z0-9_$-]+)*$/.test(path)) {
    throw new SetError(`--set "${text}": "${path}" is not a path; write field names and list positions joined by dots, e.g. campaigns.0.inspectionRate`);
  }
  try {
    checkPathSegments(path);
  } catch (e) {
    throw new SetError(`--set "${text}": ${(e as Error).message}`);
  }
  if (!rhs) throw new SetError(`--set "${text}": no values after "="; ${EXAMPLES}`);
  if (rhs.includes(':') && !rhs.includes(',')) return { path, values: parseRange(text, rhs) };
  const parts = rhs.split(',').map((s) => s.trim());
  if (parts.some((s) => s === '')) throw new SetError(`--set "${text}": an empty value in the list; separate values with single commas`);
  return { path, values: parts.map(scalar) };
}

function parseRange(text: string, rhs: string): SweepValues {
  const parts = rhs.split(':');
  if (parts.length > 3) throw new SetError(`--set "${text}": a range is from:to or from:to:count, not ${parts.length} parts`);
  const nums = parts.map((s) => (s.trim() === '' ? NaN : Number(s)));
  const bad = parts.findIndex((_, i) => !Number.isFinite(nums[i]));
  if (bad >= 0) throw new SetError(`--set "${text}": "${parts[bad]}" in the range is not a number; a range is from:to or from:to:count`);
  if (parts.length === 3) {
    const count = nums[2];
    if (!Number.isInteger(count) || count < 1) {
      throw new SetError(`--set "${text}": the count (third part) must be a whole number of at least 1, got ${parts[2]}`);
    }
    return { from: nums[0], to: nums[1], count, integer: false };
  }
  return { from: nums[0], to: nums[1], integer: false };
}

function scalar(s: string): number | string | boolean {
  if (s === 'true') return true;
  if (s === 'false') return false;
  const n = Number(s);
  return Number.isFinite(n) && /^[-+.\d]/.test(s) ? n : s;
}

/** How many values a grid takes for one parameter (a range needs a count). */
export function gridSize(path: string, v: SweepValues): number {
  if (Array.isArray(v)) return v.length;
  if (v.count === undefined) {
    throw new SetError(`${path}: a grid needs a count of values; write from:to:count (e.g. ${v.from}:${v.to}:5), or use --design lhs to sample the range`);
  }
  return v.count;
}

/** The i-th value of a grid parameter, computed on demand: a count of 1e9 is never expanded. */
export function gridValueAt(path: string, v: SweepValues, i: number): number | string | boolean {
  if (Array.isArray(v)) return v[i];
  const n = gridSize(path, v);
  if (n === 1) return v.from;
  const x = v.from + ((v.to - v.from) * i) / (n - 1);
  return v.integer ? Math.round(x) : tidy(x);
}

/** The values a grid takes for one parameter. */
export function gridValues(path: string, v: SweepValues): (number | string | boolean)[] {
  return Array.from({ length: gridSize(path, v) }, (_, i) => gridValueAt(path, v, i));
}

/** Drop floating-point dust (0.30000000000000004) so the value used is the value printed. */
export function tidy(x: number): number {
  return Number(x.toPrecision(12));
}
