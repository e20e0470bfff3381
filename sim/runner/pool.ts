import { availableParallelism } from 'node:os';
import { compiledFile } from './compiled-twin.js';
import type { Piscina } from 'piscina';
import type { JobOutput, JobTask } from './job.js';

export const defaultWorkers = () => availableParallelism();

type Pool = Piscina<JobTask, JobOutput>;

/** The compiled worker (compiled-twin.ts says where it is looked for). */
const workerFile = (): string => compiledFile(new URL('../runner/worker.js', import.meta.url));

/**
 * `threads` threads, each of which loads the worker script (and so the model) as soon as it starts,
 * before its first task. piscina is loaded here, on first use: a single run never needs it.
 */
async function startPool(threads: number): Promise<Pool> {
  const { Piscina } = await import('piscina');
  return new Piscina<JobTask, JobOutput>({ filename: workerFile(), minThreads: threads, maxThreads: threads });
}

/** Threads started ahead of an experiment by startWorkersEarly, not yet handed to runJobs. */
let early: { threads: number; pool: Promise<Pool> } | null = null;

/**
 * Start `workers` threads now, for the experiment the command is about to plan: a thread's start
 * (Node's own set-up, then reading and compiling the worker's code) then overlaps the main thread's
 * loading and checking of the scenario instead of following it. runJobs takes them over; a command
 * that fails before it runs any job calls stopEarlyWorkers (idle piscina threads do not hold the
 * process open, but ones still starting do).
 */
export function startWorkersEarly(workers: number): void {
  if (early || !(workers >= 1)) return;
  early = { threads: workers, pool: startPool(workers) };
  // A start that fails (no worker script) is reported by the runJobs that awaits it, or not at all.
  early.pool.catch(() => undefined);
}

/** Stop threads started early and never used (the command failed or needed no workers). */
export async function stopEarlyWorkers(): Promise<void> {
  const e = early;
  early = null;
  if (e) await (await e.pool.catch(() => null))?.destroy();
}

/** The early threads when there are enough of them for `threads`, else a new pool of `threads`. */
async function poolFor(threads: number): Promise<Pool> {
  if (early && early.threads >= threads) {
    const { pool } = early;
    early = null;
    return pool;
  }
  await stopEarlyWorkers();
  return startPool(threads);
}

/**
 * Run jobs on `workers` threads, calling `onDone` as each finishes, in completion order: callers
 * key results by job, so the order never reaches the output. At most a few jobs per thread are in
 * flight, so memory stays flat however many jobs there are. Even one worker is a thread: a job runs
 * for seconds to minutes without a break, and only a main thread that is free can answer Ctrl-C or
 * a cluster's SIGTERM at once (exit then stops the threads mid-job; a cold thread costs ~0.1 s).
 * The main thread does little else meanwhile: with as many threads as cores, its work is taken from
 * theirs.
 */
export async function runJobs(
  jobs: readonly number[],
  taskOf: (job: number) => JobTask,
  workers: number,
  onDone: (job: number, out: JobOutput) => void,
): Promise<void> {
  if (jobs.length === 0) return stopEarlyWorkers();
  const threads = Math.max(1, Math.min(workers, jobs.length));
  const pool = await poolFor(threads);
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const j = jobs[next++];
      onDone(j, await pool.run(taskOf(j)));
    }
  };
  try {
    await Promise.all(Array.from({ length: threads * 2 }, lane));
  } finally {
    await pool.destroy();
  }
}
