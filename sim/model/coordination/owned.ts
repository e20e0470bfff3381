/**
 * A department's shared tasks as coordination sees them, in the same first-in-first-out order as the
 * department's shared work queue. Only coordination pushes into that queue and the queue finishes
 * items in order, so when the queue holds `size` items the oldest (ledger size - queue size) entries
 * here are the ones finished: completion is read off the queue without a callback into the work phase.
 */
export class OwnedLedger {
  /** Counts towards the hours the department owes shared work first today (a whistle call, a conference's ruling). */
  static readonly URGENT = 1;
  /** The mechanism watches the `due` day (response limit, escalation limit). */
  static readonly WATCHED = 2;
  /** The department's score still awaits this task's outcome. */
  static readonly SCORED = 4;

  private cap: number;
  private head = 0;
  private len = 0;
  arrival: Int32Array;
  due: Int32Array;
  effort: Float64Array;
  duty: Int16Array;
  flags: Uint8Array;

  constructor(initial = 16) {
    this.cap = initial;
    this.arrival = new Int32Array(initial);
    this.due = new Int32Array(initial);
    this.effort = new Float64Array(initial);
    this.duty = new Int16Array(initial);
    this.flags = new Uint8Array(initial);
  }

  get size(): number {
    return this.len;
  }

  /** Physical index of the k-th oldest entry (0 = oldest). */
  at(k: number): number {
    return (this.head + k) % this.cap;
  }

  push(arrival: number, due: number, effort: number, duty: number, flags: number): void {
    if (this.len === this.cap) this.grow();
    const i = (this.head + this.len) % this.cap;
    this.arrival[i] = arrival;
    this.due[i] = due;
    this.effort[i] = effort;
    this.duty[i] = duty;
    this.flags[i] = flags;
    this.len++;
  }

  /** Drop the oldest entry. */
  shift(): void {
    this.head = (this.head + 1) % this.cap;
    this.len--;
  }

  private grow(): void {
    const n = this.cap * 2;
    const a = new Int32Array(n), d = new Int32Array(n), e = new Float64Array(n), t = new Int16Array(n), f = new Uint8Array(n);
    for (let k = 0; k < this.len; k++) {
      const i = (this.head + k) % this.cap;
      a[k] = this.arrival[i];
      d[k] = this.due[i];
      e[k] = this.effort[i];
      t[k] = this.duty[i];
      f[k] = this.flags[i];
    }
    this.arrival = a;
    this.due = d;
    this.effort = e;
    this.duty = t;
    this.flags = f;
    this.head = 0;
    this.cap = n;
  }
}
