import type { RunSummary } from '../../metrics/summary.js';
import type { Scenario } from '../../scenario/schema/index.js';
import { runJobs } from '../pool.js';
import type { Progress } from '../progress.js';
import type { WorkFolder } from '../workdir.js';

/** One run the calibration asks for. */
export interface Run {
  scenario: Scenario;
  seedKey: string;
}

/**
 * Runs a sequential search's batches on the worker pool, through the experiments' work folder. Jobs
 * are numbered in the order the search asks for them; the search is deterministic given the
 * results, so after an interruption it asks for the same jobs in the same order, and those already
 * in the work folder are read back instead of run again (`--resume`).
 */
export class JobLedger {
  private next = 0;

  constructor(
    private readonly work: WorkFolder,
    private readonly workers: number,
    private readonly progress: Progress,
  ) {}

  /** Jobs asked for so far. */
  get count(): number {
    return this.next;
  }

  async run(runs: readonly Run[]): Promise<RunSummary[]> {
    const first = this.next;
    this.next += runs.length;
    const ids = runs.map((_, i) => first + i);
    await runJobs(
      ids.filter((j) => !this.work.done.has(j)),
      (j) => ({ scenario: runs[j - first].scenario, seedKey: runs[j - first].seedKey, daily: false, dailyColumns: {} }),
      this.workers,
      (j, out) => {
        this.work.record(j, out);
        this.progress.tick();
      },
    );
    return ids.map((j) => this.work.done.get(j) as RunSummary);
  }
}
