import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunSummary } from '../metrics/summary.js';
import { writeFileIn } from './atomic.js';
import { ExperimentError } from './errors.js';
import { experimentIdentity, manifestJson, type ShardPosition } from './manifest.js';
import { writeOutputFolder, type OutputTarget } from './output-folder.js';
import { parseResultLine, resultLine } from './result-line.js';
import { jobCount, type ExperimentPlan } from './plan.js';

/** Shard `index` of `count` (1-based, as vitest, jest and playwright write --shard); defined beside the manifest that records it. */
export type Shard = ShardPosition;

/**
 * The shard to run: `--shard K/N`, or with `--shards N` the index a cluster scheduler gives the task,
 * counted from 0 against the fixed count N: Slurm's SLURM_ARRAY_TASK_ID (so the array is written
 * `--array=0-(N-1)`) or Kubernetes' JOB_COMPLETION_INDEX. Never SLURM_ARRAY_TASK_MIN or _COUNT:
 * resubmitting one failed task as `sbatch --array=2` sets MIN=2 and COUNT=1, which would turn
 * shard 3 of N into the whole experiment as shard 1 of 1.
 */
export function resolveShard(spec: string | undefined, count: number | undefined, env: NodeJS.ProcessEnv = process.env): Shard | undefined {
  if (spec !== undefined) {
    const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(spec);
    if (!m) throw new ExperimentError(`--shard "${spec}": write K/N, e.g. --shard 2/4 for the second of four shards`);
    return check({ index: Number(m[1]), count: Number(m[2]) }, `--shard ${spec}`);
  }
  if (count === undefined) return undefined;
  const [name, value] =
    env.SLURM_ARRAY_TASK_ID !== undefined
      ? ['SLURM_ARRAY_TASK_ID', env.SLURM_ARRAY_TASK_ID]
      : env.JOB_COMPLETION_INDEX !== undefined
        ? ['JOB_COMPLETION_INDEX', env.JOB_COMPLETION_INDEX]
        : [null, undefined];
  if (name === null || value === undefined) {
    throw new ExperimentError(`--shards ${count}: neither SLURM_ARRAY_TASK_ID nor JOB_COMPLETION_INDEX is set; outside a job array write --shard K/${count}`);
  }
  const zeroBased = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isInteger(zeroBased)) throw new ExperimentError(`--shards ${count}: ${name}=${value} is not a whole number`);
  if (Number.isInteger(count) && count >= 1 && zeroBased >= count) {
    const fix = name === 'SLURM_ARRAY_TASK_ID' ? `write the array as --array=0-${count - 1}` : `set completions: ${count}`;
    throw new ExperimentError(`--shards ${count}: ${name}=${value} is outside 0..${count - 1}; indices count from 0, so ${fix}`);
  }
  return check({ index: zeroBased + 1, count }, `--shards ${count} with ${name}=${value}`);
}

function check(s: Shard, what: string): Shard {
  if (!Number.isInteger(s.count) || s.count < 1) throw new ExperimentError(`${what}: the shard count must be at least 1`);
  if (!Number.isInteger(s.index) || s.index < 1 || s.index > s.count) {
    throw new ExperimentError(`${what}: shard ${s.index} is outside 1..${s.count}`);
  }
  return s;
}

/** Jobs are dealt round-robin, so every shard gets a fair mix of cheap and costly points. */
export const inShard = (job: number, s: Shard | undefined) => !s || job % s.count === s.index - 1;

export const shardFolder = (out: string, s: Shard) => `${out}.shard-${s.index}-of-${s.count}`;

/** Whether `dir` is a shard folder written whole (manifest last, in one rename) for exactly this plan. */
export function finishedShard(dir: string, planText: string): boolean {
  const pf = join(dir, 'plan.json');
  return existsSync(join(dir, 'manifest.json')) && existsSync(pf) && readFileSync(pf, 'utf8') === planText;
}

/** A shard's folder: its plan, its jobs' summaries (results.jsonl, in job order) and daily parts. */
export function writeShard(where: Pick<OutputTarget, 'dir' | 'force' | 'inputs'>, planText: string, plan: ExperimentPlan, shard: Shard, results: Map<number, RunSummary>, dailyPart: (job: number) => string): void {
  const jobs = [...results.keys()].sort((a, b) => a - b);
  writeOutputFolder({ ...where, identity: experimentIdentity(plan, shard) }, (tmp) => {
    writeFileIn(tmp, 'plan.json', planText);
    writeFileIn(tmp, 'results.jsonl', jobs.map((j) => resultLine(j, results.get(j) as RunSummary)).join(''));
    if (plan.daily) for (const j of jobs) writeFileIn(tmp, join('daily', `${j}.csv`), readFileSync(dailyPart(j)));
    writeFileIn(tmp, 'manifest.json', manifestJson(plan, (j) => (inShard(j, shard) ? 'done' : 'other-shard'), { shard }));
  });
}

export interface ShardSet {
  plan: ExperimentPlan;
  planText: string;
  results: RunSummary[];
  dailyPart: (job: number) => string;
}

/** Read shard folders and check that together they are exactly one whole experiment. */
export function readShards(dirs: readonly string[]): ShardSet {
  if (dirs.length === 0) throw new ExperimentError('merge: name the shard folders to join');
  // A folder named but absent is a shard whose task has not finished (a cluster script names every
  // shard, so the merge itself checks the array is complete).
  const absent = dirs.filter((d) => !existsSync(d));
  if (absent.length) {
    const which = absent.map((d) => /\.shard-(\d+)-of-(\d+)$/.exec(d)).map((m, i) => (m ? `shard ${m[1]} of ${m[2]}` : absent[i]));
    throw new ExperimentError(
      `merge: ${absent.join(', ')} ${absent.length > 1 ? 'do' : 'does'} not exist: ${which.join(', ')} ${absent.length > 1 ? 'have' : 'has'} not finished; ` +
        'rerun its task (with --resume it continues from its .work-in-progress folder), then merge again',
    );
  }
  let planText: string | null = null;
  let count = 0;
  const seen = new Map<number, string>();
  const results: RunSummary[] = [];
  const owner: string[] = [];
  for (const dir of dirs) {
    const pf = join(dir, 'plan.json');
    const mf = join(dir, 'manifest.json');
    if (!existsSync(pf) || !existsSync(mf)) throw new ExperimentError(`merge: ${dir} is not a shard folder (no plan.json and manifest.json); name folders written with --shard`);
    const text = readFileSync(pf, 'utf8');
    const shardPlan = planOf(text, pf);
    if (planText === null) planText = text;
    else if (text !== planText) throw new ExperimentError(`merge: ${dir} belongs to a different experiment than ${dirs[0]} (scenario, seed, replicates or parameters differ)`);
    const mt = readFileSync(mf, 'utf8');
    if (!isJson(mt)) throw new ExperimentError(`merge: ${mf} is cut short or damaged (not valid JSON); run that shard again`);
    const m = JSON.parse(mt) as { shard?: unknown };
    const [k, n] = (typeof m.shard === 'string' ? m.shard : '').split('/').map(Number);
    if (!k || !n) throw new ExperimentError(`merge: ${dir} is a whole result, not a shard`);
    if (count === 0) count = n;
    else if (n !== count) throw new ExperimentError(`merge: ${dir} is shard ${k} of ${n}, but ${dirs[0]} is one of ${count}`);
    if (seen.has(k)) throw new ExperimentError(`merge: shard ${k}/${n} given twice (${seen.get(k)} and ${dir})`);
    seen.set(k, dir);
    const rf = join(dir, 'results.jsonl');
    if (!existsSync(rf)) throw new ExperimentError(`merge: ${dir} has no results.jsonl; was the shard folder cut short? Run that shard again`);
    const jobs = jobCount(shardPlan);
    readFileSync(rf, 'utf8').split('\n').forEach((line, i) => {
      if (!line) return;
      const rec = parseResultLine(line, jobs);
      if (!rec || !inShard(rec.job, { index: k, count: n })) {
        throw new ExperimentError(`merge: ${rf}:${i + 1} is not a finished run of this shard (cut short or edited); run shard ${k}/${n} again`);
      }
      if (shardPlan.daily && !existsSync(join(dir, 'daily', `${rec.job}.csv`))) {
        throw new ExperimentError(`merge: ${dir} lacks daily/${rec.job}.csv; was the shard folder cut short? Run shard ${k}/${n} again`);
      }
      results[rec.job] = rec.summary;
      owner[rec.job] = dir;
    });
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((k) => !seen.has(k));
  if (missing.length) throw new ExperimentError(`merge: shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of ${count} missing; name every shard folder`);
  const plan = planOf(planText as string, 'plan.json');
  for (let j = 0; j < jobCount(plan); j++) {
    if (!results[j]) throw new ExperimentError(`merge: run ${j} is in no shard; was a shard folder cut short?`);
  }
  return { plan, planText: planText as string, results, dailyPart: (j) => join(owner[j], 'daily', `${j}.csv`) };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** A shard's plan.json, or a clear error when it is cut short or not a plan. */
function planOf(text: string, file: string): ExperimentPlan {
  const p = isJson(text) ? (JSON.parse(text) as Partial<ExperimentPlan> | null) : null;
  if (!p || typeof p !== 'object' || !Array.isArray(p.points) || !Number.isSafeInteger(p.replicates) || typeof p.seed !== 'number') {
    throw new ExperimentError(`merge: ${file} is cut short or damaged (not an experiment's plan); run that shard again`);
  }
  return p as ExperimentPlan;
}
