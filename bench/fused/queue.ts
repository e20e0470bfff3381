import type { Stream } from './interface.js';

/**
 * A unit's pile of work of one kind, oldest first. Items of one pile share a deadline offset, so the
 * oldest is also the most urgent; the reference works it from the front. A ring of plain typed
 * arrays that doubles when full.
 */
export class Pile {
  arrived: Int32Array;
  due: Int32Array;
  /** Hours each item still needs, and needed when it arrived. */
  left: Float64Array;
  needed: Float64Array;
  private mask: number;
  first = 0;
  count = 0;
  /** Hours still needed on the open items (the same running sum, in the same order, as the model's). */
  hours = 0;

  // Finished by the last `work` call: items, their lead days, how many late, the hours they needed.
  doneItems = 0;
  doneLeadDays = 0;
  doneLate = 0;
  doneEffort = 0;

  constructor(slots: number) {
    let size = 2;
    while (size < slots) size *= 2;
    this.mask = size - 1;
    this.arrived = new Int32Array(size);
    this.due = new Int32Array(size);
    this.left = new Float64Array(size);
    this.needed = new Float64Array(size);
  }

  /** `n` new items arriving on `day`, each needing a slice of `efforts` picked by one uniform of `stream`. */
  arrive(n: number, day: number, due: number, efforts: Float64Array, stream: Stream): void {
    while (this.count + n > this.mask + 1) this.double();
    const { arrived, due: dueOf, left, needed, mask } = this;
    let at = this.first + this.count;
    let sum = 0;
    for (let k = 0; k < n; k++, at++) {
      const i = at & mask;
      const e = efforts[(stream.next() * efforts.length) | 0];
      arrived[i] = day;
      dueOf[i] = due;
      left[i] = e;
      needed[i] = e;
      sum += e;
    }
    this.count += n;
    this.hours += sum;
  }

  /** `n` items alike (reissued after a policy reversal); the open hours grow one item at a time. */
  arriveAlike(n: number, day: number, due: number, effort: number): void {
    if (n <= 0) return;
    while (this.count + n > this.mask + 1) this.double();
    let hours = this.hours;
    for (let k = 0, at = this.first + this.count; k < n; k++, at++) {
      const i = at & this.mask;
      this.arrived[i] = day;
      this.due[i] = due;
      this.left[i] = effort;
      this.needed[i] = effort;
      hours += effort;
    }
    this.hours = hours;
    this.count += n;
  }

  /**
   * Spend up to `budget` hours on the oldest items on `today`; what it finished is in done*. An item
   * within 1e-9 h of done counts as done (sums made in another order leave such crumbs). Returns the
   * hours used.
   */
  work(budget: number, today: number): number {
    let rest = budget;
    let items = 0, leadDays = 0, late = 0, effort = 0;
    const { arrived, due, left, needed, mask } = this;
    while (rest > 1e-12 && this.count > 0) {
      const i = this.first;
      const need = left[i];
      if (need > rest + 1e-9) {
        left[i] = need - rest;
        this.hours -= rest;
        rest = 0;
        break;
      }
      rest = rest > need ? rest - need : 0;
      this.hours -= need;
      items++;
      leadDays += today - arrived[i] + 1;
      late += today > due[i] ? 1 : 0;
      effort += needed[i];
      this.first = (i + 1) & mask;
      this.count--;
    }
    if (this.count === 0) this.hours = 0;
    this.doneItems = items;
    this.doneLeadDays = leadDays;
    this.doneLate = late;
    this.doneEffort = effort;
    return budget - rest;
  }

  /** Drop, undone, the oldest items due before `day`; returns how many. */
  dropDueBefore(day: number): number {
    let n = 0;
    while (this.count > 0 && this.due[this.first] < day) {
      this.hours -= this.left[this.first];
      this.first = (this.first + 1) & this.mask;
      this.count--;
      n++;
    }
    if (this.count === 0) this.hours = 0;
    return n;
  }

  /** Close every open item; returns how many. */
  close(): number {
    const n = this.count;
    this.first = 0;
    this.count = 0;
    this.hours = 0;
    return n;
  }

  private double(): void {
    const size = (this.mask + 1) * 2;
    const move = <A extends Int32Array | Float64Array>(from: A, to: A): A => {
      for (let k = 0; k < this.count; k++) to[k] = from[(this.first + k) & this.mask];
      return to;
    };
    this.arrived = move(this.arrived, new Int32Array(size));
    this.due = move(this.due, new Int32Array(size));
    this.left = move(this.left, new Float64Array(size));
    this.needed = move(this.needed, new Float64Array(size));
    this.first = 0;
    this.mask = size - 1;
  }
}
