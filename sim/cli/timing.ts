import type { CollectorFactory } from '../library/simulation.js';
import type { ExperimentStage } from '../runner/execute.js';

/**
 * DEPTSIM_TIMING=1 (undocumented for users; bench/process.ts sets it): `run` prints to stderr when
 * its first simulated day is done, in milliseconds since the process started (Node's performance
 * clock starts with the process), so start-up can be told apart from simulation without a profiler.
 * The clock is read here in the CLI, never in the model.
 */
export const TIMING_ENV = 'DEPTSIM_TIMING';

/** The first-day watcher when timing is asked for, else nothing. */
export function firstDayTimer(): CollectorFactory<unknown> | undefined {
  if (!process.env[TIMING_ENV]) return undefined;
  return () => ({
    onDay(day) {
      if (day === 0) process.stderr.write(`${TIMING_LINE} ${performance.now().toFixed(1)}\n`);
    },
    finish: () => null,
  });
}

/** The line's start: bench/process.ts looks for it. */
export const TIMING_LINE = 'deptsim timing: first day done, ms since start:';

/**
 * An experiment's stages, when timing is asked for: when its runs start (the first task handed to
 * the threads) and when the last is done, as `deptsim timing: runs start|runs done, ms since start:
 * N`. What precedes the first and follows the last is the command's serial part, which caps what
 * more threads can gain (bench/process.ts).
 */
export function stageTimer(): ((stage: ExperimentStage) => void) | undefined {
  if (!process.env[TIMING_ENV]) return undefined;
  return (stage) => process.stderr.write(`${STAGE_LINE(stage)} ${performance.now().toFixed(1)}\n`);
}

export const STAGE_LINE = (stage: ExperimentStage) => `deptsim timing: ${stage}, ms since start:`;
