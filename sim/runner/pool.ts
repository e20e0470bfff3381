import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { JobOutput, JobTask } from './job.js';

export const defaultWorkers = () => availableParallelism();

/**
 * The compiled worker. Workers always run JS from dist/: under a TypeScript runner (vitest) this
 * file is sim/runner/pool.ts, so look for its compiled twin. Found as `../runner/worker.js` because
 * this code may run from the CLI's bundle (dist/sim/cli/main.js or a chunk in dist/sim/chunks/, see
 * sim/cli/build.mjs), from tsc's dist/sim/runner/pool.js, or from source: all one level below sim/.
 */
function workerFile(): string {
  const here = fileURLToPath(new URL('../runner/worker.js', import.meta.url));
  if (existsSync(here)) return here;
  const dist = here.replace(/([\\/])sim([\\/])runner([\\/])worker\.js$/, '$1dist$1sim$2runner$3worker.js');
  if (existsSync(dist)) return dist;
  throw new Error(`worker script not found at ${here} or ${dist}; run \`npm run build\` first`);
}

/**
 * Run jobs on `workers` threads, calling `onDone` as each finishes, in completion order: callers
 * key results by job, so the order never reaches the output. At most a few jobs per thread are in
 * flight, so memory stays flat however many jobs there are. Even one worker is a thread: a job runs
 * for seconds to minutes without a break, and only a main thread that is free can answer Ctrl-C or
 * a cluster's SIGTERM at once (exit then stops the threads mid-job; a cold thread costs ~0.1 s).
 */
export async function runJobs(
  jobs: readonly number[],
  taskOf: (job: number) => JobTask,
  workers: number,
  onDone: (job: number, out: JobOutput) => void,
): Promise<void> {
  if (jobs.length === 0) return;
  const threads = Math.max(1, Math.min(workers, jobs.length));
  const pool = new Piscina<JobTask, JobOutput>({ filename: workerFile(), minThreads: threads, maxThreads: threads });
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
