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

  constructor(private readonly total: number, alreadyDone: number, private readonly label: string, enabled = true) {
    this.done = alreadyDone;
    this.startDone = alreadyDone;
    if (!enabled || total === 0) {
      this.lastDecile = 10;
      return;
    }
    if (process.stderr.isTTY && !process.env.CI) {
      this.bar = new cliProgress.SingleBar(
        { stream: process.stderr, format: `${label} {bar} {percentage}% | {value}/{total} runs | ETA {eta_formatted}`, etaBuffer: 50 },
        cliProgress.Presets.shades_classic,
      );
      this.bar.start(total, alreadyDone);
    } else {
      this.lastDecile = Math.floor((10 * alreadyDone) / total);
    }
  }

  tick(): void {
    this.done++;
    if (this.bar) {
      this.bar.update(this.done);
      return;
    }
    const decile = Math.floor((10 * this.done) / this.total);
    if (decile <= this.lastDecile) return;
    this.lastDecile = decile;
    const secs = (Date.now() - this.start) / 1000;
    const rate = (this.done - this.startDone) / Math.max(secs, 1e-3);
    const eta = rate > 0 ? (this.total - this.done) / rate : 0;
    process.stderr.write(`${this.label}: ${decile * 10}% (${this.done}/${this.total} runs), ${secs.toFixed(0)} s elapsed, about ${eta.toFixed(0)} s left\n`);
  }

  stop(): void {
    this.bar?.stop();
    this.bar = null;
  }
}
