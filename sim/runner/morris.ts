/**
 * Morris elementary effects (Morris 1991; mu* from Campolongo, Cariboni and Saltelli 2007): r
 * trajectories through a grid of `levels` levels in [0,1]^k, each moving one factor at a time by
 * delta = levels / (2 (levels - 1)), in a random order. Cheap screening: r (k + 1) model runs rank k
 * factors by mu* (mean absolute effect); sigma shows interaction or non-linearity.
 */
export interface MorrisDesign {
  k: number;
  levels: number;
  delta: number;
  /** r trajectories of k + 1 points each, in unit space. */
  trajectories: { points: number[][]; order: number[] }[];
}

export function morrisDesign(k: number, r: number, levels: number, rand: () => number): MorrisDesign {
  if (levels < 2 || levels % 2 !== 0) throw new RangeError(`Morris needs an even number of levels (2, 4, 6...), got ${levels}`);
  const delta = levels / (2 * (levels - 1));
  const trajectories: MorrisDesign['trajectories'] = [];
  for (let t = 0; t < r; t++) {
    const x = Array.from({ length: k }, () => Math.floor(rand() * levels) / (levels - 1));
    const order = Array.from({ length: k }, (_, i) => i);
    for (let i = k - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const points = [x.slice()];
    for (const f of order) {
      // Step up when there is room, else down: every point stays on the grid inside [0,1].
      x[f] = x[f] + delta <= 1 + 1e-12 ? x[f] + delta : x[f] - delta;
      x[f] = Math.round(x[f] * (levels - 1)) / (levels - 1);
      points.push(x.slice());
    }
    trajectories.push({ points, order });
  }
  return { k, levels, delta, trajectories };
}

export interface MorrisEffect {
  factor: number;
  /** Effects that could be computed (both ends of the step had a value). */
  n: number;
  mu: number | null;
  muStar: number | null;
  sigma: number | null;
}

/** Effects per factor from outputs y, one per design point (trajectory-major), null if missing. */
export function morrisEffects(design: MorrisDesign, y: readonly (number | null)[]): MorrisEffect[] {
  const ee: number[][] = Array.from({ length: design.k }, () => []);
  design.trajectories.forEach((tr, t) => {
    const base = t * (design.k + 1);
    tr.order.forEach((f, s) => {
      const y0 = y[base + s];
      const y1 = y[base + s + 1];
      if (y0 === null || y1 === null || !Number.isFinite(y0) || !Number.isFinite(y1)) return;
      const step = tr.points[s + 1][f] - tr.points[s][f];
      ee[f].push((y1 - y0) / step);
    });
  });
  return ee.map((e, factor) => {
    const n = e.length;
    if (n === 0) return { factor, n, mu: null, muStar: null, sigma: null };
    const mu = e.reduce((a, b) => a + b, 0) / n;
    const muStar = e.reduce((a, b) => a + Math.abs(b), 0) / n;
    const sigma = n > 1 ? Math.sqrt(e.reduce((a, b) => a + (b - mu) ** 2, 0) / (n - 1)) : null;
    return { factor, n, mu, muStar, sigma };
  });
}
