/**
 * Trade-offs in a posterior: pairs of parameters the targets pin only together. A parameter can be
 * "not identified" (sim/runner/abc/posterior.ts) because the targets say nothing of it, or because
 * they fix a combination of it with another: then the posterior is a narrow ridge, wide along each
 * axis. The second is a finding a reader needs ("fix one, and the targets fix the other"), so it
 * is named: a weighted correlation over the last generation's particles of at least TRADE_OFF_R in
 * size, with the weighted least-squares line of the first parameter on the second.
 */
export const TRADE_OFF_R = 0.8;

export interface TradeOff {
  /** Indices of the two parameters, a < b. */
  a: number;
  b: number;
  /** Weighted Pearson correlation over the particles. */
  r: number;
  /** Parameter a ≈ intercept + slope × parameter b along the ridge. */
  intercept: number;
  slope: number;
  /** Weighted standard deviation of parameter a around the line: the ridge's width. */
  residualSd: number;
}

/** Pairs whose weighted correlation is at least TRADE_OFF_R in size, strongest first. */
export function tradeOffs(particles: readonly (readonly number[])[], weights: readonly number[]): TradeOff[] {
  const k = particles[0]?.length ?? 0;
  const total = weights.reduce((s, w) => s + w, 0);
  const mean = (j: number) => particles.reduce((s, p, i) => s + weights[i] * p[j], 0) / total;
  const means = Array.from({ length: k }, (_, j) => mean(j));
  const cov = (x: number, y: number) => particles.reduce((s, p, i) => s + weights[i] * (p[x] - means[x]) * (p[y] - means[y]), 0) / total;
  const found: TradeOff[] = [];
  for (let a = 0; a < k; a++) {
    for (let b = a + 1; b < k; b++) {
      const vab = cov(a, b);
      const va = cov(a, a);
      const vb = cov(b, b);
      if (!(va > 0 && vb > 0)) continue;
      const r = vab / Math.sqrt(va * vb);
      if (Math.abs(r) < TRADE_OFF_R) continue;
      const slope = vab / vb;
      const intercept = means[a] - slope * means[b];
      const residual = particles.reduce((s, p, i) => s + weights[i] * (p[a] - intercept - slope * p[b]) ** 2, 0) / total;
      found.push({ a, b, r, intercept, slope, residualSd: Math.sqrt(residual) });
    }
  }
  return found.sort((x, y) => Math.abs(y.r) - Math.abs(x.r) || x.a - y.a || x.b - y.b);
}
