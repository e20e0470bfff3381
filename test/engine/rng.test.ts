import { describe, expect, it } from 'vitest';
import { Stream, Streams } from '../../sim/engine/rng.js';

describe('random streams', () => {
  it('give the same numbers for the same key and different ones for another key', () => {
    const a = new Streams('7').get('x');
    const b = new Streams('7').get('x');
    const c = new Streams('8').get('x');
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
  });

  it('are independent by name: drawing from one does not shift another', () => {
    const s1 = new Streams('1');
    const s2 = new Streams('1');
    for (let i = 0; i < 1000; i++) s1.get('noise').next();
    expect(s1.get('arrivals').next()).toBe(s2.get('arrivals').next());
  });

  it('draw Poisson counts with the right mean and variance, small and large', () => {
    const r = new Stream('poisson');
    for (const lambda of [0.7, 4, 29, 31, 120]) {
      const n = 40_000;
      let sum = 0;
      let sq = 0;
      // Counted, then checked once: an expect() per draw cost seconds of the quick suite.
      const bad: number[] = [];
      for (let i = 0; i < n; i++) {
        const k = r.poisson(lambda);
        if (!(Number.isInteger(k) && k >= 0)) bad.push(k);
        sum += k;
        sq += k * k;
      }
      expect(bad, `lambda ${lambda}: draws that are not counts`).toEqual([]);
      const mean = sum / n;
      const variance = sq / n - mean * mean;
      // 6 standard errors of the mean; variance within 5%.
      expect(Math.abs(mean - lambda)).toBeLessThan(6 * Math.sqrt(lambda / n));
      expect(Math.abs(variance / lambda - 1)).toBeLessThan(0.05);
    }
  });

  it('draw standard normals', () => {
    const r = new Stream('normal');
    const n = 50_000;
    let sum = 0;
    let sq = 0;
    for (let i = 0; i < n; i++) {
      const z = r.normal();
      sum += z;
      sq += z * z;
    }
    expect(Math.abs(sum / n)).toBeLessThan(0.03);
    expect(Math.abs(sq / n - 1)).toBeLessThan(0.03);
  });
});
