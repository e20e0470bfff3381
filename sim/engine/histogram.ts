/** The bin of x in [0, 1] among `bins` equal bins (values outside go to the end bins). */
export function binOf(x: number, bins: number): number {
  const b = (x * bins) | 0;
  return b >= bins ? bins - 1 : b < 0 ? 0 : b;
}

/**
 * Fixed-bin histogram on [0, 1] for per-day quantiles (fatigue's 90th percentile) without sorting
 * or allocating. Resolution is 1/bins. Callers count into `counts` (see binOf) and add to `total`:
 * the daily loop fills a unit's and the county's histograms at once.
 */
export class UnitHistogram {
  readonly counts: Int32Array;
  total = 0;
  constructor(readonly bins = 200) {
    this.counts = new Int32Array(bins);
  }
  clear(): void {
    this.counts.fill(0);
    this.total = 0;
  }
  /** The q-quantile, as the midpoint of the bin where it falls; NaN when empty. */
  quantile(q: number): number {
    if (this.total === 0) return NaN;
    const target = q * this.total;
    let acc = 0;
    for (let b = 0; b < this.bins; b++) {
      acc += this.counts[b];
      if (acc >= target && this.counts[b] > 0) return (b + 0.5) / this.bins;
    }
    return 1;
  }
}
