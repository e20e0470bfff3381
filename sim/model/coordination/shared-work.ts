import type { Phase } from '../../engine/loop.js';
import { KIND, M, NUM_KINDS, NUM_METRICS } from '../record.js';
import type { ModelState } from '../state.js';
import { TwoWayAssessment } from './assessment.js';
import { OwnedLedger } from './owned.js';
import { SharedPool } from './pool.js';

/** Waits of a year or more, and passes beyond 63, are pooled in the last bin. */
export const WAIT_BINS = 366;
export const PASS_BINS = 64;

/**
 * The shared work of one run, as the coordination mechanisms see it: tasks waiting for an owner (the
 * pool), each department's owned shared tasks (ledgers), the two-way assessment, and distributions
 * kept for reporting (days waited and passes per task when it found an owner). Mechanisms hand tasks
 * out through `assign`, so every hand-over is counted the same way whatever the mechanism.
 */
export class SharedWork {
  readonly pool = new SharedPool();
  readonly owned: OwnedLedger[];
  /** Effort of each department's urgent tasks still open: hours it owes shared work first. */
  readonly urgentHours: Float64Array;
  /** Listed departments per shared duty, in the order of the scenario (first = lead). */
  readonly listed: Int32Array[];
  readonly assessment: TwoWayAssessment;
  /** Per task, at the moment it found an owner: days waited (this spell) and passes so far. */
  readonly waitHist = new Int32Array(WAIT_BINS);
  readonly passHist = new Int32Array(PASS_BINS);
  /** Whether anyone works today: offers, assignments and conferences happen only then. */
  workday = false;
  /** Shared tasks open with outside partners: open on the county row, though no department holds them. */
  outsideOpen = 0;

  private readonly hoursPerDay: number;
  private readonly wShared: Float64Array;
  private readonly wRegular: Float64Array;

  constructor(private readonly st: ModelState) {
    const s = st.scenario;
    const index = new Map(st.unitIds.map((id, u) => [id, u]));
    this.listed = s.sharedDuties.map((d) => Int32Array.from(d.departments, (id) => index.get(id) ?? -1));
    this.owned = Array.from({ length: st.D }, () => new OwnedLedger());
    this.urgentHours = new Float64Array(st.D);
    this.assessment = new TwoWayAssessment(st.D, s.coordination.assessment);
    this.hoursPerDay = s.staff.hoursPerDay;
    // Weights as the work phase forms them (incentive x (1 + what the assessment measures)).
    this.wShared = Float64Array.from(s.departments, (d) => d.incentives.shared * (1 + d.assessment.shared));
    this.wRegular = Float64Array.from(s.departments, (d) => d.incentives.regular * (1 + d.assessment.regular));
  }

  /** Days of open work per working person in department u today (all kinds). */
  backlogDays(u: number): number {
    const q = u * NUM_KINDS;
    const open = this.st.queues[q].openHours + this.st.queues[q + 1].openHours + this.st.queues[q + 2].openHours;
    const working = this.st.rec[u * NUM_METRICS + M.staff_working];
    return open / ((working > 1 ? working : 1) * this.hoursPerDay);
  }

  /** Weight department u puts on shared work relative to its regular work, in (0, 1); 0.5 when equal. */
  sharedPreference(u: number): number {
    const ws = this.wShared[u] * this.st.incentiveGain[u * NUM_KINDS + KIND.shared];
    const wr = this.wRegular[u] * this.st.incentiveGain[u * NUM_KINDS + KIND.regular];
    return ws + wr > 0 ? ws / (ws + wr) : 0.5;
  }

  /** The listed department of a duty with the least backlog today (ties: the first listed). */
  leastLoaded(duty: number): number {
    const list = this.listed[duty];
    let best = list[0];
    let bestLoad = this.backlogDays(best);
    for (let k = 1; k < list.length; k++) {
      const load = this.backlogDays(list[k]);
      if (load < bestLoad) {
        best = list[k];
        bestLoad = load;
      }
    }
    return best;
  }

  /**
   * Count an assignment of pool task i that department u handed back (an office's or command
   * centre's that did not stick): the task waits on. Not a pass: no department's turn went by.
   */
  handBack(u: number): void {
    this.st.rec[u * NUM_METRICS + M.shared_handbacks]++;
  }

  /** Count a pass of pool task i by department u (its turn came and it declined). */
  pass(i: number, u: number): void {
    this.pool.passes[i]++;
    this.st.rec[u * NUM_METRICS + M.shared_passes]++;
  }

  /** Hand pool task i to department u (marks it gone; the caller compacts the pool). */
  assign(i: number, u: number, day: number, flags: number, due: number): void {
    const p = this.pool;
    this.give(u, p.arrival[i], p.deadline[i], p.effort[i], p.duty[i], flags, due);
    this.noteOwner(day - p.since[i], p.passes[i]);
    this.st.rec[u * NUM_METRICS + M.shared_wait_days] += day - p.since[i];
    p.gone[i] = 1;
  }

  /** Put a task in department u's shared queue and ledger (a whistle's call uses this directly). */
  give(u: number, arrival: number, deadline: number, effort: number, duty: number, flags: number, due: number): void {
    this.st.queues[u * NUM_KINDS + KIND.shared].push(arrival, deadline, effort);
    this.owned[u].push(arrival, due, effort, duty, flags);
    if (flags & OwnedLedger.URGENT) this.urgentHours[u] += effort;
    this.st.rec[u * NUM_METRICS + M.shared_assigned]++;
  }

  noteOwner(waited: number, passes: number): void {
    this.waitHist[waited < WAIT_BINS ? waited : WAIT_BINS - 1]++;
    this.passHist[passes < PASS_BINS ? passes : PASS_BINS - 1]++;
  }

  /** Book a task settled outside the departments (community, partners) on the county row. */
  settleOutside(day: number, arrival: number, deadline: number): void {
    const r = this.st.total * NUM_METRICS;
    this.st.rec[r + M.done_shared]++;
    this.st.rec[r + M.lead_days_shared] += day - arrival + 1;
    if (day > deadline) this.st.rec[r + M.late_shared]++;
  }

  /**
   * Watched tasks whose limit (a whistle's response limit, the centre's escalation limit) passed
   * before today: each stops being watched, counts against its department's assessment, and is
   * handed to `then(u, slot)`.
   */
  overdue(day: number, then: (u: number, slot: number) => void): void {
    for (let u = 0; u < this.st.D; u++) {
      const led = this.owned[u];
      for (let k = 0; k < led.size; k++) {
        const i = led.at(k);
        if (!(led.flags[i] & OwnedLedger.WATCHED) || led.due[i] >= day) continue;
        led.flags[i] &= ~(OwnedLedger.WATCHED | OwnedLedger.SCORED);
        this.assessment.record(u, false);
        then(u, i);
      }
    }
  }

  /** Mark an owned task urgent from today (a conference's ruling). */
  makeUrgent(u: number, idx: number): void {
    const led = this.owned[u];
    if (led.flags[idx] & OwnedLedger.URGENT) return;
    led.flags[idx] |= OwnedLedger.URGENT;
    this.urgentHours[u] += led.effort[idx];
  }

  /**
   * Opening of coordination each day: see which owned tasks the work phase finished yesterday and
   * score them; note whether anyone works today.
   */
  readonly begin: Phase<ModelState> = {
    name: 'coordination:begin',
    run: (st, day) => {
      let working = 0;
      for (let u = 0; u < st.D; u++) working += st.rec[u * NUM_METRICS + M.staff_working];
      this.workday = working > 0;
      for (let u = 0; u < st.D; u++) {
        const led = this.owned[u];
        const q = st.queues[u * NUM_KINDS + KIND.shared];
        while (led.size > q.size) {
          const i = led.at(0);
          const f = led.flags[i];
          if (f & OwnedLedger.URGENT) this.urgentHours[u] -= led.effort[i];
          if (f & OwnedLedger.SCORED) this.assessment.record(u, day - 1 <= led.due[i]);
          led.shift();
        }
        // Float dust from adding and subtracting efforts.
        if (led.size === 0 || this.urgentHours[u] < 0) this.urgentHours[u] = 0;
      }
    },
  };

  /** Close of coordination: hours owed to urgent tasks, tasks still waiting, scores and gains. */
  readonly finish: Phase<ModelState> = {
    name: 'coordination:finish',
    run: (st) => {
      // A hair over the sum of efforts, so that float drift in that running sum never leaves the last
      // urgent task a sliver short of done (the work phase caps what is owed at the work there is).
      for (let u = 0; u < st.D; u++) {
        if (this.urgentHours[u] > 0) st.mustOutput[u * NUM_KINDS + KIND.shared] += this.urgentHours[u] + 1e-6;
      }
      const r = st.total * NUM_METRICS;
      st.rec[r + M.shared_waiting] = this.pool.n;
      st.rec[r + M.open_shared] += this.outsideOpen;
      this.assessment.apply(st);
    },
  };
}
