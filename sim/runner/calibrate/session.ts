import { writeFileIn } from '../atomic.js';
import type { Budget } from '../budget.js';
import type { AddReport } from '../report-hook.js';
import { calibrationIdentity, checkOutputFolder, writeOutputFolder, type OutputTarget } from '../output-folder.js';
import { sha256 } from '../plan.js';
import { Progress } from '../progress.js';
import { WORK_SUFFIX, WorkFolder } from '../workdir.js';
import { saveOnSignal } from './interrupt.js';
import { JobLedger } from './ledger.js';

/** Where a calibration writes and how it runs (both the search and ABC-SMC). */
export interface CalibrateOptions {
  out: string;
  workers: number;
  resume: boolean;
  progress?: boolean;
  /** The report's figures from the folder's files (the CLI wires sim/report in; the runner does not depend on it). */
  report?: AddReport;
  /** The targets file as the user named it (for best.yaml's note). */
  targetsName?: string;
  /** Replace deptsim's own earlier results of other settings in `out` (--force). */
  force?: boolean;
  /** Files read (targets, scenario): `out` must not hold them. */
  inputs?: readonly string[];
  /** The work limits every command shares (default: DEFAULT_BUDGET). */
  budget?: Budget;
}

/**
 * A calibration's runs from start to folder, for the search (index.ts) and ABC-SMC (abc.ts): the
 * output folder checked before any work, the work folder opened (or resumed), the runs' ledger and
 * progress bar, and a stop (Ctrl-C, a cluster's SIGTERM) that leaves the runs done for --resume.
 */
export class CalibrationSession {
  readonly ledger: JobLedger;
  /** Runs read back from an earlier, interrupted calibration. */
  readonly resumed: number;
  private readonly target: OutputTarget;
  private readonly work: WorkFolder;
  private readonly progress: Progress;
  private readonly removeHandlers: () => void;

  /** `kind` names the calibration in the work folder's status; `total` is the progress bar's length. */
  constructor(o: CalibrateOptions, kind: string, planText: string, total: number, label: string) {
    this.target = { dir: o.out, identity: calibrationIdentity(sha256(planText)), force: o.force ?? false, inputs: o.inputs };
    checkOutputFolder(this.target);
    this.work = WorkFolder.open(o.out + WORK_SUFFIX, planText, o.resume);
    this.resumed = this.work.done.size;
    this.progress = new Progress(total, this.resumed, label, o.progress ?? true);
    this.ledger = new JobLedger(this.work, o.workers, this.progress);
    this.removeHandlers = saveOnSignal(this.work, this.progress, kind, planText);
  }

  /**
   * Run the calibration (`body`: its runs, then the folder's files) and write the folder in one
   * step, dropping the work folder; on an error the work folder stays (released) for --resume.
   * Either way the signal handlers go. Returns body's result with the files written, sorted.
   */
  async finish<T>(body: () => Promise<{ files: Record<string, string | Uint8Array>; result: T }>): Promise<T & { files: string[] }> {
    try {
      const { files, result } = await body();
      this.progress.stop();
      writeOutputFolder(this.target, (tmp) => Object.entries(files).forEach(([name, content]) => writeFileIn(tmp, name, content)));
      this.work.remove();
      return { ...result, files: Object.keys(files).sort() };
    } catch (e) {
      this.progress.stop();
      this.work.release();
      throw e;
    } finally {
      this.removeHandlers();
    }
  }
}
