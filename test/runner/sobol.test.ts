import { describe, expect, it } from 'vitest';
import { randomOf } from '../../sim/runner/design.js';
import { saltelliDesign, sobolIndices } from '../../sim/runner/sobol.js';
import { factorValues, valueFactor } from '../../sim/runner/factors.js';

/** Ishigami and Homma (1990): f = sin x1 + a sin² x2 + b x3⁴ sin x1, each x uniform on [−π, π]. */
const ishigami = (a: number, b: number) => (x: number[]) => Math.sin(x[0]) + a * Math.sin(x[1]) ** 2 + b * x[2] ** 4 * Math.sin(x[0]);

describe('Sobol indices (Saltelli sampling, Saltelli 2010 first order, Jansen total)', () => {
  it('recovers the Ishigami function\'s analytic indices (a = 7, b = 0.1) within the bootstrap 95% intervals', () => {
    // The same path as a model experiment: unit design -> factor values -> outputs -> indices.
    const factors = ['x1', 'x2', 'x3'].map((p) => valueFactor(p, -Math.PI, Math.PI));
    const design = saltelliDesign(3, 4096, randomOf('1/design:saltelli'));
    const f = ishigami(7, 0.1);
    const y = design.points.map((u) => f(factors.map((fa) => factorValues(fa, u[factors.indexOf(fa)], 'continuous') as number)));
    const r = sobolIndices(design, y, randomOf('1/bootstrap'))!;
    const S1 = [0.314, 0.442, 0.0];
    const ST = [0.558, 0.442, 0.244];
    r.indices.forEach((ix, i) => {
      expect(ix.s1.low).toBeLessThanOrEqual(S1[i]);
      expect(ix.s1.high).toBeGreaterThanOrEqual(S1[i]);
      expect(ix.st.low).toBeLessThanOrEqual(ST[i]);
      expect(ix.st.high).toBeGreaterThanOrEqual(ST[i]);
      // Intervals narrow enough to tell the factors apart (a test that a wide interval cannot fail).
      expect(ix.s1.high - ix.s1.low).toBeLessThan(0.12);
      expect(ix.st.high - ix.st.low).toBeLessThan(0.12);
    });
  });

  it('a factor that does nothing gets indices near 0, and additive factors S1 = ST', () => {
    const design = saltelliDesign(3, 2048, randomOf('2/design:saltelli'));
    const y = design.points.map((u) => u[0] + 2 * u[1]);
    const r = sobolIndices(design, y, randomOf('2/bootstrap'))!;
    expect(r.indices[0].s1.value).toBeCloseTo(0.2, 1);
    expect(r.indices[1].s1.value).toBeCloseTo(0.8, 1);
    expect(Math.abs(r.indices[2].s1.value)).toBeLessThan(0.02);
    expect(r.indices[2].st.value).toBe(0);
    for (const ix of r.indices.slice(0, 2)) expect(Math.abs(ix.st.value - ix.s1.value)).toBeLessThan(0.05);
  });

  it('leaves out base rows with a missing run, and refuses designs too small', () => {
    const design = saltelliDesign(2, 10, randomOf('3'));
    const y: (number | null)[] = design.points.map((u) => u[0]);
    y[0] = null;
    expect(sobolIndices(design, y, randomOf('b'), 50)!.n).toBe(9);
    expect(() => saltelliDesign(2, 1, randomOf('3'))).toThrow(/at least 2/);
  });
});
