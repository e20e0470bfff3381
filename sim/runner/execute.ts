import type { RunSummary } from '../metrics/summary.js';
import { dailyLead, experimentSettings, writeResults } from './finalise.js';
import { replicateLead } from './tables.js';
import { experimentIdentity, manifestJson } from './manifest.js';
import { checkOutputFolder } from './output-folder.js';
import { jobCount, jobPoint, jobSeedKey, type Experiment } from './plan.js';
import { runJobs } from './pool.js';
import { Progress } from './progress.js';
import { finishedShard, inShard, shardFolder, writeShard, type Shard } from './shard.js';
import type { AddReport } from './report-hook.js';
import { WORK_SUFFIX, WorkFolder } from './workdir.js';

export interface ExecuteOptions {
  /** The output folder (a shard writes `<out>.shard-K-of-N`). */
  out: string;
  workers: number;
  resume: boolean;
  shard?: Shard;
  /** Show progress on stderr (default true). */
  progress?: boolean;
  /** Adds report files to a whole result (not to shards: merge reports on the joined result). */
  report?: AddReport;
  /** Replace deptsim's own earlier results of other settings in `out` (--force). */
  force?: boolean;
  /** The scenario files read: `out` must not hold them. */
  inputs?: readonly string[];
  /** Told when the runs start and when the last is done (the CLI's DEPTSIM_TIMING). */
  onStage?: (stage: ExperimentStage) => void;
}

export type ExperimentStage = 'runs start' | 'runs done';

export interface Executed {
  /** The folder written. */
  dir: string;
  files: string[];
  /** Every job's summary (whole runs only; a shard has only its share). */
  results: RunSummary[] | null;
  ran: number;
  resumed: number;
  /** --resume found the shard already written for this very plan, and ran nothing. */
  alreadyDone?: boolean;
}

/**
 * Run an experiment: its jobs (or a shard's share) on the worker pool, each result appended to the
 * work folder as it finishes, then the output folder written in one step and the work folder
 * removed. On Ctrl-C or SIGTERM (a cluster's time limit) the work folder stays, with a manifest of
 * what is done, for --resume.
 */
export async function execute(exp: Experiment, o: ExecuteOptions): Promise<Executed> {
  const { plan, scenarios } = exp;
  const dir = o.shard ? shardFolder(o.out, o.shard) : o.out;
  const planText = JSON.stringify(plan);
  const mine = Array.from({ length: jobCount(plan) }, (_, j) => j).filter((j) => inShard(j, o.shard));
  // A whole job array resubmitted (or a task requeued after it finished) must not redo shards that
  // are written: with --resume, a shard folder of this very plan means there is nothing to do.
  if (o.resume && o.shard && finishedShard(dir, planText)) return { dir, files: [], results: null, ran: 0, resumed: mine.length, alreadyDone: true };
  const where = { dir, force: o.force ?? false, inputs: o.inputs };
  // Refused before any work: a folder deptsim must not replace, or cannot write.
  checkOutputFolder({ ...where, identity: experimentIdentity(plan, o.shard), settings: o.shard ? undefined : () => experimentSettings(plan) });
  const work = WorkFolder.open(dir + WORK_SUFFIX, planText, o.resume, { jobs: jobCount(plan), mine: (j) => inShard(j, o.shard), daily: plan.daily });
  const todo = mine.filter((j) => !work.done.has(j));
  const resumed = mine.length - todo.length;
  const status = (j: number) => (!inShard(j, o.shard) ? 'other-shard' : work.done.has(j) ? 'done' : 'pending');
  const progress = new Progress(mine.length, resumed, plan.name, o.progress ?? true);
  const onSignal = (sig: NodeJS.Signals) => {
    progress.stop();
    work.writeStatus(manifestJson(plan, status, o.shard ? { shard: o.shard } : {}));
    work.release();
    process.stderr.write(
      `deptsim: ${sig}: ${work.done.size} of ${mine.length} runs are saved in ${work.dir}; run the same command with --resume to finish\n`,
    );
    process.exit(sig === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  o.onStage?.('runs start');
  try {
    await runJobs(
      todo,
      (j) => ({ scenario: scenarios[jobPoint(plan, j)], seedKey: jobSeedKey(plan, j), daily: plan.daily, dailyColumns: dailyLead(plan, j), replicateLead: replicateLead(plan, j) }),
      o.workers,
      (j, out) => {
        work.record(j, out);
        progress.tick();
      },
    );
  } catch (e) {
    progress.stop();
    work.writeStatus(manifestJson(plan, (j) => (status(j) === 'pending' ? 'failed' : status(j)), o.shard ? { shard: o.shard } : {}));
    work.release();
    throw e;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  progress.stop();
  o.onStage?.('runs done');
  let files: string[];
  let results: RunSummary[] | null = null;
  try {
    if (o.shard) {
      writeShard(where, planText, plan, o.shard, work.done, (j) => work.dailyFile(j));
      files = ['plan.json', 'results.jsonl', 'manifest.json', ...(plan.daily ? ['daily/'] : [])];
    } else {
      results = Array.from({ length: jobCount(plan) }, (_, j) => work.done.get(j) as RunSummary);
      progress.status(o.report ? 'all runs done; writing the tables and building the report (figures take a few seconds)…' : 'all runs done; writing the tables…');
      files = await writeResults(where, plan, results, (j) => work.dailyFile(j), o.report, (j) => work.replicateRows.get(j));
    }
  } catch (e) {
    work.release();
    throw e;
  }
  work.remove();
  return { dir, files, results, ran: todo.length, resumed };
}
