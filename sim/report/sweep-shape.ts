/**
 * The shape of a measure along one swept parameter, so a finding names what the points show: the
 * ends alone would call "5,145 at 0.1, 5,895 at 0.5, 444 at 0.9" a fall, hiding the rise first.
 */

export type ShapeKind = 'up' | 'down' | 'flat' | 'peak' | 'valley' | 'mixed';

export interface Shape {
  kind: ShapeKind;
  /** Index of the turning point (the highest of a peak, the lowest of a valley). */
  turn: number;
  /** Indices of the lowest and the highest point. */
  low: number;
  high: number;
  /** Every step moved (none read alike): "at every step" is true. */
  steady: boolean;
}

/**
 * Classify means in the order of the parameter. `same(a, b)` says two means read alike (equal as
 * printed): a step between them is no move either way.
 */
export function sweepShape(means: readonly number[], same: (a: number, b: number) => boolean): Shape {
  let low = 0;
  let high = 0;
  means.forEach((m, i) => {
    if (m < means[low]) low = i;
    if (m > means[high]) high = i;
  });
  // The directions of the steps that move, each run of equal directions once.
  const runs: number[] = [];
  let steady = true;
  for (let i = 1; i < means.length; i++) {
    const dir = same(means[i - 1], means[i]) ? 0 : Math.sign(means[i] - means[i - 1]);
    if (dir === 0) steady = false;
    if (dir !== 0 && runs[runs.length - 1] !== dir) runs.push(dir);
  }
  const kind: ShapeKind =
    runs.length === 0 ? 'flat' : runs.length === 1 ? (runs[0] > 0 ? 'up' : 'down') : runs.length === 2 ? (runs[0] > 0 ? 'peak' : 'valley') : 'mixed';
  return { kind, turn: kind === 'valley' ? low : high, low, high, steady };
}
