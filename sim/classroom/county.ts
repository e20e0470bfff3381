import { summaryCollector } from '../library/collectors.js';
import { runResult, type RunResult } from '../library/collect-run.js';
import { build, run, type Collector, type Simulation } from '../library/simulation.js';
import { DailyTable } from '../metrics/daily.js';
import type { RunSummary } from '../metrics/summary.js';
import { WEEK_DAYS } from '../model/decisions.js';
import { M } from '../model/record.js';
import type { HeadDecision } from '../scenario/schema/decisions.js';
import type { Scenario } from '../scenario/schema/index.js';

/** What a head chooses for a week: a decision without its week and department. */
export type Choice = Omit<HeadDecision, 'week' | 'department'>;

export const NEUTRAL_CHOICE: Choice = { campaignWeight: 1, extraSecondment: 0, shared: 'model', tolerateSlack: false };

/** One department's week as its head sees it (levels at the week's end, flows summed over it). */
export interface DepartmentWeek {
  staff: number;
  seconded: number;
  backlog: number;
  dropped: number;
  fatigue: number;
  regularDone: number;
  campaignDone: number;
}

/** The county's week on the teacher's screen. */
export interface CountyWeek {
  week: number;
  regularDone: number;
  campaignDone: number;
  undone: number;
  dropped: number;
  fatigue: number;
}

/**
 * The county a class runs: the scenario's own simulation, driven a week at a time. Each week's
 * decisions are appended to the scenario's decision list before the week runs (the model reads a
 * week's decisions when it begins, sim/model/decisions.ts), so the finished list replays the same
 * run through `deptsim run`.
 */
export class ClassCounty {
  readonly scenario: Scenario;
  readonly decisions: HeadDecision[];
  readonly sim: Simulation;
  readonly weeks: number;
  private readonly summary: Collector<RunSummary>;
  private readonly table: DailyTable;

  constructor(base: Scenario, seedKey: string) {
    this.decisions = [...(base.decisions ?? [])];
    this.scenario = { ...base, decisions: this.decisions };
    this.sim = build(this.scenario, seedKey);
    this.weeks = Math.ceil(this.sim.days / WEEK_DAYS);
    this.summary = summaryCollector(this.sim.state);
    // Every day kept, as the library's daily collector keeps it, and readable while the run goes on.
    this.table = new DailyTable(this.sim.state.U + 1, this.sim.days);
  }

  /** Weeks run so far (= the week the heads are deciding). */
  get week(): number {
    return Math.ceil(this.sim.day / WEEK_DAYS);
  }

  get done(): boolean {
    return this.sim.day >= this.sim.days;
  }

  /** Run the current week with these choices (department id -> choice; departments in scenario order). */
  runWeek(choices: ReadonlyMap<string, Choice>): void {
    if (this.done) return;
    const week = this.week;
    for (const d of this.scenario.departments) {
      const c = choices.get(d.id);
      if (c) this.decisions.push({ week, department: d.id, ...c });
    }
    run(this.sim, WEEK_DAYS, (day, rec, st) => {
      this.table.push(rec);
      this.summary.onDay(day, rec, st);
    });
  }

  /** The whole run (call once, at the horizon). */
  result(): RunResult {
    return runResult(this.sim, this.summary.finish(), this.table);
  }

  private sum(row: number, metric: number, from: number, to: number): number {
    let s = 0;
    for (let d = from; d < to; d++) s += this.table.get(d, row, metric);
    return s;
  }

  /** Department d's week w (w < weeks run). */
  departmentWeek(d: number, w: number): DepartmentWeek {
    const from = w * WEEK_DAYS;
    const to = Math.min(from + WEEK_DAYS, this.table.days);
    const last = to - 1;
    return {
      staff: this.table.get(last, d, M.staff),
      seconded: this.table.get(last, d, M.seconded_away),
      backlog: this.table.get(last, d, M.open_regular),
      dropped: this.sum(d, M.lapsed_regular, 0, to),
      fatigue: this.table.get(last, d, M.fatigue_mean),
      regularDone: this.sum(d, M.done_regular, from, to),
      campaignDone: this.sum(d, M.done_campaign, from, to),
    };
  }

  countyWeek(w: number): CountyWeek {
    const row = this.sim.state.total;
    const from = w * WEEK_DAYS;
    const to = Math.min(from + WEEK_DAYS, this.table.days);
    return {
      week: w,
      regularDone: this.sum(row, M.done_regular, from, to),
      campaignDone: this.sum(row, M.done_campaign, from, to),
      undone: this.table.get(to - 1, row, M.undone_regular),
      dropped: this.sum(row, M.lapsed_regular, from, to),
      fatigue: this.table.get(to - 1, row, M.fatigue_mean),
    };
  }

  /**
   * The county's assessment of each department so far, as the heads see it ranked: items done per
   * person on the establishment, each kind weighted by what the department's assessment measures
   * (departments[].assessment). Highest first; ties in scenario order.
   */
  ranking(): { department: string; score: number }[] {
    const to = this.table.days;
    const rows = this.scenario.departments.map((dep, d) => {
      const a = dep.assessment;
      const score = (a.regular * this.sum(d, M.done_regular, 0, to) + a.campaign * this.sum(d, M.done_campaign, 0, to) + a.shared * this.sum(d, M.done_shared, 0, to)) / dep.headcount;
      return { department: dep.id, score, d };
    });
    rows.sort((x, y) => y.score - x.score || x.d - y.d);
    return rows.map(({ department, score }) => ({ department, score }));
  }
}
