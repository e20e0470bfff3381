import { WINDOW_MEASURE_NAMES } from '../measures/measures.js';
import type { RunSummary } from '../metrics/summary.js';

/** One line of results.jsonl (work folders and shards): a finished job and its summary. */
export interface ResultLine {
  job: number;
  summary: RunSummary;
}

export function resultLine(job: number, summary: RunSummary): string {
  return `${JSON.stringify({ job, summary })}\n`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStats = (v: unknown) => isObject(v) && Object.values(v).every((x) => x === null || typeof x === 'number');

const METRIC_SET = [...WINDOW_MEASURE_NAMES].sort().join(',');
const sameFigures = (stats: object) => Object.keys(stats).sort().join(',') === METRIC_SET;

/**
 * Read a line back, or null when it is not one a finished job wrote: cut short by a crash, edited
 * by hand, from a job outside the experiment (`jobs` jobs), or with a summary of another shape.
 * Every window must carry exactly the window measures of the registry, so the tables can be written.
 */
export function parseResultLine(line: string, jobs: number): ResultLine | null {
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch {
    return null;
  }
  if (!isObject(rec) || !Number.isSafeInteger(rec.job) || (rec.job as number) < 0 || (rec.job as number) >= jobs) return null;
  const s = rec.summary;
  if (!isObject(s) || !Array.isArray(s.windows) || s.windows.length === 0 || !Array.isArray(s.recovery)) return null;
  for (const w of s.windows as unknown[]) {
    if (!isObject(w) || typeof w.id !== 'string' || typeof w.kind !== 'string' || typeof w.from !== 'number' || typeof w.to !== 'number') return null;
    if (!isStats(w.county) || !isObject(w.units) || !Object.values(w.units).every(isStats)) return null;
    if (!sameFigures(w.county as object) || !Object.values(w.units).every((u) => sameFigures(u as object))) return null;
  }
  for (const r of s.recovery as unknown[]) if (!isObject(r) || typeof r.campaign !== 'string') return null;
  return rec as unknown as ResultLine;
}
