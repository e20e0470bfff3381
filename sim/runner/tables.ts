import type { RunSummary } from '../metrics/summary.js';
import { DESCRIBE_FIELDS, describeColumns, type Describe } from '../metrics/stats.js';
import { RECOVERY_MEASURE_NAMES, RECOVERY_PREFIX, WINDOW_MEASURE_NAMES } from '../measures/measures.js';
import { DIFFERENCE_COLUMNS, RECOVERY_COLUMNS, REPLICATES_KEYS, summaryKeys, type DifferenceRow } from './contract.js';
import { csvField, csvValue, formatNumber } from './format.js';
import { jobCount, jobPoint, jobReplicate, jobSeedKey, type ExperimentPlan } from './plan.js';

/**
 * The tidy tables of an experiment, rendered from its plan and every job's summary (indexed by
 * job). Rows come in job order, so the files depend on the results alone: not on threads, shards or
 * the order jobs finished in.
 */

type Cell = number | null;

const unitsOf = (w: RunSummary['windows'][number]) => ['county', ...Object.keys(w.units)];
const statsOf = (w: RunSummary['windows'][number], unit: string) => (unit === 'county' ? w.county : w.units[unit]);
const num = (x: Cell) => formatNumber(x);
const line = (cells: string[]) => cells.join(',');
/** `n` cells made by `cell(k)`, joined: a row's numbers without the intermediate arrays of map and spread. */
function cellsOf(n: number, cell: (k: number) => string): string {
  const cells = new Array<string>(n);
  for (let k = 0; k < n; k++) cells[k] = cell(k);
  return cells.join(',');
}

/** The columns naming a point: its label (arm or point number) and the swept parameters. */
function pointHeader(plan: ExperimentPlan): string[] {
  return [...(plan.pointColumn ? [plan.pointColumn] : []), ...plan.parameters.map(csvField)];
}
function pointCells(plan: ExperimentPlan, p: number): string[] {
  const pt = plan.points[p];
  return [...(plan.pointColumn ? [csvField(pt.label)] : []), ...plan.parameters.map((k) => csvValue(pt.values[k]))];
}

/** replicates.csv: a row per job x window x unit, a column per metric. `rowsOf(j)`: job j's rows if formatted already (in its thread). */
export function replicatesCsv(plan: ExperimentPlan, results: readonly RunSummary[], rowsOf: (job: number) => string | undefined = () => undefined): string {
  const out = [line([...pointHeader(plan), ...REPLICATES_KEYS, ...WINDOW_MEASURE_NAMES]) + '\n'];
  for (let j = 0; j < jobCount(plan); j++) out.push(rowsOf(j) ?? replicateRows(replicateLead(plan, j), results[j]));
  return out.join('');
}

/** The leading cells of job j's rows in replicates.csv and recovery.csv (its point, replicate and seed key). */
export const replicateLead = (plan: ExperimentPlan, j: number): string[] => [...pointCells(plan, jobPoint(plan, j)), String(jobReplicate(plan, j)), csvField(jobSeedKey(plan, j))];

/**
 * One job's rows of replicates.csv, each ending in a newline: a thread formats its own job's as the
 * job ends (job.ts), so that the experiment's serial end has only the joining left.
 */
export function replicateRows(lead: readonly string[], summary: RunSummary): string {
  const metrics = WINDOW_MEASURE_NAMES;
  const out: string[] = [];
  for (const w of summary.windows) {
    for (const u of unitsOf(w)) {
      const s = statsOf(w, u);
      out.push(`${line([...lead, csvField(w.id), w.kind, String(w.from), String(w.to), csvField(u)])},${cellsOf(metrics.length, (k) => num(s[metrics[k]]))}\n`);
    }
  }
  return out.join('');
}

/**
 * recovery.csv: a row per job x campaign, watched until the next campaign starts or the horizon ends:
 * days until 90% of the extra backlog and fatigue the campaign left is gone (empty: not within the
 * watch), and the share of each gone by the end of the watch.
 */
export function recoveryCsv(plan: ExperimentPlan, results: readonly RunSummary[]): string | null {
  if (!results.some((r) => r.recovery.length > 0)) return null;
  const out = [line([...pointHeader(plan), ...RECOVERY_COLUMNS])];
  for (let j = 0; j < jobCount(plan); j++) {
    const lead = replicateLead(plan, j);
    for (const r of results[j].recovery) {
      out.push(line([...lead, csvField(r.campaign), csvField(r.until), ...RECOVERY_MEASURE_NAMES.map((k) => num(r[k]))]));
    }
  }
  return out.join('\n') + '\n';
}

/**
 * summary.csv: a row per point x window x unit x metric: mean, sd, 95% CI, quantiles across
 * replicates; with one run per point only n and mean (contract.ts's summaryKeys).
 */
export function summaryCsv(plan: ExperimentPlan, results: readonly RunSummary[]): string {
  const metrics = WINDOW_MEASURE_NAMES;
  const R = plan.replicates;
  const keys = summaryKeys(R);
  const fields = DESCRIBE_FIELDS.filter((f) => keys.includes(f)) as readonly (keyof Describe)[];
  const out = [line([...pointHeader(plan), ...keys])];
  for (let p = 0; p < plan.points.length; p++) {
    const reps = results.slice(p * R, (p + 1) * R);
    const lead = pointCells(plan, p);
    reps[0].windows.forEach((w, wi) => {
      for (const u of unitsOf(w)) {
        const rows = reps.map((rep) => {
          const s = statsOf(rep.windows[wi], u);
          return metrics.map((m) => s[m] as Cell);
        });
        const ds = describeColumns(rows, metrics.length);
        const head = line([...lead, csvField(w.id), csvField(u)]);
        metrics.forEach((m, k) => out.push(`${head},${m},${cellsOf(fields.length, (i) => num(ds[k][fields[i]]))}`));
      }
    });
    reps[0].recovery.forEach((rc, ci) => {
      const rows = reps.map((rep) => RECOVERY_MEASURE_NAMES.map((k) => rep.recovery[ci][k]));
      const ds = describeColumns(rows, RECOVERY_MEASURE_NAMES.length);
      RECOVERY_MEASURE_NAMES.forEach((m, k) =>
        out.push(line([...lead, csvField(rc.campaign), 'county', RECOVERY_PREFIX + m, ...fields.map((f) => num(ds[k][f]))])),
      );
    });
  }
  return out.join('\n') + '\n';
}

/**
 * differences.csv (comparisons): each arm against the first, replicate by replicate (the same seed
 * key in both: common random numbers), per window and unit they share. diff = arm - baseline; the
 * interval is the t interval of the paired differences; effect = diff_mean / diff_sd, the
 * standardised paired difference that ranks measures by evidence; arm_higher/baseline_higher/ties
 * are shares of the pairs.
 */
export function differenceRows(plan: ExperimentPlan, results: readonly RunSummary[]): DifferenceRow[] {
  const metrics = WINDOW_MEASURE_NAMES;
  const out: DifferenceRow[] = [];
  const R = plan.replicates;
  const base = results.slice(0, R);
  for (let a = 1; a < plan.points.length; a++) {
    const arm = results.slice(a * R, (a + 1) * R);
    for (const w of base[0].windows) {
      const wi = arm[0].windows.findIndex((x) => x.id === w.id);
      if (wi < 0) continue;
      const bwi = base[0].windows.indexOf(w);
      for (const u of unitsOf(w)) {
        if (u !== 'county' && !(u in arm[0].windows[wi].units)) continue;
        const pairs = metrics.map((m) =>
          Array.from({ length: R }, (_, r) => [statsOf(base[r].windows[bwi], u)[m] as Cell, statsOf(arm[r].windows[wi], u)[m] as Cell] as const),
        );
        const diffs = Array.from({ length: R }, (_, r) => pairs.map((pm) => (pm[r][0] === null || pm[r][1] === null ? null : (pm[r][1] as number) - (pm[r][0] as number))));
        const ds = describeColumns(diffs, metrics.length);
        metrics.forEach((m, k) => {
          const ok = pairs[k].filter((p) => p[0] !== null && p[1] !== null) as unknown as [number, number][];
          const n = ok.length;
          const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null);
          const share = (f: (p: [number, number]) => boolean) => (n ? ok.filter(f).length / n : null);
          out.push({
            arm: plan.points[a].label, baseline: plan.points[0].label, window: w.id, unit: u, metric: m, n,
            baseline_mean: mean(ok.map((p) => p[0])), arm_mean: mean(ok.map((p) => p[1])), diff_mean: ds[k].mean, diff_sd: ds[k].sd,
            effect: standardised(ds[k].mean, ds[k].sd), ci_low: ds[k].ci_low, ci_high: ds[k].ci_high,
            arm_higher: share((p) => p[1] > p[0]), baseline_higher: share((p) => p[1] < p[0]), ties: share((p) => p[1] === p[0]),
          });
        });
      }
    }
  }
  return out;
}

/**
 * The mean paired difference in standard deviations of the differences (Cohen's d_z). Pairs that
 * differ by the same amount every time (sd 0) are as certain as it gets: a large finite number keeps
 * them at the top of a ranking without an infinity in the file. Float dust (a relative difference
 * below 1e-9) is no difference.
 */
export function standardised(mean: number | null, sd: number | null): number | null {
  if (mean === null || sd === null) return null;
  if (Math.abs(mean) < 1e-9 * (1 + sd)) return 0;
  return sd > 1e-12 * Math.abs(mean) ? mean / sd : Math.sign(mean) * 1e6;
}

export function differencesCsv(rows: readonly DifferenceRow[]): string {
  const cell = (v: string | number | null) => (typeof v === 'string' ? csvField(v) : num(v));
  return [line([...DIFFERENCE_COLUMNS]), ...rows.map((r) => line(DIFFERENCE_COLUMNS.map((c) => cell(r[c]))))].join('\n') + '\n';
}
