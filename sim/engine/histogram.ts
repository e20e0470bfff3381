/**
 * Fixed-bin histogram on [0, 1] for per-day quantiles (fatigue's 90th percentile) without sorting
 * or allocating. Resolution is 1/bins.
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
  add(x: number): void {
    let b = Math.floor(x * this.bins);
    if (b < 0) b = 0;
    else if (b >= this.bins) b = this.bins - 1;
    this.counts[b]++;
    this.total++;
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
