import type { Argv } from 'yargs';
import { ExperimentError } from '../../runner/errors.js';
import { defaultWorkers } from '../../runner/pool.js';
import { resolveShard, type Shard } from '../../runner/shard.js';
import { parseSet, SetError, type SetOption } from '../../runner/set.js';
import { UsageError } from '../fail.js';
import { reportOptions, reportStep } from './report.js';

/** Options shared by run, compare, sweep and sensitivity (see docs/EXPERIMENTS.md). */
export function experimentOptions<T>(y: Argv<T>) {
  return reportOptions(y)
    .option('seed', { type: 'number', describe: "random seed (default: the scenario's seed); replicate r uses seed key <seed>/rep:<r>" })
    .option('replicates', { type: 'number', describe: 'replicates per scenario or point' })
    .option('out', { type: 'string', describe: 'output folder (default under reports/)' })
    .option('workers', { type: 'number', describe: 'worker threads (default: the cores); results do not depend on it' })
    .option('daily', { type: 'boolean', default: false, describe: 'also write daily.csv with every replicate (large)' })
    .option('resume', { type: 'boolean', default: false, describe: 'continue an interrupted run from its <out>.work-in-progress folder' })
    .option('shard', { type: 'string', describe: 'run only shard K of N (K/N, 1-based) into <out>.shard-K-of-N; join with `deptsim merge`' })
    .option('shards', { type: 'number', describe: 'shard count, taking K from SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX' })
    .option('progress', { type: 'boolean', default: true, describe: 'show progress on stderr (--no-progress to hide)' });
}

export interface ExperimentArgs {
  seed?: number;
  replicates?: number;
  out?: string;
  workers?: number;
  daily: boolean;
  resume: boolean;
  shard?: string;
  shards?: number;
  progress: boolean;
  report: boolean;
  png: boolean;
}

/** How the runner should run: threads, resume, shard, progress, and the report builder. */
export function executeOptions(a: ExperimentArgs, out: string) {
  return { out, workers: workersOf(a), resume: a.resume, shard: shardOf(a), progress: a.progress, report: reportStep(a) };
}

/** Turn the runner's user errors into the CLI's one-line errors. */
export function asUsage<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof SetError || e instanceof ExperimentError) throw new UsageError(e.message);
    throw e;
  }
}

export async function asUsageAsync<T>(f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof SetError || e instanceof ExperimentError) throw new UsageError(e.message);
    throw e;
  }
}

export function workersOf(a: ExperimentArgs): number {
  const w = a.workers ?? defaultWorkers();
  if (!Number.isInteger(w) || w < 1) throw new UsageError(`--workers ${a.workers}: give a whole number of at least 1`);
  return w;
}

export function replicatesOf(a: ExperimentArgs, fallback: number): number {
  const r = a.replicates ?? fallback;
  if (!Number.isInteger(r) || r < 1) throw new UsageError(`--replicates ${a.replicates}: give a whole number of at least 1`);
  return r;
}

export function shardOf(a: ExperimentArgs): Shard | undefined {
  return asUsage(() => resolveShard(a.shard, a.shards));
}

export function setsOf(raw: unknown): SetOption[] {
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return asUsage(() => list.map((s) => parseSet(String(s))));
}
