import { describe, expect, it } from 'vitest';
import { formatNumber, numberAsRead } from '../../sim/runner/format.js';

/** formatNumber's definition: rounded to 6 decimals, then as JavaScript prints it (-0 as 0). */
function byDefinition(x: number): string {
  if (!Number.isFinite(x)) return '';
  if (Number.isInteger(x)) return String(x);
  const r = Math.round(x * 1e6) / 1e6;
  return Object.is(r, -0) ? '0' : String(r);
}

/** A fixed pseudo-random sequence (the test is the same on every run). */
function* numbers(n: number): Generator<number> {
  let s = 0x9e3779b9;
  const next = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
  for (let i = 0; i < n; i++) {
    const x = (next() - 0.5) * 2 * 10 ** (Math.floor(next() * 28) - 12);
    yield x;
    yield Math.round(x * 1e6) / 1e6;
    yield Math.round(x * 1e3) / 1e3 + 1e-7;
  }
}

describe('formatNumber', () => {
  it('writes exactly what its definition does, on a million values of every size', () => {
    let diffs = 0;
    for (const x of numbers(350_000)) if (formatNumber(x) !== byDefinition(x)) diffs++;
    expect(diffs).toBe(0);
  });

  it('at the edges: signs, tiny values, the end of the fast path, and beyond it', () => {
    const edges = [0.5, -0.5, 1e-7, -1e-7, 4.9999995e-7, 5e-7, -5e-7, 0.1 + 0.2, 1 / 3, -2 / 3, 1e-6, 0.000105, 999999999.9999995, 1e9 - 1e-6, 1e9 + 0.5, -1e9 - 0.25, 4.5e9 + 0.1, 1.5e20, 123456789.123456];
    for (const x of edges) expect(formatNumber(x), String(x)).toBe(byDefinition(x));
    expect(formatNumber(-1e-7)).toBe('0');
    expect(formatNumber(0.000105)).toBe('0.000105');
    expect(formatNumber(-2 / 3)).toBe('-0.666667');
    expect([formatNumber(NaN), formatNumber(null), formatNumber(Infinity)]).toEqual(['', '', '']);
  });
});

describe('numberAsRead', () => {
  it('is the number a reader gets back from formatNumber\'s text, on a million values and the edges', () => {
    const asRead = (x: number) => (formatNumber(x) === '' ? null : Number(formatNumber(x)));
    let diffs = 0;
    for (const x of numbers(350_000)) if (!Object.is(numberAsRead(x), asRead(x))) diffs++;
    expect(diffs).toBe(0);
    const edges = [0, -0, 3, -3, 0.5, -1e-7, 4.9999995e-7, 0.1 + 0.2, -2 / 3, 999999999.9999995, 1e9 + 0.5, 1.5e20, 1e21, -1e22, NaN, Infinity];
    for (const x of edges) expect(Object.is(numberAsRead(x), asRead(x)), String(x)).toBe(true);
  });
});
