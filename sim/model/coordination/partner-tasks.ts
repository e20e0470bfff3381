/**
 * The open tasks of one outside partner, first in first out, in growable typed arrays. Unlike a
 * department's queue it keeps each task's duty, since a task done badly goes back to the pool whole.
 */
export class PartnerTasks {
  private cap: number;
  private head = 0;
  private len = 0;
  arrival: Int32Array;
  deadline: Int32Array;
  effort: Float64Array;
  remaining: Float64Array;
  duty: Int16Array;
  openHours = 0;

  constructor(initial = 16) {
    this.cap = initial;
    this.arrival = new Int32Array(initial);
    this.deadline = new Int32Array(initial);
    this.effort = new Float64Array(initial);
    this.remaining = new Float64Array(initial);
    this.duty = new Int16Array(initial);
  }

  get size(): number {
    return this.len;
  }

  push(arrival: number, deadline: number, effort: number, duty: number): void {
    if (this.len === this.cap) this.grow();
    const i = (this.head + this.len) % this.cap;
    this.arrival[i] = arrival;
    this.deadline[i] = deadline;
    this.effort[i] = effort;
    this.remaining[i] = effort;
    this.duty[i] = duty;
    this.len++;
    this.openHours += effort;
  }

  /**
   * Spend up to `hours` on the oldest tasks; `finished(i)` sees each finished task's slot before it is
   * dropped. Returns the hours used.
   */
  work(hours: number, finished: (i: number) => void): number {
    let left = hours;
    while (left > 1e-12 && this.len > 0) {
      const i = this.head;
      const r = this.remaining[i];
      if (r <= left) {
        left -= r;
        this.openHours -= r;
        finished(i);
        this.head = (this.head + 1) % this.cap;
        this.len--;
      } else {
        this.remaining[i] = r - left;
        this.openHours -= left;
        left = 0;
      }
    }
    if (this.len === 0) this.openHours = 0;
    return hours - left;
  }

  private grow(): void {
    const n = this.cap * 2;
    const a = new Int32Array(n), d = new Int32Array(n), e = new Float64Array(n), r = new Float64Array(n), t = new Int16Array(n);
    for (let k = 0; k < this.len; k++) {
      const i = (this.head + k) % this.cap;
      a[k] = this.arrival[i];
      d[k] = this.deadline[i];
      e[k] = this.effort[i];
      r[k] = this.remaining[i];
      t[k] = this.duty[i];
    }
    this.arrival = a;
    this.deadline = d;
    this.effort = e;
    this.remaining = r;
    this.duty = t;
    this.head = 0;
    this.cap = n;
  }
}
