// The page's worker: runs models off the main thread so the page never freezes. A run goes in
// chunks of days; between chunks the worker lets newer messages in, and a newer request cancels an
// older one of the same kind (the teacher moved the slider again).
import { build, collect, dailyCollector, describe, replicateSeedKey, run, runSingle, summaryCollector, M, type Scenario, type RunSummary } from './library.js';
import { COUNTY_SERIES, type LiveResult, type Request, type CompareResult, type DayState } from './protocol.js';
import { MEASURES } from './measures.js';

const CHUNK_DAYS = 60;
let latest: Record<string, number> = {};

const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
/** Yield to the event loop (faster than setTimeout, which browsers clamp to 4 ms). */
const pause = () =>
  new Promise<void>((r) => {
    waiting.push(r);
    channel.port2.postMessage(0);
  });

const post = (m: unknown) => (self as unknown as Worker).postMessage(m);

/** One run, with the county's daily series for the charts and every unit's state for the day slider. */
async function liveRun(s: Scenario, seed: number, id: number, kind: string): Promise<LiveResult | null> {
  const sim = build(s, String(seed));
  const collectors = { daily: dailyCollector, summary: summaryCollector };
  // Chunked collect: the collectors see every day; cancellation is checked between chunks.
  const live = { daily: collectors.daily(sim.state), summary: collectors.summary(sim.state) };
  while (sim.day < sim.days) {
    run(sim, CHUNK_DAYS, (day, rec, st) => {
      live.daily.onDay(day, rec, st);
      live.summary.onDay(day, rec, st);
    });
    post({ kind: 'progress', id, side: kind, done: sim.day / sim.days });
    await pause();
    if (latest.live !== id) return null;
  }
  const daily = live.daily.finish();
  const st = sim.state;
  const C = st.total;
  const series: Record<string, number[]> = {};
  for (const name of COUNTY_SERIES) series[name] = Array.from({ length: daily.days }, (_, d) => daily.get(d, C, M[name]));
  const states: DayState[] = [];
  for (let d = 0; d < daily.days; d++) {
    states.push({
      units: st.unitIds.map((_u, r) => ({
        staff: daily.get(d, r, M.staff),
        seconded: daily.get(d, r, M.seconded_away),
        backlog: daily.get(d, r, M.open_regular),
        fatigue: daily.get(d, r, M.fatigue_mean),
        sick: daily.get(d, r, M.staff_sick),
      })),
    });
  }
  return {
    name: s.name,
    units: [...st.unitIds],
    hq: st.hq,
    dates: Array.from({ length: st.days }, (_, d) => d),
    campaignOfDay: Array.from(st.campaignOfDay),
    startDate: s.calendar.start,
    series,
    states,
    summary: live.summary.finish() as RunSummary,
  };
}

async function compare(a: Scenario, b: Scenario, seed: number, n: number, id: number): Promise<CompareResult | null> {
  const rows: { a: number[]; b: number[] }[] = [];
  for (let r = 0; r < n; r++) {
    const key = replicateSeedKey(seed, r);
    const one = (s: Scenario) => {
      const { summary } = collect(build(s, key), { summary: summaryCollector });
      const overall = summary.windows.find((w) => w.id === 'overall')!.county as unknown as Record<string, number | null>;
      return MEASURES.map((m) => overall[m] ?? NaN);
    };
    rows.push({ a: one(a), b: one(b) });
    post({ kind: 'progress', id, side: 'compare', done: (r + 1) / n });
    await pause();
    if (latest.compare !== id) return null;
  }
  const col = (side: 'a' | 'b', k: number) => rows.map((x) => x[side][k]).filter(Number.isFinite);
  return {
    n,
    measures: MEASURES.map((m, k) => ({
      measure: m,
      a: describe(col('a', k)),
      b: describe(col('b', k)),
      // Common random numbers: replicate r of A and B share a seed key, so the paired difference's
      // interval is much narrower than the two intervals side by side suggest.
      diff: describe(rows.map((x) => x.b[k] - x.a[k]).filter(Number.isFinite)),
    })),
  };
}

self.onmessage = async (e: MessageEvent<Request>) => {
  const q = e.data;
  latest = { ...latest, [q.kind]: q.id };
  await pause();
  if (latest[q.kind] !== q.id) return;
  const t0 = performance.now();
  try {
    if (q.kind === 'live') {
      const a = await liveRun(q.a, q.seed, q.id, 'a');
      if (!a) return;
      const b = await liveRun(q.b, q.seed, q.id, 'b');
      if (!b) return;
      post({ kind: 'live', id: q.id, a, b, ms: performance.now() - t0 });
    } else if (q.kind === 'compare') {
      const r = await compare(q.a, q.b, q.seed, q.n, q.id);
      if (r) post({ kind: 'compare', id: q.id, result: r, ms: performance.now() - t0 });
    } else if (q.kind === 'summary') {
      post({ kind: 'summary', id: q.id, text: runSingle(q.a, q.seed).files['summary.json'] });
    }
  } catch (err) {
    post({ kind: 'error', id: q.id, message: (err as Error).message });
  }
};
