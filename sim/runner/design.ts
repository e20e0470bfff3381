import { Stream } from '../engine/rng.js';
import type { SweepValues } from '../scenario/schema/sweep.js';
import { latinHypercube } from './lhs.js';
import { gridSize, gridValueAt, SetError } from './set.js';

export type ParamValue = number | string | boolean;
export type Point = Record<string, ParamValue>;

/** Points of a grid, counted without building it (a float: 1e15 points is a number, not an array). */
export function gridCount(params: Record<string, SweepValues>): number {
  return Object.entries(params).reduce((n, [path, spec]) => n * gridSize(path, spec), 1);
}

/**
 * Every combination, the first parameter varying slowest (as nested loops written in order),
 * generated one at a time: callers check gridCount against the budget before taking them.
 */
export function* gridPoints(params: Record<string, SweepValues>): Generator<Point> {
  const entries = Object.entries(params);
  const sizes = entries.map(([path, spec]) => gridSize(path, spec));
  const total = sizes.reduce((a, b) => a * b, 1);
  const digit = new Array<number>(entries.length).fill(0);
  for (let n = 0; n < total; n++) {
    const p: Point = {};
    entries.forEach(([path, spec], k) => Object.defineProperty(p, path, { value: gridValueAt(path, spec, digit[k]), enumerable: true, writable: true, configurable: true }));
    yield p;
    for (let k = entries.length - 1; k >= 0 && ++digit[k] === sizes[k]; k--) digit[k] = 0;
  }
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
