import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunSummary } from '../metrics/summary.js';
import { ExperimentError } from './errors.js';
import type { JobOutput } from './job.js';

export const WORK_SUFFIX = '.work-in-progress';

/**
 * The folder where an experiment keeps what it has finished while it runs: results.jsonl gets one
 * line per finished job, appended the moment it finishes, so Ctrl-C or a crash loses nothing and
 * `--resume` picks up where it stopped. plan.json ties the folder to one experiment. Daily rows of
 * a job are written (then renamed into place) before its line, so a line always has its rows.
 */
export class WorkFolder {
  readonly done = new Map<number, RunSummary>();

  private constructor(readonly dir: string) {}

  static open(dir: string, planText: string, resume: boolean): WorkFolder {
    const w = new WorkFolder(dir);
    const planFile = join(dir, 'plan.json');
    if (existsSync(dir)) {
      if (!resume) {
        throw new ExperimentError(
          `${dir} holds unfinished results of an earlier run; add --resume to continue it, or delete the folder to start again`,
        );
      }
      if (!existsSync(planFile) || readFileSync(planFile, 'utf8') !== planText) {
        throw new ExperimentError(
          `${dir} was started for a different experiment (scenario, seed, replicates or parameters differ); delete it or write to another --out`,
        );
      }
      w.readDone();
    } else {
      mkdirSync(join(dir, 'daily'), { recursive: true });
      writeFileSync(planFile, planText);
    }
    return w;
  }

  private readDone(): void {
    const file = join(this.dir, 'results.jsonl');
    if (!existsSync(file)) return;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line) continue;
      try {
        const rec = JSON.parse(line) as { job: number; summary: RunSummary };
        this.done.set(rec.job, rec.summary);
      } catch {
        // A line cut short by a crash: that job simply runs again.
      }
    }
  }

  record(job: number, out: JobOutput): void {
    if (out.daily !== undefined) {
      const tmp = join(this.dir, 'daily', `${job}.csv.tmp`);
      writeFileSync(tmp, out.daily);
      renameSync(tmp, this.dailyFile(job));
    }
    // A line is one write: after a crash the file ends with whole lines or one torn line at most.
    appendFileSync(join(this.dir, 'results.jsonl'), `${JSON.stringify({ job, summary: out.summary })}\n`);
    this.done.set(job, out.summary);
  }

  dailyFile(job: number): string {
    return join(this.dir, 'daily', `${job}.csv`);
  }

  writeStatus(text: string): void {
    writeFileSync(join(this.dir, 'manifest.json'), text);
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
