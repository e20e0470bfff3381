import { describe as group, expect, it } from 'vitest';
import { describe, describeColumns, normalQuantile, tQuantile } from '../../sim/metrics/stats.js';

group('t quantiles', () => {
  // Reference values from R: qt(0.975, df).
  const known: [number, number][] = [
    [1, 12.7062047], [2, 4.30265273], [3, 3.18244631], [4, 2.77644511], [5, 2.57058184],
    [9, 2.26215716], [19, 2.09302405], [29, 2.04522964], [39, 2.02269092], [100, 1.98397152],
  ];
  it.each(known)('qt(0.975, %i)', (df, q) => {
    expect(tQuantile(0.975, df)).toBeCloseTo(q, 4);
    expect(tQuantile(0.025, df)).toBeCloseTo(-q, 4);
  });
  it('normal quantiles', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 5);
  });
});

group('describe', () => {
  it('mean, sd, t interval and quantiles of a known sample', () => {
    // 1..10: mean 5.5, sd sqrt(55/6), CI 5.5 -/+ qt(.975, 9) * sd / sqrt(10) = [3.334149, 7.665851]
    const d = describe([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(d.n).toBe(10);
    expect(d.mean).toBeCloseTo(5.5, 10);
    expect(d.sd).toBeCloseTo(Math.sqrt(55 / 6), 10);
    expect(d.ci_low).toBeCloseTo(3.334149, 5);
    expect(d.ci_high).toBeCloseTo(7.665851, 5);
    expect(d.median).toBeCloseTo(5.5, 10);
    expect(d.p05).toBeCloseTo(1.45, 10); // R quantile(1:10, 0.05), type 7
    expect(d.p95).toBeCloseTo(9.55, 10);
    expect([d.min, d.max]).toEqual([1, 10]);
  });
  it('one value has a mean but no spread or interval; none has nothing', () => {
    expect(describe([4])).toMatchObject({ n: 1, mean: 4, sd: null, ci_low: null, median: 4 });
    expect(describe([])).toMatchObject({ n: 0, mean: null, median: null });
  });
  it('columns with missing values use only the values present; matrix path equals one-by-one', () => {
    const rows = [[1, 2, null], [3, 4, 5], [5, 7, 6], [2, 2, 2]];
    const cols = describeColumns(rows, 3);
    expect(cols[2]).toEqual(describe([5, 6, 2]));
    expect(cols[0].mean).toBeCloseTo(describe([1, 3, 5, 2]).mean as number, 12);
    expect(cols[1].ci_high).toBeCloseTo(describe([2, 4, 7, 2]).ci_high as number, 12);
    expect(cols[1].p25).toBeCloseTo(describe([2, 4, 7, 2]).p25 as number, 12);
  });
  it('interval covers the true mean about 95% of the time (normal samples of 8)', () => {
    let s = 12345;
    const u = () => ((s = (s * 1103515245 + 12345) % 2147483648) + 0.5) / 2147483648;
    let covered = 0;
    const trials = 2000;
    for (let t = 0; t < trials; t++) {
      const xs = Array.from({ length: 8 }, () => 3 + normalQuantile(u()));
      const d = describe(xs);
      if ((d.ci_low as number) <= 3 && 3 <= (d.ci_high as number)) covered++;
    }
    expect(covered / trials).toBeGreaterThan(0.93);
    expect(covered / trials).toBeLessThan(0.97);
  });
});

group('quantiles are exact and repeatable', () => {
  it('match R type 7 and give the same bits on every call', () => {
    const describeSample = describe;
    // R: quantile(c(1, 2, 4, 8, 16), c(.05, .25, .5, .75, .95)) = 1.2 2 4 8 14.4
    const d = describeSample([8, 1, 16, 2, 4]);
    [1.2, 2, 4, 8, 14.4].forEach((q, i) => expect([d.p05, d.p25, d.median, d.p75, d.p95][i]).toBeCloseTo(q, 12));
    // Many columns of awkward values: repeated calls must agree to the last bit.
    let x = 0.123456789;
    const rows = Array.from({ length: 40 }, () => Array.from({ length: 300 }, () => (x = (x * 9301 + 0.49297) % 1) * 0.37));
    const a = JSON.stringify(describeColumns(rows, 300));
    for (let k = 0; k < 5; k++) expect(JSON.stringify(describeColumns(rows, 300))).toBe(a);
  });
});

group('mean and sd are mathjs’s figures bit for bit', () => {
  // stats.ts writes mathjs's mean and std out as loops (the same sums in the same order); the
  // summaries' bytes must not move, so compare exactly, on samples whose sums round.
  it('on vectors and, along dimension 0, on matrices', async () => {
    const math = (await import('mathjs')) as typeof import('mathjs');
    let s = 987654321;
    const u = () => ((s = (s * 1103515245 + 12345) % 2147483648) + 0.5) / 2147483648;
    const value = () => (u() - 0.3) * 10 ** Math.floor(u() * 12 - 4);
    for (let trial = 0; trial < 200; trial++) {
      const n = 2 + Math.floor(u() * 60);
      const xs = Array.from({ length: n }, value);
      const d = describe(xs);
      expect(d.mean).toBe(math.mean(xs));
      expect(d.sd).toBe(math.std(xs));
    }
    const rows = Array.from({ length: 40 }, () => Array.from({ length: 7 }, value));
    const cols = describeColumns(rows, 7);
    expect(cols.map((c) => c.mean)).toEqual(math.mean(rows, 0));
    expect(cols.map((c) => c.sd)).toEqual(math.std(rows, 0));
  });
});
