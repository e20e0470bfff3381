import { parentPort } from 'node:worker_threads';
import { startFigureThread } from './figure-thread.js';
import { buildReport, type ReportOptions, type TablesAsRead } from './index.js';
import { toThreadError, type ThreadError } from './thread-error.js';
import { warmDrawing } from './warm-up.js';

/**
 * The report thread's entry (thread.ts starts it): importing this file loads vega, vega-lite and the
 * renderer, which is why a run starts the thread before it simulates. It starts the figure thread
 * (figure-thread.ts) and warms up (warm-up.ts) while the model runs. Each message is one report;
 * the answer carries its files or the error's name and message.
 */
export interface ReportTask {
  files: Record<string, string>;
  opts: ReportOptions;
  asRead: TablesAsRead;
}

export type ReportAnswer = { files: Record<string, string | Uint8Array> } | { error: ThreadError };

const figures = startFigureThread();
const ready = warmDrawing();

parentPort?.on('message', async (task: ReportTask) => {
  let answer: ReportAnswer;
  try {
    await ready;
    answer = { files: await buildReport(task.files, task.opts, task.asRead, figures) };
  } catch (e) {
    answer = { error: toThreadError(e) };
  }
  // PNGs are copied, not transferred: a small Buffer may sit in Node's shared pool.
  parentPort!.postMessage(answer);
});
