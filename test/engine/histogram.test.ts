import { describe, expect, it } from 'vitest';
import { binOf, UnitHistogram } from '../../sim/engine/histogram.js';

describe('fixed-bin histogram', () => {
  it('puts values in their bins, the ends included, and reads quantiles as bin midpoints', () => {
    expect(binOf(0, 200)).toBe(0);
    expect(binOf(0.999, 200)).toBe(199);
    expect(binOf(1, 200)).toBe(199);
    expect(binOf(-0.5, 200)).toBe(0);
    expect(binOf(0.4025, 200)).toBe(80);
    const h = new UnitHistogram(10);
    expect(h.quantile(0.9)).toBeNaN();
    for (const x of [0.05, 0.15, 0.15, 0.35, 0.95]) h.counts[binOf(x, h.bins)]++;
    h.total = 5;
    expect(h.quantile(0.5)).toBeCloseTo(0.15);
    expect(h.quantile(0.9)).toBeCloseTo(0.95);
    h.clear();
    expect(h.total).toBe(0);
    expect(Array.from(h.counts).every((c) => c === 0)).toBe(true);
  });
});
