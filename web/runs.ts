import type { Scenario } from './library.js';
import type { CompareResult, LiveResult, Reply, Request, Side } from './protocol.js';

/** What the runs need from the page: drawing, progress and messages. */
export interface RunsView {
  /** Redraw these sides' lines (their latest results are in `runs.live`). */
  drawLive(sides: Side[]): Promise<void>;
  /** Every live run of the latest change is drawn whole (summaries included). */
  settled(): void;
  drawCompare(result: CompareResult): Promise<void>;
  progress(which: 'live' | 'compare', done: number): void;
  error(message: string): void;
}

/**
 * The page's runs. Two workers started once and kept warm: the live worker reruns only the side whose
 * setting changed and sends what it has every so often, which is drawn at once (a newer change
 * cancels an older run at its next chunk); the comparison of A and B over N replicates starts when
 * the live runs are drawn, so it never competes with them for the machine's cores.
 */
export class Runs {
  readonly live: Partial<Record<Side, LiveResult>> = {};
  /** Milliseconds from a control change to the first redraw of the charts (a run in progress drawn so far). */
  readonly firstDraw: number[] = [];
  /** Milliseconds from a control change to the charts redrawn with the whole run. */
  readonly whole: number[] = [];
  /** Milliseconds each redraw of the charts took on the page's thread (part of the times above). */
  readonly drawMs: number[] = [];
  private readonly liveWorker: Worker;
  private readonly compareWorker: Worker;
  private nextId = 1;
  private readonly want: Partial<Record<Side, number>> = {};
  private readonly pending = new Set<Side>();
  private compareId = 0;
  private next: { a: Scenario; b: Scenario; seed: number; n: number } | null = null;
  private changedAt = 0;
  /** Bumped by every change, so a draw finished after a newer change is not timed as its redraw. */
  private generation = 0;
  private drawnSinceChange = true;
  private readonly dirty = new Set<Side>();
  private drawing = false;

  constructor(workerSource: string, private readonly view: RunsView) {
    // From a Blob: Chromium starts no worker from a file:// script.
    const url = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
    this.liveWorker = new Worker(url);
    this.compareWorker = new Worker(url);
    this.liveWorker.onmessage = (e: MessageEvent<Reply>) => this.onLive(e.data);
    this.compareWorker.onmessage = (e: MessageEvent<Reply>) => void this.onCompare(e.data);
  }

  /** Rerun these sides (the comparison follows once they are drawn). */
  change(sides: readonly Side[], sc: { a: Scenario; b: Scenario }, seed: number, n: number): void {
    this.changedAt = performance.now();
    this.generation++;
    this.drawnSinceChange = false;
    this.stopCompare();
    for (const side of sides) {
      const id = this.nextId++;
      this.want[side] = id;
      this.pending.add(side);
      this.send(this.liveWorker, { kind: 'live', id, side, scenario: sc[side], seed });
    }
    this.next = { ...sc, seed, n };
    if (this.pending.size === 0) this.compare();
  }

  /** Forget the drawn runs (a new lesson). */
  clear(): void {
    delete this.live.a;
    delete this.live.b;
  }

  /** Rerun the comparison only (the number of replicates changed). */
  recompare(n: number): void {
    if (!this.next) return;
    this.next.n = n;
    this.stopCompare();
    if (this.pending.size === 0) this.compare();
  }

  private send(w: Worker, q: Request) {
    w.postMessage(q);
  }

  private stopCompare() {
    // A compare request the worker will find superseded: the running comparison stops at its next chunk.
    this.compareId = this.nextId++;
    this.send(this.compareWorker, { kind: 'stop', id: this.compareId });
  }

  private compare() {
    if (!this.next) return;
    this.compareId = this.nextId++;
    this.view.progress('compare', 0);
    this.send(this.compareWorker, { kind: 'compare', id: this.compareId, ...this.next });
  }

  private onLive(m: Reply) {
    if (m.kind === 'error') {
      if (Object.values(this.want).includes(m.id)) this.view.error(m.message);
      return;
    }
    if (m.kind !== 'live' || this.want[m.side] !== m.id || !this.pending.has(m.side)) return;
    this.live[m.side] = m.result;
    if (m.result.summary) this.pending.delete(m.side);
    const running = [...this.pending].map((s) => this.live[s]).filter((r): r is LiveResult => !!r && !r.summary);
    this.view.progress('live', running.length ? Math.min(...running.map((r) => r.day / r.days)) : this.pending.size ? 0 : 1);
    this.dirty.add(m.side);
    void this.drawLoop();
  }

  /** Draw the newest results; results that arrive while drawing are drawn next, together. */
  private async drawLoop() {
    if (this.drawing) return;
    this.drawing = true;
    try {
      while (this.dirty.size) {
        const sides = [...this.dirty];
        this.dirty.clear();
        const generation = this.generation;
        const whole = this.pending.size === 0;
        const t0 = performance.now();
        await this.view.drawLive(sides);
        this.drawMs.push(performance.now() - t0);
        if (generation !== this.generation) continue;
        const ms = performance.now() - this.changedAt;
        if (!this.drawnSinceChange) {
          this.firstDraw.push(ms);
          this.drawnSinceChange = true;
        }
        if (whole && this.dirty.size === 0) {
          this.whole.push(ms);
          this.view.settled();
          this.compare();
        }
      }
    } finally {
      this.drawing = false;
    }
  }

  private async onCompare(m: Reply) {
    if (m.id !== this.compareId) return;
    if (m.kind === 'progress') this.view.progress('compare', m.done);
    else if (m.kind === 'error') this.view.error(m.message);
    else if (m.kind === 'compare') await this.view.drawCompare(m.result);
  }
}
