import type { Phase } from '../engine/loop.js';
import { compileFormula, type Formula } from '../engine/formula.js';
import type { Stream } from '../engine/rng.js';
import { lognormalTable } from '../engine/tables.js';
import { KIND, M, NUM_KINDS, NUM_METRICS } from './record.js';
import type { ModelState } from './state.js';

export const RATE_VARIABLES = ['day', 'weekday', 'month', 'campaign'] as const;

/**
 * Push a day's arrivals of one stream into a queue; efforts from the stream's quantile table. Takes
 * the deadline as a number rather than the stream's spec: a department's spec and a campaign's are
 * objects of different shapes, and the first campaign task made V8 throw this function away.
 */
function arrive(st: ModelState, deadlineDays: number, effort: Float64Array, lambda: number, day: number, unit: number, kind: number, rng: Stream): number {
  const n = rng.poisson(lambda);
  if (n === 0) return 0;
  st.queues[unit * NUM_KINDS + kind].pushDrawn(n, day, day + deadlineDays, effort, rng);
  return n;
}

/**
 * Arrivals: each department's own duties (on official working days, times the optional rate formula), and while a campaign runs, its
 * tasks for every department (in proportion to staff at home) and for the headquarters (in proportion
 * to staff seconded), times the campaign's optional task-rate formula. Each department draws from its own stream, so campaigns never shift the regular
 * arrivals: the same seed gives the same regular work with and without a campaign.
 */
export function makeArrivals(st: ModelState): Phase<ModelState> {
  return new ArrivalsPhase(st);
}

/** A class so that `run` is one function for every run, its optimized code kept (see work.ts). */
class ArrivalsPhase implements Phase<ModelState> {
  readonly name = 'arrivals';
  private readonly formulas: (Formula | null)[];
  private readonly scope = new Map<string, number>();
  private readonly atUnit: Float64Array;
  private readonly taskFormulas: (Formula | null)[];
  private readonly regularStreams: Stream[];
  private readonly regularEffort: Float64Array[];
  private readonly taskEffort: Float64Array[];
  private readonly taskStreams: Stream[];

  constructor(st: ModelState) {
    const depts = st.scenario.departments;
    this.formulas = depts.map((d) => (d.regular.rateFormula ? compileFormula(d.regular.rateFormula, RATE_VARIABLES) : null));
    this.atUnit = new Float64Array(st.U);
    this.taskFormulas = st.scenario.campaigns.map((c) => (c.tasks.rateFormula ? compileFormula(c.tasks.rateFormula, RATE_VARIABLES) : null));
    this.regularStreams = depts.map((d) => st.streams.get(`arrivals:${d.id}`));
    this.regularEffort = depts.map((d) => lognormalTable(d.regular.effortHours, d.regular.effortCv));
    this.taskEffort = st.scenario.campaigns.map((c) => lognormalTable(c.tasks.effortHours, c.tasks.effortCv));
    this.taskStreams = st.unitIds.map((id) => st.streams.get(`campaign-tasks:${id}`));
  }

  run(st: ModelState, day: number): void {
    const { scope, formulas, regularEffort, regularStreams, atUnit } = this;
    const depts = st.scenario.departments;
    const c = st.campaign;
    const officialWorkday = st.cal.restDay[day] === 0;
    scope.set('day', day).set('weekday', st.cal.weekday[day]).set('month', st.cal.month[day]).set('campaign', c ? 1 : 0);
    if (officialWorkday) {
      for (let d = 0; d < st.D; d++) {
        const spec = depts[d].regular;
        const f = formulas[d];
        const mult = f ? Math.max(0, f(scope)) : 1;
        const lambda = (spec.itemsPerDay + spec.itemsPerStaffDay * st.headcount[d]) * mult;
        st.rec[d * NUM_METRICS + M.arrived_regular] += arrive(st, spec.deadlineDays, regularEffort[d], lambda, day, d, KIND.regular, regularStreams[d]);
      }
    }
    if (c && (officialWorkday || c.cancelRestDays)) {
      // Staff sitting in each unit, from the runs of seating.ts (a few per unit) rather than a pass
      // over every person on every campaign day.
      atUnit.fill(0);
      const { runs, runStart, runUnit } = st;
      for (let r = 0; r < runs; r++) atUnit[runUnit[r]] += runStart[r + 1] - runStart[r];
      const f = this.taskFormulas[st.campaignIndex];
      const mult = f ? Math.max(0, f(scope)) : 1;
      for (let u = 0; u < st.U; u++) {
        const lambda = mult * (u === st.hq ? c.hqItemsPerStaffDay * atUnit[u] : c.tasks.itemsPerDay + c.tasks.itemsPerStaffDay * atUnit[u]);
        st.rec[u * NUM_METRICS + M.arrived_campaign] += arrive(st, c.tasks.deadlineDays, this.taskEffort[st.campaignIndex], lambda, day, u, KIND.campaign, this.taskStreams[u]);
      }
    }
  }
}
