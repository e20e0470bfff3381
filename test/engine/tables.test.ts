import { describe, expect, it } from 'vitest';
import { EFFORT_BINS, logistic, lognormalTable, normalQuantile } from '../../sim/engine/tables.js';

describe('lookup tables', () => {
  it('normal quantiles match known values', () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 5);
    expect(normalQuantile(0.8413447)).toBeCloseTo(1, 5);
  });

  it('the lognormal effort table has the exact mean and close to the asked spread', () => {
    for (const [mean, cv] of [[6, 0.5], [2, 1], [10, 0.1]]) {
      const t = lognormalTable(mean, cv);
      expect(t.length).toBe(EFFORT_BINS);
      const m = t.reduce((a, b) => a + b, 0) / t.length;
      const sd = Math.sqrt(t.reduce((a, b) => a + (b - m) ** 2, 0) / t.length);
      expect(m).toBeCloseTo(mean, 9);
      // Folding the far tail into the end slices loses a little spread, more for heavy tails.
      expect(sd / m).toBeGreaterThan(cv * 0.93);
      expect(sd / m).toBeLessThan(cv * 1.001);
      // Collected, then checked once: an expect() per slice is most of this test's time.
      expect(Array.from(t.keys()).filter((k) => k > 0 && !(t[k] >= t[k - 1])), 'slices smaller than the one before').toEqual([]);
    }
    expect(Array.from(lognormalTable(4, 0)).every((x) => x === 4)).toBe(true);
  });

  it('the tabulated logistic is within 1e-6 of the formula', () => {
    const off: number[] = [];
    for (let x = -20; x <= 20; x += 0.0137) if (!(Math.abs(logistic(x) - 1 / (1 + Math.exp(-x))) < 1e-6)) off.push(x);
    expect(off, 'x where the table is off').toEqual([]);
  });
});
