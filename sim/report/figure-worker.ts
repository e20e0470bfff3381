import { parentPort } from 'node:worker_threads';
import { IN_THIS_THREAD } from './figure-files.js';
import type { FigureAnswer, FigureTask } from './figure-thread.js';
import { toThreadError } from './thread-error.js';
import { fontFiles } from './fonts.js';

/**
 * The figure thread's entry (figure-thread.ts starts it): each message is a figure's SVG (the answer:
 * its files) or the page (the answer: the page with its glyphs). Before the first, it makes the
 * files of a small figure, so that HarfBuzz's WebAssembly is compiled and the fonts read while the
 * model still runs.
 */
const ready = IN_THIS_THREAD.figure('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><text x="2" y="14" font-size="12">0</text></svg>', {
  fonts: fontFiles(),
  fitTo: { mode: 'zoom', value: 1 },
}).catch(() => {
  // Fonts missing: the report's own error says so.
});

parentPort?.on('message', async (task: FigureTask) => {
  let answer: FigureAnswer;
  try {
    await ready;
    answer = { id: task.id, made: 'html' in task ? await IN_THIS_THREAD.page(task.html, task.figures) : await IN_THIS_THREAD.figure(task.svg, task.png) };
  } catch (e) {
    answer = { id: task.id, error: toThreadError(e) };
  }
  parentPort!.postMessage(answer);
});
