// The page's workers: run models off the main thread so the page never freezes. The page keeps two
// warm workers for its whole life (one for the live runs, one for the A/B comparison): a fresh one
// pays tens of milliseconds to start and its first runs are slow until the JIT has compiled the model.
// A run goes in chunks of days; between chunks the worker lets newer messages in, and a newer
// request cancels an older one (the teacher moved the slider again).
import { build, describe, replicateSeedKey, run, summaryCollector, M, METRICS, type Collector, type Scenario, type RunSummary } from './library.js';
import { COUNTY_SERIES, SCHEDULED_HOURS, UNIT_STATE, type CompareResult, type LiveResult, type Reply, type Request, type Side, type UnitField } from './protocol.js';
import { MEASURES } from './measures.js';

/** The first chunk is short so the page can draw soon after a change; later chunks are longer. */
const FIRST_CHUNK_DAYS = 20;
const CHUNK_DAYS = 60;
/**
 * A live run sends what it has once it has run FIRST_SEND_MS, then every SEND_EVERY_MS, then the whole
 * run: a long run is drawn soon and grows, while a run shorter than FIRST_SEND_MS is drawn once (a
 * partial drawing would only delay the whole one).
 */
const FIRST_SEND_MS = 50;
const SEND_EVERY_MS = 250;

const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
/** Yield to the event loop so newer requests arrive (faster than setTimeout, which browsers clamp to 4 ms). */
const pause = () =>
  new Promise<void>((r) => {
    waiting.push(r);
    channel.port2.postMessage(0);
  });

const post = (m: Reply, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(m, transfer);

/** The newest request id per stream ('live-a', 'live-b', 'compare'): older runs stop at their next chunk. */
const latest: Record<string, number> = {};
const stream = (q: Request) => (q.kind === 'live' ? `live-${q.side}` : 'compare');
const current = (q: Request) => latest[stream(q)] === q.id;

/** Run a simulation to its horizon in chunks; false when a newer request took over. */
async function runChunked(sim: ReturnType<typeof build>, q: Request, afterDay: Parameters<typeof run>[2], onChunk: () => void): Promise<boolean> {
  let chunk = FIRST_CHUNK_DAYS;
  while (sim.day < sim.days) {
    run(sim, chunk, afterDay);
    chunk = CHUNK_DAYS;
    onChunk();
    await pause();
    if (!current(q)) return false;
  }
  return true;
}

/** Keeps, day by day, the county series the charts draw and every unit's state for the day table. */
function liveCollector(days: number, units: number): Collector<null> & { series: Record<string, Float64Array>; states: Record<UnitField, Float64Array> } {
  const series = Object.fromEntries([...COUNTY_SERIES, 'hours_scheduled'].map((n) => [n, new Float64Array(days)]));
  const scheduled = series.hours_scheduled;
  const fields = Object.keys(UNIT_STATE) as UnitField[];
  const states = Object.fromEntries(fields.map((f) => [f, new Float64Array(days * units)])) as Record<UnitField, Float64Array>;
  const width = METRICS.length;
  return {
    series,
    states,
    onDay(day, rec) {
      // rec: rows are units then the county; columns are the metrics.
      const county = units * width;
      for (const n of COUNTY_SERIES) series[n][day] = rec[county + M[n]];
      let h = 0;
      for (const n of SCHEDULED_HOURS) h += rec[county + M[n]];
      scheduled[day] = h;
      for (const f of fields) {
        const col = M[UNIT_STATE[f]];
        for (let r = 0; r < units; r++) states[f][day * units + r] = rec[r * width + col];
      }
    },
    finish: () => null,
  };
}

async function live(q: Extract<Request, { kind: 'live' }>): Promise<void> {
  const s = q.scenario;
  const sim = build(s, String(q.seed));
  const st = sim.state;
  const U = st.U;
  const keep = liveCollector(sim.days, U);
  const summary = summaryCollector(st);
  const names = new Map(s.departments.map((d) => [d.id, d.name ?? d.id]));
  const result = (): LiveResult => ({
    name: s.name,
    units: [...st.unitIds],
    unitNames: st.unitIds.map((u) => names.get(u) ?? u),
    hq: st.hq,
    start: s.calendar.start,
    day: sim.day,
    days: sim.days,
    campaignOfDay: Array.from(st.campaignOfDay),
    // Copies of the days run so far, handed over without another copy.
    series: Object.fromEntries(Object.entries(keep.series).map(([k, v]) => [k, v.slice(0, sim.day)])),
    states: Object.fromEntries(Object.entries(keep.states).map(([k, v]) => [k, v.slice(0, sim.day * U)])) as Record<UnitField, Float64Array>,
    summary: sim.day >= sim.days ? (summary.finish() as RunSummary) : null,
  });
  const send = () => {
    const r = result();
    post({ kind: 'live', id: q.id, side: q.side, result: r }, [...Object.values(r.series), ...Object.values(r.states)].map((a) => a.buffer));
  };
  let sentAt = performance.now() - SEND_EVERY_MS + FIRST_SEND_MS;
  const done = await runChunked(
    sim,
    q,
    (day, rec, state) => {
      keep.onDay(day, rec, state);
      summary.onDay(day, rec, state);
    },
    () => {
      if (sim.day < sim.days && performance.now() - sentAt >= SEND_EVERY_MS) {
        send();
        sentAt = performance.now();
      }
    },
  );
  if (done) send();
}

/**
 * Each replicate's overall county figures (MEASURES order), by scenario and seed. Common random
 * numbers: replicate r of A and of B share a seed key, so when one side changes the other side's
 * replicates are the same runs and are taken from here rather than rerun.
 */
const replicates = new Map<string, number[][]>();
const KEEP_SCENARIOS = 6;

function replicatesOf(s: Scenario, seed: number): number[][] {
  const key = `${seed}\n${JSON.stringify(s)}`;
  let rows = replicates.get(key);
  if (!rows) {
    rows = [];
    if (replicates.size >= KEEP_SCENARIOS) replicates.delete(replicates.keys().next().value!);
    replicates.set(key, rows);
  }
  return rows;
}

async function compare(q: Extract<Request, { kind: 'compare' }>): Promise<void> {
  const sides = { a: replicatesOf(q.a, q.seed), b: replicatesOf(q.b, q.seed) };
  const todo = (['a', 'b'] as Side[]).flatMap((side) => Array.from({ length: q.n }, (_, r) => ({ side, r }))).filter(({ side, r }) => !sides[side][r]);
  let done = 0;
  for (const { side, r } of todo.sort((x, y) => x.r - y.r)) {
    const sim = build(side === 'a' ? q.a : q.b, replicateSeedKey(q.seed, r));
    const summary = summaryCollector(sim.state);
    if (!(await runChunked(sim, q, (day, rec, st) => summary.onDay(day, rec, st), () => {}))) return;
    const overall = (summary.finish() as RunSummary).windows.find((w) => w.id === 'overall')!.county as unknown as Record<string, number | null>;
    sides[side][r] = MEASURES.map((m) => overall[m] ?? NaN);
    post({ kind: 'progress', id: q.id, done: ++done / todo.length });
  }
  const rows = Array.from({ length: q.n }, (_, r) => ({ a: sides.a[r], b: sides.b[r] }));
  const col = (side: Side, k: number) => rows.map((x) => x[side][k]).filter(Number.isFinite);
  const result: CompareResult = {
    n: q.n,
    measures: MEASURES.map((m, k) => ({
      measure: m,
      a: describe(col('a', k)),
      b: describe(col('b', k)),
      // The paired difference's interval is much narrower than the two intervals side by side suggest.
      diff: describe(rows.map((x) => x.b[k] - x.a[k]).filter(Number.isFinite)),
      lower: rows.filter((x) => x.b[k] < x.a[k]).length,
    })),
  };
  post({ kind: 'compare', id: q.id, result });
}

/** Start answering the page's requests (this script runs as a worker). */
export function startWorker(): void {
  self.onmessage = async (e: MessageEvent<Request>) => {
    const q = e.data;
    latest[stream(q)] = q.id;
    if (q.kind === 'stop') return;
    await pause();
    if (!current(q)) return;
    try {
      if (q.kind === 'live') await live(q);
      else if (q.kind === 'compare') await compare(q);
    } catch (err) {
      post({ kind: 'error', id: q.id, message: (err as Error).message });
    }
  };
}
