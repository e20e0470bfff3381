import { describe, expect, it } from 'vitest';
import { Stream } from '../../sim/engine/rng.js';
import { abcSmc, marginal, weightedQuantile } from '../../sim/runner/abc/smc.js';
import { identification } from '../../sim/runner/abc/posterior.js';

/**
 * A twin experiment on a cheap stochastic model: data made by the model at known parameters, then
 * ABC-SMC must put the known values inside its 95% credible intervals, narrow the two parameters
 * the data inform, and leave the third (which the model ignores) as wide as its prior.
 */
describe('ABC-SMC', () => {
  const truth = [0.3, 0.7, 0.5];
  const lo = [0, 0, 0];
  const hi = [1, 1, 1];
  // Two noisy summaries: a + b and a - b, each the mean of 4 noisy draws (sd 0.05 each).
  const model = (t: readonly number[], key: string) => {
    const s = new Stream(key);
    const draw = () => (s.normal() * 0.05) / 2;
    return [t[0] + t[1] + draw(), t[0] - t[1] + draw()];
  };
  const observed = model(truth, 'observed');

  it('recovers known parameters within the credible intervals and says which are identified', async () => {
    let calls = 0;
    const r = await abcSmc(lo, hi, { population: 200, generations: 6, quantile: 0.5, maxSimulations: 8000, batch: 50, seedKey: 'abc/test' }, async (thetas, first) => {
      calls++;
      return thetas.map((t, i) => {
        const y = model(t, `sim/${first + i}`);
        return Math.hypot((y[0] - observed[0]) / 0.05, (y[1] - observed[1]) / 0.05);
      });
    });
    expect(calls).toBeGreaterThan(6);
    const last = r.generations[r.generations.length - 1];
    expect(r.generations.length).toBe(6);
    // Tolerances shrink generation by generation.
    for (let g = 2; g < r.generations.length; g++) expect(r.generations[g].epsilon).toBeLessThan(r.generations[g - 1].epsilon);
    for (const d of last.distances) expect(d).toBeLessThanOrEqual(last.epsilon);
    expect(last.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    truth.forEach((v, j) => {
      const m = marginal(last.particles, last.weights, j);
      expect(m.low).toBeLessThanOrEqual(v);
      expect(m.high).toBeGreaterThanOrEqual(v);
    });
    const id = identification(last, lo, hi);
    expect(id.map((p) => p.identified)).toEqual([true, true, false]);
    expect(id[0].ratio).toBeLessThan(0.3);
    expect(id[2].ratio).toBeGreaterThan(0.7);
  });

  it('is deterministic: the same seed and simulator give the same posterior', async () => {
    const sim = async (thetas: number[][], first: number) => thetas.map((t, i) => Math.abs(model(t, `s/${first + i}`)[0] - observed[0]) / 0.05);
    const s = { population: 30, generations: 3, quantile: 0.5, maxSimulations: 2000, batch: 10, seedKey: 'abc/det' };
    const a = await abcSmc(lo, hi, s, sim);
    const b = await abcSmc(lo, hi, s, sim);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('weighted quantiles follow the weights', () => {
    expect(weightedQuantile([1, 2, 3], [0.1, 0.1, 0.8], 0.5)).toBe(3);
    expect(weightedQuantile([3, 1, 2], [1, 1, 1], 0.5)).toBe(2);
  });
});
