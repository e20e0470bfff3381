import { describe, expect, it } from 'vitest';
import { TRADE_OFF_R, tradeOffs } from '../../sim/runner/abc/trade-offs.js';

describe('trade-offs in a posterior', () => {
  // A ridge x0 = 0.2 + 1.2 x1 (+ small spread), an independent x2, equal weights but one.
  const particles: number[][] = [];
  const weights: number[] = [];
  for (let i = 0; i < 200; i++) {
    const x1 = 0.15 + (0.45 * ((i * 37) % 200)) / 200;
    const wobble = 0.01 * Math.sin(i * 1.7);
    const x2 = ((i * 91) % 200) / 200;
    particles.push([0.2 + 1.2 * x1 + wobble, x1, x2]);
    weights.push(i === 0 ? 3 : 1);
  }

  it('names the pair on a ridge with its line and width, and not the independent parameter', () => {
    const found = tradeOffs(particles, weights);
    expect(found).toHaveLength(1);
    const [t] = found;
    expect([t.a, t.b]).toEqual([0, 1]);
    expect(t.r).toBeGreaterThan(0.99);
    expect(t.slope).toBeCloseTo(1.2, 1);
    expect(t.intercept).toBeCloseTo(0.2, 1);
    expect(t.residualSd).toBeGreaterThan(0.005);
    expect(t.residualSd).toBeLessThan(0.01);
  });

  it('finds nothing in a cloud without a ridge, and a negative tie as well as a positive one', () => {
    expect(tradeOffs(particles.map((p) => [p[2], p[1]]), weights)).toEqual([]);
    const negative = tradeOffs(particles.map((p) => [1 - p[0], p[1]]), weights);
    expect(negative).toHaveLength(1);
    expect(negative[0].r).toBeLessThan(-TRADE_OFF_R);
    expect(negative[0].slope).toBeCloseTo(-1.2, 1);
  });
});
