import { M, NUM_METRICS, type MetricName, type ModelState } from '../model/index.js';
import { WINDOW_MEASURE_NAMES, WINDOW_MEASURES, type WindowInputs, type WindowStats } from '../measures/measures.js';
import type { Window } from './windows.js';

/**
 * Figures for one unit (or the county) over one window: a field per measure of the registry
 * (sim/measures/measures.ts), which says what each means and how it is computed.
 */
export type { WindowStats } from '../measures/measures.js';

/**
 * How the county gets over a campaign, watched from its last day until the next campaign starts or
 * the horizon ends (whichever comes first), never into the next campaign: the excess it left over the
 * baseline mean (regular backlog hours; regular work left undone, the dropped items included; mean
 * fatigue), and the days until 90% of it was gone.
 */
export interface Recovery {
  campaign: string;
  /** What ended the watch: the next campaign's id, or "horizon". */
  until: string;
  /** Days watched after the campaign's last day. */
  days_watched: number;
  /** Days until 90% of the extra regular backlog was gone; null: not within the days watched. */
  backlog_days: number | null;
  /** Days until 90% of the extra mean fatigue was gone; null: not within the days watched. */
  fatigue_days: number | null;
  /** Share of the extra backlog gone by the end of the watch (1 = all; below 0: it grew). Null when there was no excess. */
  backlog_cleared_share: number | null;
  fatigue_cleared_share: number | null;
  /** The same for regular work left undone (open plus dropped items): dropped items never come back, so only serving open ones clears it. */
  undone_days: number | null;
  undone_cleared_share: number | null;
}

/** What recovery watches: each as its county daily figure, named as in Recovery (`<name>_days`, `<name>_cleared_share`). */
const WATCHED = [
  ['backlog', M.backlog_hours_regular],
  ['fatigue', M.fatigue_mean],
  ['undone', M.undone_regular],
] as const;

export interface RunSummary {
  windows: { id: string; kind: Window['kind']; from: number; to: number; county: WindowStats; units: Record<string, WindowStats> }[];
  recovery: Recovery[];
}

/**
 * The metrics whose largest day some window measure reads (WindowInputs.max), found once by asking
 * every measure's computation with stand-in inputs. Only these are tracked day by day: a running max
 * of every metric of every row costs as much as the sums. A measure that asks for any other max at
 * the end fails loudly (finish), so this cannot silently go stale.
 */
const MAX_METRICS: readonly number[] = (() => {
  const asked = new Set<number>();
  const one = () => 1;
  const probe: WindowInputs = { days: 7, weeks: 1, staff: 1, posts: 1, county: true, sum: one, last: one, departmentsSum: one, max: (k) => (asked.add(M[k]), 1) };
  for (const name of WINDOW_MEASURE_NAMES) WINDOW_MEASURES[name].compute(probe);
  return [...asked].sort((a, b) => a - b);
})();

/**
 * Accumulates the run summary day by day, keeping only running sums (memory does not grow with the
 * horizon, so a summary-only run of any length fits).
 */
export class SummaryCollector {
  private readonly rows: number;
  private readonly sums: Float64Array; // window x row x metric
  private readonly maxes: Float64Array; // window x row x metric
  private readonly lasts: Float64Array; // window x row x metric
  /** Sums over the baseline's days of each WATCHED figure. */
  private readonly baseline = new Float64Array(WATCHED.length);
  private baselineDays = 0;
  private readonly recovery: {
    campaign: string;
    /** Last day of the campaign, and the last day watched (the day before the next campaign, or the horizon's last). */
    end: number;
    watchEnd: number;
    until: string;
    /** Per WATCHED figure: the excess over the baseline on the campaign's last day, what is left of it, and the days until 90% was gone. */
    excess: Float64Array;
    left: Float64Array;
    days: (number | null)[];
  }[] = [];

  constructor(private readonly st: ModelState, private readonly windows: readonly Window[]) {
    this.rows = st.U + 1;
    const size = windows.length * this.rows * NUM_METRICS;
    this.sums = new Float64Array(size);
    this.maxes = new Float64Array(size).fill(-Infinity);
    this.lasts = new Float64Array(size);
    const campaigns = windows.filter((w) => w.kind === 'campaign');
    campaigns.forEach((w, k) => {
      const next = campaigns[k + 1];
      this.recovery.push({
        campaign: w.id,
        end: w.to - 1,
        watchEnd: next ? next.from - 1 : st.days - 1,
        until: next ? next.id : 'horizon',
        excess: new Float64Array(WATCHED.length),
        left: new Float64Array(WATCHED.length),
        days: WATCHED.map(() => null),
      });
    });
  }

  onDay(day: number, rec: Float64Array): void {
    const R = this.rows;
    for (let w = 0; w < this.windows.length; w++) {
      const win = this.windows[w];
      if (day < win.from || day >= win.to) continue;
      for (let r = 0; r < R; r++) {
        const base = (w * R + r) * NUM_METRICS;
        const row = r * NUM_METRICS;
        for (let k = 0; k < NUM_METRICS; k++) this.sums[base + k] += rec[row + k];
        for (let j = 0; j < MAX_METRICS.length; j++) {
          const k = MAX_METRICS[j];
          if (rec[row + k] > this.maxes[base + k]) this.maxes[base + k] = rec[row + k];
        }
        if (day === win.to - 1) this.lasts.set(rec.subarray(row, row + NUM_METRICS), base);
      }
      if (win.kind === 'baseline') {
        const T = this.st.total * NUM_METRICS;
        WATCHED.forEach(([, k], j) => (this.baseline[j] += rec[T + k]));
        this.baselineDays++;
      }
    }
    if (this.baselineDays === 0) return;
    const T = this.st.total * NUM_METRICS;
    for (const r of this.recovery) {
      if (day < r.end || day > r.watchEnd) continue;
      const since = day - r.end;
      for (let j = 0; j < WATCHED.length; j++) {
        const x = rec[T + WATCHED[j][1]] - this.baseline[j] / this.baselineDays;
        if (day === r.end) r.excess[j] = x;
        r.left[j] = x;
        if (r.days[j] === null && x <= 0.1 * Math.max(0, r.excess[j])) r.days[j] = since;
      }
    }
  }

  finish(): RunSummary {
    const R = this.rows;
    const ids = [...this.st.unitIds, 'county'];
    const headcount = (r: number) => (r < this.st.D ? this.st.headcount[r] : r === this.st.total ? this.st.N : 0);
    const windows = this.windows.map((win, w) => {
      const stats = (r: number): WindowStats => {
        const at = (row: number) => (w * R + row) * NUM_METRICS;
        const sum = (k: MetricName) => this.sums[at(r) + M[k]];
        const days = win.to - win.from;
        const staff = sum('staff') / days;
        const county = r === this.st.total;
        const hq = county && this.st.hq >= 0 ? at(this.st.hq) : -1;
        const inputs: WindowInputs = {
          days,
          weeks: days / 7,
          staff,
          // Departments are measured per establishment post; the headquarters per person sitting there.
          posts: headcount(r) > 0 ? headcount(r) : staff,
          county,
          sum,
          last: (k) => this.lasts[at(r) + M[k]],
          max: (k) => {
            if (!MAX_METRICS.includes(M[k])) throw new Error(`summary: the largest day of ${k} was not tracked (MAX_METRICS)`);
            return this.maxes[at(r) + M[k]];
          },
          departmentsSum: (k) => sum(k) - (hq >= 0 ? this.sums[hq + M[k]] : 0),
        };
        const out: Record<string, number | null> = {};
        for (const name of WINDOW_MEASURE_NAMES) out[name] = WINDOW_MEASURES[name].compute(inputs);
        return out as WindowStats;
      };
      const units: Record<string, WindowStats> = {};
      for (let r = 0; r < this.st.U; r++) units[ids[r]] = stats(r);
      return { id: win.id, kind: win.kind, from: win.from, to: win.to, county: stats(this.st.total), units };
    });
    return {
      windows,
      recovery: this.recovery.map((r) => {
        const cleared = (j: number) => (r.excess[j] > 0 ? 1 - r.left[j] / r.excess[j] : null);
        return {
          campaign: r.campaign,
          until: r.until,
          days_watched: Math.max(0, r.watchEnd - r.end),
          backlog_days: r.days[0],
          fatigue_days: r.days[1],
          backlog_cleared_share: cleared(0),
          fatigue_cleared_share: cleared(1),
          undone_days: r.days[2],
          undone_cleared_share: cleared(2),
        };
      }),
    };
  }
}
