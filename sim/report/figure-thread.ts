import { Worker } from 'node:worker_threads';
import { compiledFile } from '../runner/compiled-twin.js';
import type { FigureFiles, FileMaker, PngAsked } from './figure-files.js';
import { fromThreadError, type ThreadError } from './thread-error.js';

/**
 * A thread of its own for the report's files that need its fonts (figure-files.ts): the report
 * thread (worker.ts) starts it while the model runs, so it has loaded resvg and compiled HarfBuzz by
 * then, and hands it each figure as soon as vega has drawn it. Rendering PNGs and subsetting fonts
 * cost about as much as the drawing, so the two run side by side on two cores.
 */
export interface FigureThread extends FileMaker {
  close(): void;
}

export type FigureTask = { id: number; svg: string; png: PngAsked | null } | { id: number; html: string; figures: string[] };

export type FigureAnswer = { id: number; made: FigureFiles | string } | { id: number; error: ThreadError };

export function startFigureThread(): FigureThread {
  const worker = new Worker(compiledFile(new URL('../report/figure-worker.js', import.meta.url)));
  worker.unref();
  const waiting = new Map<number, { resolve: (made: FigureFiles | string) => void; reject: (e: Error) => void }>();
  let next = 0;
  let stopped: Error | null = null;
  const stop = (e: Error) => {
    stopped = e;
    for (const w of waiting.values()) w.reject(e);
    waiting.clear();
  };
  worker.on('message', (answer: FigureAnswer) => {
    const w = waiting.get(answer.id);
    waiting.delete(answer.id);
    if (!w) return;
    if ('made' in answer) return w.resolve(answer.made);
    w.reject(fromThreadError(answer.error));
  });
  worker.once('error', stop);
  worker.once('exit', (code) => stop(new Error(`the figure thread stopped (exit code ${code})`)));
  const ask = (task: Omit<FigureTask, 'id'>) => {
    if (stopped) return Promise.reject(stopped);
    const id = next++;
    return new Promise<FigureFiles | string>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, ...task } as FigureTask);
    });
  };
  return {
    figure: (svg, png) => ask({ svg, png }) as Promise<FigureFiles>,
    page: (html, figures) => ask({ html, figures }) as Promise<string>,
    close() {
      void worker.terminate();
    },
  };
}
