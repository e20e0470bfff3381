/**
 * A token bucket per connection: `burst` messages at once, refilled at `perSecond`. A phone sends a
 * few messages a minute; a client far beyond that is broken or hostile.
 */
export class RateLimit {
  private tokens: number;
  private last: number;
  /** Messages refused so far. */
  refused = 0;

  constructor(private readonly perSecond = 5, private readonly burst = 20, private readonly now: () => number = () => performance.now()) {
    this.tokens = burst;
    this.last = now();
  }

  take(): boolean {
    const t = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) / 1000) * this.perSecond);
    this.last = t;
    if (this.tokens >= 1) {
      this.tokens--;
      return true;
    }
    this.refused++;
    return false;
  }
}
