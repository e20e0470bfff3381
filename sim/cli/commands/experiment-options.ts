import type { Argv } from 'yargs';
import { count, DEFAULT_BUDGET, type Budget } from '../../runner/budget.js';
import { ExperimentError } from '../../runner/errors.js';
import { formatProblem, type LoadOptions } from '../../scenario/load.js';
import { defaultWorkers, startWorkersEarly } from '../../runner/pool.js';
import { stageTimer } from '../timing.js';
import { resolveShard, type Shard } from '../../runner/shard.js';
import { parseSet, SetError, type SetOption } from '../../runner/set.js';
import { UsageError } from '../fail.js';
import { reportOptions, reportStep } from './report.js';
import type { FigureStyle } from '../../report/plots/style.js';
import { printError } from '../terminal-text.js';
import { shippedDir } from '../shipped.js';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** Options shared by run, compare, sweep and sensitivity (see docs/EXPERIMENTS.md). */
export function experimentOptions<T>(y: Argv<T>) {
  const withSteps = reportOptions(y)
    .option('seed', { type: 'string', describe: "random seed, 0 to 4294967295 (default: the scenario's seed); replicate r uses seed key <seed>/rep:<r>" })
    .option('replicates', { type: 'string', describe: 'replicates per scenario or point' })
    .option('out', {
      type: 'string',
      describe: 'output folder (default: reports/<file name>-<6 hex of its path>/); deptsim replaces only a folder it wrote, and only with the same settings',
    })
    .option('force', { type: 'boolean', default: false, describe: "replace deptsim's own earlier results of other settings in --out (never a folder deptsim did not write)" })
    .option('workers', { type: 'string', describe: 'worker threads (default: the cores); results do not depend on it' })
    .option('daily', { type: 'boolean', default: false, describe: 'also write daily.csv with every replicate (large)' })
    .option('resume', { type: 'boolean', default: false, describe: 'continue a run stopped by Ctrl-C, SIGTERM or a crash from its <out>.work-in-progress folder (locked while a deptsim works in it)' })
    .option('shard', { type: 'string', describe: 'run only shard K of N (K/N, 1-based) into <out>.shard-K-of-N; join with `deptsim merge`' })
    .option('shards', { type: 'number', describe: 'shard count, taking K from SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX' })
    .option('progress', { type: 'boolean', default: true, describe: 'show progress on stderr (--no-progress to hide)' });
  return budgetOptions(withSteps)
    .option('max-daily-mb', { type: 'number', describe: `refuse a daily.csv estimated larger than this many MB (default ${DEFAULT_BUDGET.maxDailyBytes / 1024 ** 2})` })
    .option('allow-extends-outside', extendsOption)
    .check((argv) => {
      // Checked before anything is read or computed, on every command that takes them.
      workersOf(argv as unknown as ExperimentArgs);
      if (argv.seed !== undefined) seedOf(argv as unknown as ExperimentArgs, 0);
      if (argv.replicates !== undefined) replicatesOf(argv as unknown as ExperimentArgs, 1);
      return true;
    });
}

/** The work limits every command that runs the model takes (run, compare, sweep, sensitivity, calibrate). */
export function budgetOptions<T>(y: Argv<T>) {
  return y
    .option('max-runs', { type: 'number', describe: `refuse experiments of more runs (points x replicates) than this (default ${count(DEFAULT_BUDGET.maxRuns)})` })
    .option('max-staff-days', {
      type: 'number',
      describe: `refuse work of more staff-days (headcount x days x runs) than this (default ${count(DEFAULT_BUDGET.maxStaffDays)}, about 12-30 min on one core)`,
    })
    .option('max-items', { type: 'number', describe: `refuse work of more arriving work items (rates x days x runs) than this (default ${count(DEFAULT_BUDGET.maxItems)})` });
}

/** Shared with validate: scenarios may extend files only in their own folder unless this is given. */
export const extendsOption = {
  type: 'boolean',
  default: false,
  describe: "let `extends:` read files outside the scenario's folder and the working folder (only for scenarios you trust)",
} as const;

/**
 * How the CLI loads scenarios: the extends flag, and warnings printed as located lines on stderr.
 * A shipped scenario's warning is by design (case A's campaign 3 asks small departments for more
 * people than they have, to hollow them out): a note naming the file as shipped, never its path in
 * the install's node_modules, which the user cannot and need not edit.
 */
export const loadOptionsOf = (a: { allowExtendsOutside?: boolean }): LoadOptions => ({
  allowOutside: a.allowExtendsOutside === true,
  warn: (w) => {
    const shipped = relative(shippedDir(), resolve(w.loc.file));
    if (shipped.startsWith('..') || isAbsolute(shipped)) printError(`${formatProblem(w)}\n`);
    else printError(`deptsim: note on the shipped scenario ${shipped.split(sep).join('/')}: ${w.message.replace(/^warning: /, '')}\n`);
  },
});

/** The work limits, raised by --max-runs, --max-staff-days and --max-daily-mb. */
export function budgetOf(a: BudgetArgs): Budget {
  const limit = (flag: string, v: number | undefined, fallback: number, scale = 1) => {
    if (v === undefined) return fallback;
    if (!(v > 0)) throw new UsageError(`--${flag} ${v}: give a positive number`);
    return v * scale;
  };
  return {
    maxRuns: limit('max-runs', a.maxRuns, DEFAULT_BUDGET.maxRuns),
    maxStaffDays: limit('max-staff-days', a.maxStaffDays, DEFAULT_BUDGET.maxStaffDays),
    maxDailyBytes: limit('max-daily-mb', a.maxDailyMb, DEFAULT_BUDGET.maxDailyBytes, 1024 ** 2),
    maxItems: limit('max-items', a.maxItems, DEFAULT_BUDGET.maxItems),
  };
}

export interface BudgetArgs {
  maxRuns?: number;
  maxStaffDays?: number;
  maxDailyMb?: number;
  maxItems?: number;
}

export interface ExperimentArgs extends BudgetArgs {
  seed?: string;
  replicates?: string;
  out?: string;
  force: boolean;
  workers?: string;
  daily: boolean;
  resume: boolean;
  shard?: string;
  shards?: number;
  progress: boolean;
  report: boolean;
  png: boolean;
  style: FigureStyle;
  allowExtendsOutside: boolean;
}

/** How the runner should run: threads, resume, shard, progress, the report builder, and what it may replace. */
export function executeOptions(a: ExperimentArgs, out: string, inputs: readonly string[]) {
  return {
    out, workers: workersOf(a), resume: a.resume, shard: shardOf(a), progress: a.progress, report: reportStep(a),
    force: a.force, inputs, onStage: stageTimer(),
  };
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

/** The largest seed a scenario file takes (its schema's limit), so --seed and seed: agree. */
export const MAX_SEED = 2 ** 32 - 1;

/** A whole-number option as typed (options are read as text, so `abc` is named, not NaN). */
export function wholeNumber(name: string, raw: string | undefined, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (raw === undefined) return undefined;
  const text = String(raw).trim();
  const n = /^[+]?\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
    throw new UsageError(`--${name} ${JSON.stringify(String(raw))}: give a whole number ${range}`);
  }
  return n;
}

export const workersOf = (a: ExperimentArgs): number => wholeNumber('workers', a.workers, 1) ?? defaultWorkers();

/**
 * Start the experiment's worker threads now, so that they start while the scenario is read and
 * checked (runJobs takes them over; main() stops them if the command ends without using them).
 */
export const startWorkers = (a: ExperimentArgs): void => startWorkersEarly(workersOf(a));
export const replicatesOf = (a: ExperimentArgs, fallback: number): number => wholeNumber('replicates', a.replicates, 1) ?? fallback;
export const seedOf = (a: ExperimentArgs, fallback: number): number => wholeNumber('seed', a.seed, 0, MAX_SEED) ?? fallback;

export function shardOf(a: ExperimentArgs): Shard | undefined {
  return asUsage(() => resolveShard(a.shard, a.shards));
}

export function setsOf(raw: unknown): SetOption[] {
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return asUsage(() => list.map((s) => parseSet(String(s))));
}
