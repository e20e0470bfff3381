import { Worker } from 'node:worker_threads';
import { dateOf } from '../engine/calendar.js';
import type { CollectorFactory } from '../library/simulation.js';
import { NUM_METRICS } from '../model/index.js';
import type { Scenario } from '../scenario/schema/index.js';
import { compiledFile } from './compiled-twin.js';
import type { DailyAnswer, DailyMessage } from './daily-worker.js';

/** Days sent to the thread at a time: a month's records of a large county are about a megabyte. */
const BATCH_DAYS = 32;

/**
 * daily.csv formatted on a second thread while the run simulates (issue 24): `watch` goes to the run
 * as a collector and sends the thread each batch of days as it is done; `text()` is the whole file
 * once the run has ended. On the benchmark county this takes the formatting (about a tenth of a
 * second) off the end of `deptsim run --no-report`. The thread formats with daily-csv.ts's DailyRows,
 * so the bytes are those writeDailyCsv writes (test/runner/daily-thread.test.ts).
 */
export interface DailyThread {
  watch: CollectorFactory<null>;
  /** The file's text in parts (each at most a batch of days), after the run's last day. */
  text(): Promise<string[]>;
  /** Let the process exit (the thread is stopped). */
  close(): void;
}

export function startDailyThread(scenario: Scenario): DailyThread {
  const worker = new Worker(compiledFile(new URL('../runner/daily-worker.js', import.meta.url)));
  worker.unref();
  const send = (m: DailyMessage, transfer: ArrayBuffer[] = []) => worker.postMessage(m, transfer);
  const answer = new Promise<DailyAnswer>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the daily.csv thread stopped (exit code ${code})`)));
  });
  answer.catch(() => {});
  const ids = scenario.campaigns.map((c) => c.id);
  const watch: CollectorFactory<null> = (st) => {
    const size = (st.U + 1) * NUM_METRICS;
    let batch = new Float64Array(BATCH_DAYS * size);
    let from = 0;
    let dates: string[] = [];
    let campaigns: string[] = [];
    const flush = () => {
      if (!dates.length) return;
      const records = dates.length === BATCH_DAYS ? batch : batch.slice(0, dates.length * size);
      send({ kind: 'days', from, dates, campaigns, records }, [records.buffer as ArrayBuffer]);
      from += dates.length;
      batch = new Float64Array(BATCH_DAYS * size);
      dates = [];
      campaigns = [];
    };
    send({ kind: 'start', units: [...st.unitIds] });
    return {
      onDay(day, rec) {
        batch.set(rec.subarray(0, size), dates.length * size);
        dates.push(dateOf(st.cal, day));
        const c = st.campaignOfDay[day];
        campaigns.push(c >= 0 ? ids[c] : '');
        if (dates.length === BATCH_DAYS) flush();
      },
      finish() {
        flush();
        send({ kind: 'end' });
        return null;
      },
    };
  };
  return {
    watch,
    async text() {
      const got = await answer;
      if ('error' in got) throw new Error(`the daily.csv thread failed: ${got.error}`);
      return got.text;
    },
    close() {
      void worker.terminate();
    },
  };
}
