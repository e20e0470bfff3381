import { Stream } from '../engine/rng.js';
import type { SweepValues } from '../scenario/schema/sweep.js';
import { latinHypercube } from './lhs.js';
import { gridValues, SetError } from './set.js';

export type ParamValue = number | string | boolean;
export type Point = Record<string, ParamValue>;

/** Every combination, the first parameter varying slowest (as nested loops written in order). */
export function gridPoints(params: Record<string, SweepValues>): Point[] {
  let points: Point[] = [{}];
  for (const [path, spec] of Object.entries(params)) {
    const vals = gridValues(path, spec);
    points = points.flatMap((p) => vals.map((v) => ({ ...p, [path]: v })));
  }
  return points;
}

/** A Latin hypercube sample of `samples` points; the sampling stream is keyed by the seed. */
export function lhsPoints(params: Record<string, SweepValues>, samples: number, seed: number): Point[] {
  const paths = Object.keys(params);
  const unit = latinHypercube(samples, paths.length, randomOf(`${seed}/design:lhs`));
  return unit.map((u) => Object.fromEntries(paths.map((p, j) => [p, fromUnit(p, params[p], u[j], 'stratum')])));
}

/** Map a coordinate in [0,1] to a parameter value: a range linearly, a list by position. */
export function fromUnit(path: string, spec: SweepValues, u: number, mode: 'stratum' | 'level'): ParamValue {
  if (Array.isArray(spec)) {
    const i = mode === 'stratum' ? Math.floor(u * spec.length) : Math.round(u * (spec.length - 1));
    return spec[Math.min(spec.length - 1, Math.max(0, i))];
  }
  if (spec.integer) {
    const lo = Math.ceil(Math.min(spec.from, spec.to));
    const hi = Math.floor(Math.max(spec.from, spec.to));
    if (hi < lo) throw new SetError(`${path}: no whole number lies between ${spec.from} and ${spec.to}`);
    const v = mode === 'stratum' ? lo + Math.floor(u * (hi - lo + 1)) : lo + Math.round(u * (hi - lo));
    return Math.min(hi, v);
  }
  // Six significant digits: the value run is exactly the value written to the tables.
  return Number((spec.from + u * (spec.to - spec.from)).toPrecision(6));
}

export function randomOf(key: string): () => number {
  const s = new Stream(key);
  return () => s.next();
}
