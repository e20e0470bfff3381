/**
 * Numbers as text, the same on every machine: integers as they are, others rounded to 6 decimals
 * (well below any figure's meaning), no exponent for ordinary sizes. Empty for NaN and null (R and
 * pandas read an empty CSV field as missing).
 */
export function formatNumber(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '';
  if (Number.isInteger(x)) return String(x);
  const r = Math.round(x * 1e6) / 1e6;
  return Object.is(r, -0) ? '0' : String(r);
}

/** Quote a CSV field only when it needs it (RFC 4180). */
export function csvField(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
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
