import { parentPort, workerData } from 'node:worker_threads';
import { collectRun } from '../sim/library/collect-run.js';
import { loadScenario } from '../sim/scenario/load.js';

/**
 * One thread of bench/two-threads.ts: on each message, does `units` of its kernel and answers when
 * done. `model`: whole runs of the benchmark county (summary only, as an experiment's replicates
 * are); `arithmetic`: a loop on a few numbers held in registers, touching no memory.
 */
const { kernel, file } = workerData as { kernel: 'model' | 'arithmetic'; file: string };
const scenario = kernel === 'model' ? loadScenario(file) : null;
let sink = 0;

function arithmetic(n: number): number {
  let x = 1;
  let y = 0.5;
  for (let i = 0; i < n; i++) {
    x = (x * 1.000001 + y) % 1000;
    y = y * 0.999999 + 1e-9 * i;
  }
  return x + y;
}

parentPort!.on('message', (units: number) => {
  for (let u = 0; u < units; u++) {
    if (scenario) sink += collectRun(scenario, `two-threads/${u}`, { daily: false }).days;
    else sink += arithmetic(20_000_000);
  }
  parentPort!.postMessage(sink);
});
