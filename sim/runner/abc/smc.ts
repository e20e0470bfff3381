import { Stream } from '../../engine/rng.js';
import { latinHypercube } from '../lhs.js';
import { quantileSorted } from '../sobol.js';

/**
 * Approximate Bayesian computation by sequential Monte Carlo (ABC-SMC: Toni et al. 2009, with
 * Beaumont et al. 2009's weights and kernel), in the way pyABC runs it:
 * - generation 0 draws `population` particles from the prior (uniform on each range; a Latin
 *   hypercube, so the ranges are evenly covered) and accepts them all;
 * - each later generation's tolerance ε_t is the weighted `quantile` of the previous generation's
 *   distances (pyABC's QuantileEpsilon, alpha 0.5 by default): adaptive, no schedule to guess;
 * - a proposal picks a parent by weight and perturbs it with a multivariate normal kernel whose
 *   covariance is twice the weighted covariance of the previous population (Beaumont et al. 2009;
 *   pyABC's MultivariateNormalTransition); proposals outside the prior are redrawn unsimulated;
 * - proposals are simulated in batches (run on the worker pool) and accepted, in proposal order,
 *   while their distance is at most ε_t, until the population is full;
 * - accepted particles are weighted by prior / Σ_j w_j K(θ | θ_j) (importance weights), normalised.
 * It stops after `generations`, or when a generation needed more than `maxSimulations` runs (the
 * acceptance rate has collapsed: the tolerance cannot shrink further at this noise), keeping the
 * last full generation. Random numbers come from one named stream: the same seed and the same
 * distances give the same posterior, and a resumed run asks for the same simulations in the same order.
 */
export interface AbcSettings {
  population: number;
  generations: number;
  quantile: number;
  /** Simulations a generation may use before the run stops (default 20 x population). */
  maxSimulations: number;
  /** Proposals simulated at once (at least the worker count for parallelism). */
  batch: number;
  seedKey: string;
}

export interface Generation {
  index: number;
  /** Tolerance: accepted particles have distance <= epsilon (Infinity for generation 0). */
  epsilon: number;
  particles: number[][];
  weights: number[];
  distances: number[];
  /** Simulations this generation ran. */
  simulations: number;
  /** Effective sample size of the weights, (Σw)² / Σw². */
  ess: number;
}

/** Distances of a batch of parameter vectors (each simulated on its own seed). */
export type SimulateDistances = (thetas: number[][], first: number) => Promise<number[]>;

export interface AbcResult {
  generations: Generation[];
  /** Why it stopped. */
  stopped: 'generations' | 'max-simulations';
  simulations: number;
}

export async function abcSmc(lo: readonly number[], hi: readonly number[], s: AbcSettings, simulate: SimulateDistances): Promise<AbcResult> {
  const k = lo.length;
  const rng = new Stream(s.seedKey);
  let simulations = 0;
  const run = async (thetas: number[][]) => {
    const d = await simulate(thetas, simulations);
    simulations += thetas.length;
    return d;
  };
  const inPrior = (t: readonly number[]) => t.every((v, j) => v >= lo[j] && v <= hi[j]);

  const start = latinHypercube(s.population, k, () => rng.next()).map((u) => u.map((x, j) => lo[j] + x * (hi[j] - lo[j])));
  const d0 = await run(start);
  const w0 = new Array<number>(s.population).fill(1 / s.population);
  const gens: Generation[] = [{ index: 0, epsilon: Infinity, particles: start, weights: w0, distances: d0, simulations: s.population, ess: s.population }];
  let stopped: AbcResult['stopped'] = 'generations';

  for (let g = 1; g < s.generations; g++) {
    const prev = gens[gens.length - 1];
    const epsilon = weightedQuantile(prev.distances, prev.weights, s.quantile);
    const chol = cholesky(scaled(weightedCovariance(prev.particles, prev.weights), 2));
    const cumulative = cumulate(prev.weights);
    const particles: number[][] = [];
    const distances: number[] = [];
    let used = 0;
    while (particles.length < s.population && used < s.maxSimulations) {
      const n = Math.min(s.batch, s.maxSimulations - used);
      const proposals = Array.from({ length: n }, () => {
        for (;;) {
          const parent = prev.particles[pick(cumulative, rng.next())];
          const z = Array.from({ length: k }, () => rng.normal());
          const t = parent.map((p, i) => p + chol[i].reduce((a, c, j) => a + c * z[j], 0));
          if (inPrior(t)) return t;
        }
      });
      const d = await run(proposals);
      used += n;
      proposals.forEach((t, i) => {
        if (particles.length < s.population && d[i] <= epsilon) {
          particles.push(t);
          distances.push(d[i]);
        }
      });
    }
    if (particles.length < s.population) {
      stopped = 'max-simulations';
      break;
    }
    const inv = invertLower(chol);
    const raw = particles.map((t) => 1 / prev.particles.reduce((a, p, j) => a + prev.weights[j] * kernel(t, p, inv), 0));
    const sum = raw.reduce((a, b) => a + b, 0);
    const weights = raw.map((w) => w / sum);
    gens.push({ index: g, epsilon, particles, weights, distances, simulations: used, ess: 1 / weights.reduce((a, w) => a + w * w, 0) });
  }
  return { generations: gens, stopped, simulations };
}

/** Marginal summary of a weighted sample along one dimension. */
export interface Marginal {
  mean: number;
  median: number;
  low: number;
  high: number;
}

export function marginal(particles: readonly number[][], weights: readonly number[], j: number, level = 0.95): Marginal {
  const xs = particles.map((p) => p[j]);
  const mean = xs.reduce((a, x, i) => a + x * weights[i], 0) / weights.reduce((a, b) => a + b, 0);
  return { mean, median: weightedQuantile(xs, weights, 0.5), low: weightedQuantile(xs, weights, (1 - level) / 2), high: weightedQuantile(xs, weights, (1 + level) / 2) };
}

/** The q-quantile of weighted values: the smallest value whose cumulative weight reaches q of the total. */
export function weightedQuantile(xs: readonly number[], ws: readonly number[], q: number): number {
  const order = xs.map((_, i) => i).sort((a, b) => xs[a] - xs[b] || a - b);
  const total = ws.reduce((a, b) => a + b, 0);
  if (!(total > 0)) return quantileSorted(order.map((i) => xs[i]), q);
  let acc = 0;
  for (const i of order) {
    acc += ws[i];
    if (acc >= q * total - 1e-12) return xs[i];
  }
  return xs[order[order.length - 1]];
}

function weightedCovariance(ps: readonly number[][], ws: readonly number[]): number[][] {
  const k = ps[0].length;
  const mean = Array.from({ length: k }, (_, j) => ps.reduce((a, p, i) => a + ws[i] * p[j], 0));
  const c = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const v1 = ws.reduce((a, w) => a + w * w, 0);
  const norm = 1 - v1 > 1e-12 ? 1 / (1 - v1) : 1; // unbiased for normalised weights
  ps.forEach((p, i) => {
    for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) c[a][b] += ws[i] * (p[a] - mean[a]) * (p[b] - mean[b]) * norm;
  });
  return c;
}

const scaled = (m: number[][], f: number) => m.map((r) => r.map((v) => v * f));

/** Lower Cholesky factor; a (near-)singular matrix gets a small ridge so every dimension keeps moving. */
function cholesky(m: number[][]): number[][] {
  const k = m.length;
  const scale = Math.max(1e-300, ...m.map((r, i) => Math.abs(r[i])));
  for (let ridge = 0; ; ridge = ridge ? ridge * 10 : 1e-10) {
    const l = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    let ok = true;
    for (let i = 0; i < k && ok; i++) {
      for (let j = 0; j <= i; j++) {
        let s = m[i][j] + (i === j ? ridge * scale : 0);
        for (let t = 0; t < j; t++) s -= l[i][t] * l[j][t];
        if (i === j) {
          if (!(s > 0)) ok = false;
          else l[i][i] = Math.sqrt(s);
        } else l[i][j] = s / l[j][j];
      }
    }
    if (ok) return l;
  }
}

function invertLower(l: number[][]): number[][] {
  const k = l.length;
  const inv = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let i = 0; i < k; i++) {
    inv[i][i] = 1 / l[i][i];
    for (let j = 0; j < i; j++) {
      let s = 0;
      for (let t = j; t < i; t++) s += l[i][t] * inv[t][j];
      inv[i][j] = -s / l[i][i];
    }
  }
  return inv;
}

/** The normal kernel up to a constant (the same for every pair, so it cancels in the normalised weights). */
function kernel(t: readonly number[], p: readonly number[], inv: number[][]): number {
  let q = 0;
  for (let i = 0; i < t.length; i++) {
    let z = 0;
    for (let j = 0; j <= i; j++) z += inv[i][j] * (t[j] - p[j]);
    q += z * z;
  }
  return Math.exp(-0.5 * q);
}

const cumulate = (ws: readonly number[]) => {
  let acc = 0;
  return ws.map((w) => (acc += w));
};

const pick = (cum: readonly number[], u: number) => {
  const target = u * cum[cum.length - 1];
  const i = cum.findIndex((c) => c >= target);
  return i < 0 ? cum.length - 1 : i;
};
