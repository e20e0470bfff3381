import type { Stream } from './rng.js';

/** Where `WorkQueue.work` adds up what it finished; size a Float64Array with FINISHED_SIZE. */
export const FINISHED = { items: 0, leadDays: 1, late: 2, effort: 3 } as const;
export const FINISHED_SIZE = 4;

/** What grow needs of a ring's typed arrays. */
interface RingArray {
  subarray(begin: number, end: number): ArrayLike<number>;
  set(items: ArrayLike<number>, offset?: number): void;
}

/**
 * A first-in-first-out queue of work items held in typed arrays (a growable ring), so that the daily
 * loop allocates nothing once the queue has reached its working size. Items within one queue share a
 * deadline offset, so FIFO is also earliest-deadline-first. Each item may carry a small integer tag
 * (e.g. which shared duty it belongs to) that comes back when it is finished.
 */
export class WorkQueue {
  private cap: number;
  private head = 0;
  private len = 0;
  arrival: Int32Array;
  deadline: Int32Array;
  /** Hours of fresh work still needed. */
  remaining: Float64Array;
  /** Hours of fresh work the item needed when it arrived. */
  effort: Float64Array;
  tag: Int16Array;
  /** Sum of `remaining` over open items, kept up to date. */
  openHours = 0;

  /** `initial` is rounded up to a power of two, so ring positions wrap with a mask, not a division. */
  constructor(initial = 64) {
    initial = 1 << Math.ceil(Math.log2(Math.max(2, initial)));
    this.cap = initial;
    this.arrival = new Int32Array(initial);
    this.deadline = new Int32Array(initial);
    this.remaining = new Float64Array(initial);
    this.effort = new Float64Array(initial);
    this.tag = new Int16Array(initial);
  }

  get size(): number {
    return this.len;
  }

  push(day: number, deadline: number, effort: number, tag = 0): void {
    if (this.len === this.cap) this.grow();
    const i = (this.head + this.len) & (this.cap - 1);
    this.arrival[i] = day;
    this.deadline[i] = deadline;
    this.remaining[i] = effort;
    this.effort[i] = effort;
    this.tag[i] = tag;
    this.len++;
    this.openHours += effort;
  }

  /**
   * Push `n` items alike (same arrival, deadline and effort, tag 0): the same as `n` calls to push,
   * openHours summed one item at a time as push does, with the ring's arrays filled in blocks.
   */
  pushMany(n: number, day: number, deadline: number, effort: number): void {
    if (n <= 0) return;
    while (this.len + n > this.cap) this.grow();
    const start = (this.head + this.len) & (this.cap - 1);
    const first = Math.min(n, this.cap - start);
    this.fillItems(start, start + first, day, deadline, effort);
    if (n > first) this.fillItems(0, n - first, day, deadline, effort);
    let sum = this.openHours;
    for (let k = 0; k < n; k++) sum += effort;
    this.openHours = sum;
    this.len += n;
  }

  private fillItems(from: number, to: number, day: number, deadline: number, effort: number): void {
    this.arrival.fill(day, from, to);
    this.deadline.fill(deadline, from, to);
    this.remaining.fill(effort, from, to);
    this.effort.fill(effort, from, to);
    this.tag.fill(0, from, to);
  }

  /**
   * Push `n` items arriving on `day`, each with an effort drawn uniformly from the equally likely
   * values in `efforts` (one uniform from `rng` per item, in order). The same as `n` calls to push,
   * with the ring's arrays held in locals for the batch.
   */
  pushDrawn(n: number, day: number, deadline: number, efforts: Float64Array, rng: Stream): void {
    while (this.len + n > this.cap) this.grow();
    const { arrival, deadline: due, remaining, effort, tag } = this;
    const mask = this.cap - 1;
    const bins = efforts.length;
    let at = this.head + this.len;
    let sum = 0;
    for (let k = 0; k < n; k++, at++) {
      const i = at & mask;
      const e = efforts[(rng.next() * bins) | 0];
      arrival[i] = day;
      due[i] = deadline;
      remaining[i] = e;
      effort[i] = e;
      tag[i] = 0;
      sum += e;
    }
    this.len += n;
    this.openHours += sum;
  }

  /**
   * Spend up to `hours` of fresh work on the oldest items, on day `today`. Adds what it finished to
   * `stats` (indices FINISHED: items, their lead days counting the arrival day, how many were past
   * their deadline, their effort), and calls `each(arrivalDay, deadline, effort, tag)` for every item
   * finished when given. Returns the hours actually used.
   */
  work(hours: number, today: number, stats: Float64Array, each?: (arrival: number, deadline: number, effort: number, tag: number) => void): number {
    let left = hours;
    // Totals in locals, written once: most calls finish many items. So are the ring's position, length
    // and open hours: written back to the queue per item, they were stores the loop waited on (issue 24).
    let done = 0, leadDays = 0, late = 0, effort = 0;
    let head = this.head, len = this.len, open = this.openHours;
    const { remaining, arrival: arrivalOf, deadline: deadlineOf, effort: effortOf, tag } = this;
    const mask = this.cap - 1;
    while (left > 1e-12 && len > 0) {
      const i = head;
      const r = remaining[i];
      // A tolerance, so that exactly the open hours (summed in another order) finish every item
      // rather than leave one open with 1e-14 hours to go and finish it a day late.
      if (r <= left + 1e-9) {
        left = left > r ? left - r : 0;
        open -= r;
        const arrival = arrivalOf[i];
        const deadline = deadlineOf[i];
        done++;
        leadDays += today - arrival + 1;
        // Branch-free: an item's first late finish would otherwise reach code the JIT never saw run
        // and throw away the optimised daily loop it was inlined into (a dozen times a run, measured).
        late += today > deadline ? 1 : 0;
        effort += effortOf[i];
        if (each) each(arrival, deadline, effortOf[i], tag[i]);
        head = (head + 1) & mask;
        len--;
      } else {
        remaining[i] = r - left;
        open -= left;
        left = 0;
      }
    }
    this.head = head;
    this.len = len;
    this.openHours = len === 0 ? 0 : open; // 0 when empty: drop float dust
    stats[FINISHED.items] += done;
    stats[FINISHED.leadDays] += leadDays;
    stats[FINISHED.late] += late;
    stats[FINISHED.effort] += effort;
    return hours - left;
  }

  /**
   * Close, unfinished, the oldest items whose deadline is before `day`, as far as they are in deadline
   * order from the head (they are in a queue whose items share a deadline offset). Returns how many.
   */
  dropDueBefore(day: number): number {
    let n = 0;
    while (this.len > 0 && this.deadline[this.head] < day) {
      this.openHours -= this.remaining[this.head];
      this.head = (this.head + 1) & (this.cap - 1);
      this.len--;
      n++;
    }
    if (this.len === 0) this.openHours = 0;
    return n;
  }

  /** Close every open item; returns how many there were. */
  clear(): number {
    const n = this.len;
    this.head = 0;
    this.len = 0;
    this.openHours = 0;
    return n;
  }

  /** Double the ring, its items moved to the front in order (native block copies: cheap even before the JIT warms up). */
  private grow(): void {
    const n = this.cap * 2;
    this.arrival = this.unwrapped(this.arrival, new Int32Array(n));
    this.deadline = this.unwrapped(this.deadline, new Int32Array(n));
    this.remaining = this.unwrapped(this.remaining, new Float64Array(n));
    this.effort = this.unwrapped(this.effort, new Float64Array(n));
    this.tag = this.unwrapped(this.tag, new Int16Array(n));
    this.head = 0;
    this.cap = n;
  }

  /** `to` holding the open items of ring array `from`, oldest first: the run up to the ring's end, then the wrapped rest. */
  private unwrapped<A extends RingArray>(from: A, to: A): A {
    const first = Math.min(this.len, this.cap - this.head);
    to.set(from.subarray(this.head, this.head + first));
    if (this.len > first) to.set(from.subarray(0, this.len - first), first);
    return to;
  }
}
