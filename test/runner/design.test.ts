import { describe, expect, it } from 'vitest';
import { fromUnit, gridPoints, lhsPoints, randomOf } from '../../sim/runner/design.js';
import { latinHypercube } from '../../sim/runner/lhs.js';
import { morrisDesign, morrisEffects } from '../../sim/runner/morris.js';

describe('Latin hypercube', () => {
  it('puts exactly one point in each of the n strata of every dimension', () => {
    const n = 37;
    const pts = latinHypercube(n, 5, randomOf('7/test'));
    expect(pts).toHaveLength(n);
    for (let j = 0; j < 5; j++) {
      const strata = pts.map((p) => Math.floor(p[j] * n)).sort((a, b) => a - b);
      expect(strata).toEqual(Array.from({ length: n }, (_, i) => i));
      for (const p of pts) expect(p[j]).toBeGreaterThanOrEqual(0), expect(p[j]).toBeLessThan(1);
    }
  });
  it('is reproducible from its seed and differs between seeds', () => {
    const a = lhsPoints({ x: { from: 0, to: 10, integer: false }, y: ['a', 'b'] }, 8, 3);
    expect(lhsPoints({ x: { from: 0, to: 10, integer: false }, y: ['a', 'b'] }, 8, 3)).toEqual(a);
    expect(lhsPoints({ x: { from: 0, to: 10, integer: false }, y: ['a', 'b'] }, 8, 4)).not.toEqual(a);
    // a list of 2 values over 8 strata: each value exactly 4 times
    expect(a.filter((p) => p.y === 'a')).toHaveLength(4);
    for (const p of a) expect(p.x as number).toBeGreaterThanOrEqual(0), expect(p.x as number).toBeLessThanOrEqual(10);
  });
  it('samples whole numbers evenly when asked', () => {
    const pts = lhsPoints({ h: { from: 1, to: 4, integer: true } }, 8, 1).map((p) => p.h);
    expect([...pts].sort()).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    expect(fromUnit('h', { from: 1, to: 4, integer: true }, 0.999999, 'stratum')).toBe(4);
  });
});

describe('grid', () => {
  it('takes every combination, first parameter slowest, ranges as from:to:count', () => {
    const pts = [...gridPoints({ a: [1, 2], b: { from: 0, to: 0.1, count: 3, integer: false } })];
    expect(pts).toEqual([
      { a: 1, b: 0 }, { a: 1, b: 0.05 }, { a: 1, b: 0.1 },
      { a: 2, b: 0 }, { a: 2, b: 0.05 }, { a: 2, b: 0.1 },
    ]);
  });
});

describe('Morris', () => {
  // y = 10 x0 + 3 x1 + 0.5 x2 + 0 x3 + 12 x0 x4: x0 dominates, x4 interacts (sigma > 0), x3 is inert.
  const f = (x: number[]) => 10 * x[0] + 3 * x[1] + 0.5 * x[2] + 12 * x[0] * x[4];
  const design = morrisDesign(5, 20, 4, randomOf('1/morris-test'));
  const y = design.trajectories.flatMap((t) => t.points.map(f));
  const fx = morrisEffects(design, y);

  it('moves one factor per step by delta on the grid inside [0,1]', () => {
    for (const t of design.trajectories) {
      expect(t.points).toHaveLength(6);
      for (let s = 1; s < t.points.length; s++) {
        const changed = t.points[s].map((v, i) => (v !== t.points[s - 1][i] ? i : -1)).filter((i) => i >= 0);
        expect(changed).toEqual([t.order[s - 1]]);
        expect(Math.abs(t.points[s][changed[0]] - t.points[s - 1][changed[0]])).toBeCloseTo(2 / 3, 12);
        for (const v of t.points[s]) expect(v).toBeGreaterThanOrEqual(0), expect(v).toBeLessThanOrEqual(1);
      }
    }
  });
  it('ranks factors by their known influence', () => {
    const ranking = [...fx].sort((a, b) => (b.muStar as number) - (a.muStar as number)).map((e) => e.factor);
    expect(ranking).toEqual([0, 4, 1, 2, 3]);
    expect(fx[1].muStar).toBeCloseTo(3, 10); // linear: every effect is exactly the slope
    expect(fx[1].sigma).toBeCloseTo(0, 10);
    expect(fx[3].muStar).toBe(0);
    expect(fx[4].sigma as number).toBeGreaterThan(0.5); // interaction shows as spread
  });
  it('skips steps with a missing output', () => {
    const holes = y.map((v, i) => (i === 1 ? null : v));
    expect(morrisEffects(design, holes)[design.trajectories[0].order[0]].n).toBe(19);
  });
});
