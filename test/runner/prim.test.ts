import { describe, expect, it } from 'vitest';
import { randomOf } from '../../sim/runner/design.js';
import { latinHypercube } from '../../sim/runner/lhs.js';
import { prim } from '../../sim/runner/prim.js';

describe('PRIM scenario discovery', () => {
  it('recovers a known box (x0 >= 0.6 and x1 <= 0.3) and leaves the other dimensions free', () => {
    const x = latinHypercube(1000, 4, randomOf('prim/test'));
    const noise = randomOf('prim/noise');
    // 3% of the labels flipped: the box must be found through noise, not by exact separation.
    const y = x.map((p) => (p[0] >= 0.6 && p[1] <= 0.3) !== noise() < 0.03);
    const r = prim(x, y);
    const b = r.chosen;
    expect(b.lo[0]).toBeGreaterThan(0.55);
    expect(b.lo[0]).toBeLessThan(0.65);
    expect(b.hi[1]).toBeGreaterThan(0.25);
    expect(b.hi[1]).toBeLessThan(0.35);
    for (const j of [2, 3]) {
      expect(b.lo[j]).toBe(-Infinity);
      expect(b.hi[j]).toBe(Infinity);
    }
    expect(b.hi[0]).toBe(Infinity);
    expect(b.lo[1]).toBe(-Infinity);
    // The flipped labels outside the box (about 3% of 880 points, against ~116 true cases inside)
    // cap the coverage any box can reach near 0.82; inside, density is near 0.97.
    expect(b.coverage).toBeGreaterThan(0.78);
    expect(b.density).toBeGreaterThan(0.92);
    // The trajectory starts at the whole sample: coverage 1, density the base rate.
    expect(r.trajectory[0].coverage).toBe(1);
    expect(r.trajectory[0].density).toBeCloseTo(r.cases / r.points, 12);
  });

  it('refuses an outcome no point reaches', () => {
    expect(() => prim([[0], [1]], [false, false])).toThrow(/no point crosses/);
  });
});
