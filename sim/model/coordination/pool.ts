/**
 * Shared tasks waiting for an owner, oldest first, in growable typed arrays (no object per task).
 * Mechanisms mark the tasks they hand out as gone while they walk the pool, then compact it once;
 * order is kept, so "oldest first" stays true for whoever looks next.
 */
export class SharedPool {
  /** Set on arrival; the mechanism clears it once it has had its first look (whistle, triage). */
  static readonly NEW = 1;

  n = 0;
  private cap: number;
  arrival: Int32Array;
  deadline: Int32Array;
  effort: Float64Array;
  duty: Int16Array;
  /** Day the task began its current spell of waiting (arrival, or the day a partner handed it back). */
  since: Int32Array;
  /** Times the task has been passed on so far. */
  passes: Int32Array;
  /** Offers made to listed departments in turn; every full round of passes goes to the superiors. */
  turn: Int32Array;
  /** Day the superiors will rule on the task, or -1 when it is not before them. */
  ruling: Int32Array;
  flags: Uint8Array;
  gone: Uint8Array;

  constructor(initial = 64) {
    this.cap = initial;
    this.arrival = new Int32Array(initial);
    this.deadline = new Int32Array(initial);
    this.effort = new Float64Array(initial);
    this.duty = new Int16Array(initial);
    this.since = new Int32Array(initial);
    this.passes = new Int32Array(initial);
    this.turn = new Int32Array(initial);
    this.ruling = new Int32Array(initial);
    this.flags = new Uint8Array(initial);
    this.gone = new Uint8Array(initial);
  }

  push(arrival: number, deadline: number, effort: number, duty: number, since: number, passes: number, flags: number): void {
    if (this.n === this.cap) this.grow();
    const i = this.n++;
    this.arrival[i] = arrival;
    this.deadline[i] = deadline;
    this.effort[i] = effort;
    this.duty[i] = duty;
    this.since[i] = since;
    this.passes[i] = passes;
    this.turn[i] = 0;
    this.ruling[i] = -1;
    this.flags[i] = flags;
    this.gone[i] = 0;
  }

  /** Drop the tasks marked gone, keeping the others in order. */
  compact(): void {
    let j = 0;
    for (let i = 0; i < this.n; i++) {
      if (this.gone[i]) continue;
      if (j !== i) {
        this.arrival[j] = this.arrival[i];
        this.deadline[j] = this.deadline[i];
        this.effort[j] = this.effort[i];
        this.duty[j] = this.duty[i];
        this.since[j] = this.since[i];
        this.passes[j] = this.passes[i];
        this.turn[j] = this.turn[i];
        this.ruling[j] = this.ruling[i];
        this.flags[j] = this.flags[i];
      }
      this.gone[j] = 0;
      j++;
    }
    this.n = j;
  }

  private grow(): void {
    const n = this.cap * 2;
    const i32 = (a: Int32Array) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.arrival = i32(this.arrival);
    this.deadline = i32(this.deadline);
    this.since = i32(this.since);
    this.passes = i32(this.passes);
    this.turn = i32(this.turn);
    this.ruling = i32(this.ruling);
    const e = new Float64Array(n);
    e.set(this.effort);
    this.effort = e;
    const d = new Int16Array(n);
    d.set(this.duty);
    this.duty = d;
    const f = new Uint8Array(n);
    f.set(this.flags);
    this.flags = f;
    const g = new Uint8Array(n);
    g.set(this.gone);
    this.gone = g;
    this.cap = n;
  }
}
