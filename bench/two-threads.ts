import { Worker } from 'node:worker_threads';
import { spread, type Spread } from './spread.js';

/**
 * The machine's own two-thread ceiling (issue 24): how much faster two threads do twice the work of
 * one, with no start-up, no JIT warm-up and no tables in the way. `arithmetic` touches no memory:
 * what the two cores give at best. `model` is whole runs of the benchmark county, warm: what the
 * model's memory traffic leaves of it. An experiment's 2-worker speed-up cannot beat the second.
 */
export interface TwoThreads {
  kernel: 'model' | 'arithmetic';
  /** 2 x the work in two threads at once, against 1 x in one thread: 2 t1 / t2. */
  speedup: Spread;
}

function thread(kernel: TwoThreads['kernel'], file: string): { run: (units: number) => Promise<void>; stop: () => Promise<number> } {
  const w = new Worker(new URL('./two-threads-worker.js', import.meta.url), { workerData: { kernel, file } });
  // One error handler for the thread's life, failing whichever request is waiting.
  let failed: ((e: Error) => void) | null = null;
  w.on('error', (e) => failed?.(e));
  return {
    run: (units) => new Promise((resolve, reject) => {
      failed = reject;
      w.once('message', () => resolve());
      w.postMessage(units);
    }),
    stop: () => w.terminate(),
  };
}

const seconds = async (f: () => Promise<unknown>) => {
  const t0 = process.hrtime.bigint();
  await f();
  return Number(process.hrtime.bigint() - t0) / 1e9;
};

export async function twoThreads(kernel: TwoThreads['kernel'], file: string, units: number, rounds = 5): Promise<TwoThreads> {
  const a = thread(kernel, file);
  const b = thread(kernel, file);
  try {
    // Warm both threads' JIT first.
    await Promise.all([a.run(2), b.run(2)]);
    const ratios: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const t1 = await seconds(() => a.run(units));
      const t2 = await seconds(() => Promise.all([a.run(units), b.run(units)]));
      ratios.push((2 * t1) / t2);
    }
    return { kernel, speedup: spread(ratios) };
  } finally {
    await Promise.all([a.stop(), b.stop()]);
  }
}
