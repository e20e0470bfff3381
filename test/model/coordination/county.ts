import { simulate, M, NUM_METRICS, type MetricName, type ModelState } from '../../../sim/model/index.js';
import { sharedWork } from '../../../sim/model/coordination/index.js';
import { Scenario, type ScenarioInput } from '../../../sim/scenario/schema/index.js';

/**
 * A small county for coordination tests: eight departments with overlapping duties, no campaign,
 * 160 days. Departments are kept busy enough that shared work competes with their own.
 */
export function smallCounty(coordination: ScenarioInput['coordination'], extra: Partial<ScenarioInput> = {}): Scenario {
  return Scenario.parse({
    name: 'coordination-test',
    seed: 11,
    calendar: { start: '2019-01-07', days: 160 },
    departments: [
      { id: 'poverty', headcount: 8, regular: { itemsPerDay: 1 } },
      { id: 'education', headcount: 25 },
      { id: 'labour', headcount: 20 },
      { id: 'agriculture', headcount: 30 },
      { id: 'civil', headcount: 12 },
      { id: 'health', headcount: 20 },
      { id: 'housing', headcount: 18 },
      { id: 'finance', headcount: 15 },
    ],
    sharedDuties: [
      { id: 'training', departments: ['poverty', 'education', 'labour'], itemsPerDay: 2, effortHours: 8 },
      { id: 'industry', departments: ['agriculture', 'poverty', 'finance'], itemsPerDay: 1.5, effortHours: 10, deadlineDays: 15 },
      { id: 'medical', departments: ['health', 'civil'], itemsPerDay: 2, effortHours: 5 },
      { id: 'housing', departments: ['housing', 'civil', 'finance'], itemsPerDay: 1.5, effortHours: 8 },
    ],
    coordination,
    ...extra,
  });
}

/** County totals of a run (sums over days of the county row), optionally over days [from, to). */
export interface CountyRun {
  sum: Record<MetricName, number>;
  /** Level metrics on the last day of the window. */
  last: Record<MetricName, number>;
  state: ModelState;
}

export function runCounty(scenario: Scenario, seedKey: string, from = 0, to = Infinity): CountyRun {
  const sum = {} as Record<MetricName, number>;
  const last = {} as Record<MetricName, number>;
  const names = Object.keys(M) as MetricName[];
  for (const k of names) sum[k] = 0;
  const state = simulate(scenario, seedKey, (day, rec, st) => {
    if (day < from || day >= to) return;
    const T = st.total * NUM_METRICS;
    for (const k of names) {
      sum[k] += rec[T + M[k]];
      last[k] = rec[T + M[k]];
    }
  });
  return { sum, last, state };
}

/** Median days waited for an owner, over the tasks that found one in the run. */
export function medianWait(st: ModelState): number {
  const h = sharedWork(st)!.waitHist;
  let n = 0;
  for (const c of h) n += c;
  let acc = 0;
  for (let i = 0; i < h.length; i++) {
    acc += h[i];
    if (acc >= n / 2) return i;
  }
  return NaN;
}

/** Share of pairs where `a` is strictly greater than `b`. */
export function shareGreater(a: readonly number[], b: readonly number[]): number {
  let k = 0;
  for (let i = 0; i < a.length; i++) if (a[i] > b[i]) k++;
  return k / a.length;
}

/** Mean of paired differences a - b with a 95% t interval (df = n - 1, n >= 20 here). */
export function pairedDiff(a: readonly number[], b: readonly number[]): { mean: number; lo: number; hi: number } {
  const n = a.length;
  const d = a.map((x, i) => x - b[i]);
  const mean = d.reduce((s, x) => s + x, 0) / n;
  const sd = Math.sqrt(d.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1));
  const t = n >= 40 ? 2.02 : 2.09;
  const half = (t * sd) / Math.sqrt(n);
  return { mean, lo: mean - half, hi: mean + half };
}

export const REPLICATES = 20;
export const seedKey = (r: number) => `11/rep:${r}`;
