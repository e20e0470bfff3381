import cliProgress from 'cli-progress';

/**
 * Progress on stderr: a bar with ETA on a terminal; otherwise (pipes, logs, CI) a plain line at
 * every 10%, so batch logs stay short. cli-progress itself prints nothing off a terminal.
 */
export class Progress {
  private bar: cliProgress.SingleBar | null = null;
  private readonly start = Date.now();
  private done = 0;
  private lastDecile = -1;
  private readonly startDone: number;
  private firstAt: number | null = null;
  private readonly enabled: boolean;

  constructor(private readonly total: number, alreadyDone: number, private readonly label: string, enabled = true) {
    this.done = alreadyDone;
    this.startDone = alreadyDone;
    this.enabled = enabled;
    if (!enabled || total === 0) {
      this.lastDecile = 10;
      return;
    }
    if (process.stderr.isTTY && !process.env.CI) {
      // Fits 80 columns: a label of at most 24 characters, a 20-character bar, "100% 1234/1234 runs ETA 12m 05s".
      const short = label.length > 24 ? `${label.slice(0, 23)}…` : label;
      this.bar = new cliProgress.SingleBar(
        { stream: process.stderr, format: `${short} {bar} {percentage}% {value}/{total} runs ETA {eta_text}`, barsize: 20 },
        cliProgress.Presets.shades_classic,
      );
      this.bar.start(total, alreadyDone, { eta_text: 'after the first runs' });
    } else {
      this.lastDecile = Math.floor((10 * alreadyDone) / total);
    }
  }

  tick(): void {
    this.done++;
    if (this.firstAt === null) this.firstAt = Date.now();
    if (this.bar) {
      this.bar.update(this.done, { eta_text: this.etaText() });
      return;
    }
    const decile = Math.floor((10 * this.done) / this.total);
    if (decile <= this.lastDecile) return;
    this.lastDecile = decile;
    const secs = (Date.now() - this.start) / 1000;
    process.stderr.write(`${this.label}: ${decile * 10}% (${this.done}/${this.total} runs), ${secs.toFixed(0)} s elapsed, ${this.etaText()} left\n`);
  }

  /**
   * Time left from the rate measured since the first run finished: the time before it is thread
   * start-up and module loading, which made the early estimate several times too long.
   */
  private etaText(): string {
    const since = this.done - this.startDone - 1;
    if (this.firstAt === null || since < 2) return 'after the first runs';
    const rate = since / Math.max((Date.now() - this.firstAt) / 1000, 1e-3);
    const secs = Math.round((this.total - this.done) / rate);
    return secs >= 60 ? `about ${Math.floor(secs / 60)}m ${String(secs % 60).padStart(2, '0')}s` : `about ${secs} s`;
  }

  /** A line saying what happens after the runs (writing files, building the report), so the pause is not silent. */
  status(text: string): void {
    if (!this.enabled) return;
    process.stderr.write(`${this.label}: ${text}\n`);
  }

  stop(): void {
    this.bar?.stop();
    this.bar = null;
  }
}
