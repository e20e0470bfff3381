import { NUM_METRICS } from '../model/index.js';

/**
 * Every day's record kept in one growing typed array: day x row x metric, rows being the units and
 * then the county. About (units + 1) x 45 numbers a day.
 */
export class DailyTable {
  private data: Float64Array;
  days = 0;
  constructor(readonly rows: number, expectedDays: number) {
    this.data = new Float64Array(Math.max(1, expectedDays) * rows * NUM_METRICS);
  }
  push(rec: Float64Array): void {
    const need = (this.days + 1) * this.rows * NUM_METRICS;
    if (need > this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data.set(rec.subarray(0, this.rows * NUM_METRICS), this.days * this.rows * NUM_METRICS);
    this.days++;
  }
  get(day: number, row: number, metric: number): number {
    return this.data[(day * this.rows + row) * NUM_METRICS + metric];
  }
  /** The metric row of one unit on one day (a view, not a copy). */
  row(day: number, row: number): Float64Array {
    const at = (day * this.rows + row) * NUM_METRICS;
    return this.data.subarray(at, at + NUM_METRICS);
  }
}
