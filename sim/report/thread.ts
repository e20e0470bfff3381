import { Worker } from 'node:worker_threads';
import { compiledFile } from '../runner/compiled-twin.js';
import type { ReportOptions, TablesAsRead } from './index.js';
import { fromThreadError } from './thread-error.js';
import type { ReportAnswer, ReportTask } from './worker.js';

/**
 * A report built on a second thread. `deptsim run` starts it before it simulates, so the thread
 * loads vega, vega-lite and the renderer while the model runs, and builds the report while the main
 * thread formats and writes daily.csv. The same buildReport, so the same bytes.
 */
export interface ReportThread {
  build(files: Record<string, string>, opts: ReportOptions, asRead: TablesAsRead): Promise<Record<string, string | Uint8Array>>;
  /** Let the process exit (the thread is stopped; an unused thread costs only its start). */
  close(): void;
}

export function startReportThread(): ReportThread {
  const worker = new Worker(compiledFile(new URL('../report/worker.js', import.meta.url)));
  // Never keep the process alive for the thread alone, nor die of an error nobody awaits.
  worker.unref();
  const failed = new Promise<never>((_, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the report thread stopped (exit code ${code})`)));
  });
  failed.catch(() => {});
  return {
    async build(files, opts, asRead) {
      const answer = new Promise<ReportAnswer>((resolve) => worker.once('message', resolve));
      // The daily columns' numbers move to the thread (the run keeps its own table).
      const transfer = Object.values(asRead['daily.csv']?.columns ?? {}).flatMap((c) => (c instanceof Float64Array ? [c.buffer as ArrayBuffer] : []));
      worker.postMessage({ files, opts, asRead } satisfies ReportTask, transfer);
      const got = await Promise.race([answer, failed]);
      if ('files' in got) return got.files;
      throw fromThreadError(got.error);
    },
    close() {
      void worker.terminate();
    },
  };
}
