import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunSummary } from '../metrics/summary.js';
import { ExperimentError, namingFile } from './errors.js';
import type { JobOutput } from './job.js';
import { WorkLock } from './lock.js';
import { parseResultLine, resultLine } from './result-line.js';

export const WORK_SUFFIX = '.work-in-progress';

/** What the saved lines of a work folder may be: jobs 0..jobs-1, those this process runs, with daily rows. */
export interface SavedJobs {
  jobs?: number;
  mine?: (job: number) => boolean;
  daily?: boolean;
}

/**
 * The folder where an experiment keeps what it has finished while it runs: results.jsonl gets one
 * line per finished job, appended the moment it finishes, so Ctrl-C or a crash loses nothing and
 * `--resume` picks up where it stopped. plan.json ties the folder to one experiment, lock.json to
 * the one live process that writes it. Daily rows of a job are written (then renamed into place)
 * before its line, so a line always has its rows.
 */
export class WorkFolder {
  readonly done = new Map<number, RunSummary>();
  /** Jobs' rows of replicates.csv as their threads formatted them (this session's jobs; resumed ones are formatted at the end). */
  readonly replicateRows = new Map<number, string>();
  /** Lines of results.jsonl that were not a finished job of this experiment (redone). */
  rejected = 0;

  private constructor(
    readonly dir: string,
    private readonly lock: WorkLock,
  ) {}

  /**
   * Open (with `resume`) or create the work folder of the plan `planText`. A saved line that does
   * not read back as a finished run of `expect` (a job below `jobs` that this process runs: `mine`,
   * its shard; with its daily rows when `daily`) is dropped and the job runs again, rather than
   * failing every later resume.
   */
  static open(dir: string, planText: string, resume: boolean, expect: SavedJobs = {}): WorkFolder {
    const created = existsSync(dir) ? null : WorkFolder.create(dir, planText);
    if (created) return new WorkFolder(dir, created);
    // Someone else's live run comes first: no --resume hint while it holds the folder.
    const lock = WorkLock.take(dir);
    try {
      if (!resume) {
        throw new ExperimentError(
          `${dir} holds unfinished results of an earlier run; add --resume to continue it, or delete the folder to start again`,
        );
      }
      const planFile = join(dir, 'plan.json');
      if (!existsSync(planFile) || readFileSync(planFile, 'utf8') !== planText) {
        throw new ExperimentError(
          `${dir} was started for a different experiment (scenario, seed, replicates or parameters differ); delete it or write to another --out`,
        );
      }
      const w = new WorkFolder(dir, lock);
      w.readDone(expect);
      return w;
    } catch (e) {
      lock.release();
      throw e;
    }
  }

  /**
   * Make the folder whole in one rename (plan.json, daily/ and our lock inside), so a second process
   * never sees it half made or unlocked. Null when another process made it first.
   */
  private static create(dir: string, planText: string): WorkLock | null {
    const tmp = `${dir}.new-${process.pid}-${randomBytes(4).toString('hex')}`;
    mkdirSync(join(tmp, 'daily'), { recursive: true });
    writeFileSync(join(tmp, 'plan.json'), planText);
    const lock = WorkLock.placeIn(tmp);
    try {
      renameSync(tmp, dir);
      return lock.movedTo(dir);
    } catch (e) {
      lock.release();
      rmSync(tmp, { recursive: true, force: true });
      if (['EEXIST', 'ENOTEMPTY'].includes((e as NodeJS.ErrnoException).code ?? '')) return null;
      throw e;
    }
  }

  private readDone({ jobs = Number.MAX_SAFE_INTEGER, mine = () => true, daily = false }: SavedJobs): void {
    const file = join(this.dir, 'results.jsonl');
    if (!existsSync(file)) return;
    const text = readFileSync(file, 'utf8');
    // End a torn last line, so the next record starts a line of its own.
    if (text && !text.endsWith('\n')) appendFileSync(file, '\n');
    for (const line of text.split('\n')) {
      if (!line) continue;
      const rec = parseResultLine(line, jobs);
      // A torn last line (a crash mid-write), a hand-edited or foreign line: that job runs again.
      if (!rec || !mine(rec.job) || (daily && !existsSync(this.dailyFile(rec.job)))) {
        this.rejected++;
        continue;
      }
      this.done.set(rec.job, rec.summary);
    }
  }

  record(job: number, out: JobOutput): void {
    const daily = out.daily;
    if (daily !== undefined) {
      const tmp = join(this.dir, 'daily', `${job}.csv.tmp`);
      namingFile(tmp, () => writeFileSync(tmp, daily));
      renameSync(tmp, this.dailyFile(job));
    }
    // A line is one write: after a crash the file ends with whole lines or one torn line at most.
    const results = join(this.dir, 'results.jsonl');
    namingFile(results, () => appendFileSync(results, resultLine(job, out.summary)));
    this.done.set(job, out.summary);
    if (out.replicateRows !== undefined) this.replicateRows.set(job, out.replicateRows);
  }

  dailyFile(job: number): string {
    return join(this.dir, 'daily', `${job}.csv`);
  }

  writeStatus(text: string): void {
    writeFileSync(join(this.dir, 'manifest.json'), text);
  }

  /** Let another process resume the folder (on a signal or an error; the folder stays). */
  release(): void {
    this.lock.release();
  }

  remove(): void {
    this.lock.release();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
