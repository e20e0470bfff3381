/**
 * PRIM, the patient rule induction method (Friedman and Fisher 1999), as the EMA workbench uses it
 * for scenario discovery (Bryant and Lempert 2010): starting from the box holding every sampled
 * point, peel off, one side at a time, the `alpha` share of the points that most raises the share of
 * cases of interest inside (the box's density), until the box would hold fewer than `minMass` of
 * the points. Each step is a box on the peeling trajectory, with its
 * - coverage: cases of interest inside / all cases of interest (how much of the story it tells),
 * - density: cases of interest inside / points inside (how pure it is),
 * - mass: points inside / all points.
 * The chosen box is the one with the largest coverage x density among those of at least `minDensity`
 * (the densest if none reaches it): the most coverage alone picks the loosest box that just passes,
 * the most density a sliver. Then it is pruned: a limit whose removal costs less than `pruneTolerance` of
 * density is dropped (the peeling nibbles a little off dimensions that do not matter; the EMA
 * workbench's inspection drops them by a significance test instead). Pasting is not done.
 */
export interface PrimOptions {
  alpha: number;
  minMass: number;
  minDensity: number;
  pruneTolerance: number;
}

export const PRIM_DEFAULTS: PrimOptions = { alpha: 0.05, minMass: 0.05, minDensity: 0.8, pruneTolerance: 0.02 };

export interface PrimBox {
  /** Lower and upper limits per dimension; ±Infinity where the box does not limit it. */
  lo: number[];
  hi: number[];
  coverage: number;
  density: number;
  mass: number;
  /** Points inside. */
  n: number;
}

export interface PrimResult {
  trajectory: PrimBox[];
  chosen: PrimBox;
  /** Cases of interest among all points. */
  cases: number;
  points: number;
}

export function prim(x: readonly (readonly number[])[], y: readonly boolean[], options: Partial<PrimOptions> = {}): PrimResult {
  const o = { ...PRIM_DEFAULTS, ...options };
  const n = x.length;
  if (n === 0 || y.length !== n) throw new RangeError('PRIM needs one outcome per point, and at least one point');
  const k = x[0].length;
  const cases = y.filter(Boolean).length;
  if (cases === 0) throw new RangeError('no point crosses the threshold: there is no box to find (lower the threshold or widen the ranges)');
  const measure = (lo: number[], hi: number[]): PrimBox => {
    let inside = 0;
    let hits = 0;
    for (let i = 0; i < n; i++) {
      if (within(x[i], lo, hi)) {
        inside++;
        if (y[i]) hits++;
      }
    }
    return { lo: [...lo], hi: [...hi], coverage: hits / cases, density: inside ? hits / inside : 0, mass: inside / n, n: inside };
  };
  let lo = new Array<number>(k).fill(-Infinity);
  let hi = new Array<number>(k).fill(Infinity);
  const trajectory = [measure(lo, hi)];
  for (;;) {
    const box = trajectory[trajectory.length - 1];
    const inside = x.filter((p) => within(p, lo, hi));
    let best: { lo: number[]; hi: number[]; box: PrimBox; gain: number } | null = null;
    for (let j = 0; j < k; j++) {
      const col = inside.map((p) => p[j]).sort((a, b) => a - b);
      // Peel at the alpha quantile of the points inside; a discrete dimension may peel more than alpha, never nothing.
      const cutLo = col[Math.min(col.length - 1, Math.floor(o.alpha * col.length))];
      const cutHi = col[Math.max(0, Math.ceil((1 - o.alpha) * col.length) - 1)];
      for (const side of ['lo', 'hi'] as const) {
        const nlo = [...lo];
        const nhi = [...hi];
        if (side === 'lo') nlo[j] = nextAbove(col, cutLo);
        else nhi[j] = nextBelow(col, cutHi);
        if (!Number.isFinite(side === 'lo' ? nlo[j] : nhi[j])) continue;
        const b = measure(nlo, nhi);
        if (b.n === box.n || b.mass < o.minMass) continue;
        const gain = (b.density - box.density) / (box.n - b.n);
        if (!best || gain > best.gain) best = { lo: nlo, hi: nhi, box: b, gain };
      }
    }
    if (!best) break;
    lo = best.lo;
    hi = best.hi;
    trajectory.push(best.box);
  }
  const dense = trajectory.filter((b) => b.density >= o.minDensity);
  const score = (b: PrimBox) => b.coverage * b.density;
  let chosen = dense.length ? dense.reduce((a, b) => (score(b) > score(a) ? b : a)) : trajectory.reduce((a, b) => (b.density > a.density ? b : a));
  // Drop the limits that hardly matter, the cheapest first.
  for (;;) {
    let best: PrimBox | null = null;
    for (let j = 0; j < k; j++) {
      for (const side of ['lo', 'hi'] as const) {
        if (!Number.isFinite(side === 'lo' ? chosen.lo[j] : chosen.hi[j])) continue;
        const nlo = [...chosen.lo];
        const nhi = [...chosen.hi];
        if (side === 'lo') nlo[j] = -Infinity;
        else nhi[j] = Infinity;
        const b = measure(nlo, nhi);
        if (b.density >= chosen.density - o.pruneTolerance && (!best || b.density > best.density)) best = b;
      }
    }
    if (!best) break;
    chosen = best;
  }
  return { trajectory, chosen, cases, points: n };
}

const within = (p: readonly number[], lo: readonly number[], hi: readonly number[]) => {
  for (let j = 0; j < p.length; j++) if (p[j] < lo[j] || p[j] > hi[j]) return false;
  return true;
};

/** The smallest value above `cut` (the new lower limit keeps it), Infinity if none. */
const nextAbove = (sorted: readonly number[], cut: number) => sorted.find((v) => v > cut) ?? Infinity;
/** The largest value below `cut`, -Infinity if none. */
const nextBelow = (sorted: readonly number[], cut: number) => {
  for (let i = sorted.length - 1; i >= 0; i--) if (sorted[i] < cut) return sorted[i];
  return -Infinity;
};
