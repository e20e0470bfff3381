/**
 * A figure with its uncertainty. A single run has only `mean`; replicates add the 95% interval.
 * Results files may hold a plain number or an object; the experiments runner names the interval
 * bounds in a few ways (ci_lo/ci_hi, ci95_lo/ci95_hi, lo/hi, or a [lo, hi] pair), all accepted here.
 */
export interface Stat {
  mean: number;
  lo?: number;
  hi?: number;
}

const LO_KEYS = ['ci_lo', 'ci95_lo', 'lo', 'lower', 'ci_low'];
const HI_KEYS = ['ci_hi', 'ci95_hi', 'hi', 'upper', 'ci_high'];
const PAIR_KEYS = ['ci95', 'ci'];

function finite(x: unknown): number | undefined {
  return typeof x === 'number' && Number.isFinite(x) ? x : undefined;
}

/** Read a number or a summary object ({mean, ci_lo, ci_hi, ...}); null when absent or not a number. */
export function statOf(v: unknown): Stat | null {
  const n = finite(v);
  if (n !== undefined) return { mean: n };
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  const mean = finite(o.mean) ?? finite(o.value) ?? finite(o.estimate);
  if (mean === undefined) return null;
  let lo = LO_KEYS.map((k) => finite(o[k])).find((x) => x !== undefined);
  let hi = HI_KEYS.map((k) => finite(o[k])).find((x) => x !== undefined);
  for (const k of PAIR_KEYS) {
    const p = o[k];
    if (Array.isArray(p) && p.length === 2) {
      lo ??= finite(p[0]);
      hi ??= finite(p[1]);
    }
  }
  return lo !== undefined && hi !== undefined ? { mean, lo, hi } : { mean };
}

export const hasInterval = (s: Stat | null): s is Required<Stat> => !!s && s.lo !== undefined && s.hi !== undefined;

/** Quantile by linear interpolation (type 7, R's default) of a sorted copy. */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const h = (s.length - 1) * q;
  const i = Math.floor(h);
  return i + 1 < s.length ? s[i] + (h - i) * (s[i + 1] - s[i]) : s[i];
}
