import { stableJson } from '../format.js';
import { sha256 } from '../plan.js';
import type { Progress } from '../progress.js';
import type { WorkFolder } from '../workdir.js';

/**
 * On Ctrl-C or SIGTERM (a cluster's time limit) a calibration leaves its work folder with a status
 * saying what is done, for --resume. Returns the function that removes the handlers.
 */
export function saveOnSignal(work: WorkFolder, progress: Progress, kind: string, planText: string): () => void {
  const onSignal = (sig: NodeJS.Signals) => {
    progress.stop();
    work.writeStatus(stableJson({ kind, complete: false, plan_hash: sha256(planText), runs_done: work.done.size }));
    work.release();
    process.stderr.write(`deptsim: ${sig}: ${work.done.size} runs are saved in ${work.dir}; run the same command with --resume to finish\n`);
    process.exit(sig === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}
