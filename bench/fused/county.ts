import { Days } from './days.js';
import { WIDTH } from './figures.js';
import { Streams, type Scenario } from './interface.js';
import { People } from './people.js';
import { Pile } from './queue.js';

/** What a person does today. */
export const WORKING = 0, RESTING = 1, SICK = 2;

/** Bins of the fatigue histograms on [0, 1] that give the 90th percentiles. */
export const FATIGUE_BINS = 200;

/**
 * Everything the reference's passes share: the people and what they carry from day to day, today's
 * per-person scratch between the morning and evening passes, the units' piles of work, and today's
 * rows (one per unit, the county's last; columns: figures.ts).
 */
export class County {
  readonly streams: Streams;
  readonly days: Days;
  readonly people: People;

  // Per person, carried from day to day.
  readonly fatigue: Float64Array;
  readonly motivation: Float64Array;
  /** Perceived chance of a spot check per working day. */
  readonly risk: Float64Array;
  /** Working days in a row. */
  readonly streak: Int32Array;

  // Per person, today.
  readonly status: Uint8Array;
  readonly scheduled: Float64Array;
  readonly shirked: Float64Array;
  /** Hours meant for work piles after reports and shirking; of them, a seconded person's home work. */
  readonly planned: Float64Array;
  readonly homePlanned: Float64Array;
  /** Share of today's output that was faulty. */
  readonly faulty: Float64Array;

  // Per unit.
  /** Index unit * 2 + kind (0 regular, 1 campaign). */
  readonly piles: Pile[];
  /** Today's output (fresh hours) pooled by the unit, and a seconded person's home output by department. */
  readonly output: Float64Array;
  readonly homeOutput: Float64Array;
  /** Share of a working person's pile hours that went to regular and campaign work, and idle. */
  readonly toRegular: Float64Array;
  readonly toCampaign: Float64Array;
  readonly toIdle: Float64Array;
  /** Per department: share of seconded staff's home hours that found work. */
  readonly homeUsed: Float64Array;
  /** Spot checks seen today (a catch weighing more), then per working person. */
  readonly seen: Float64Array;
  /** Campaign items finished since the last policy reversal, and the hours they needed. */
  readonly doneSinceReversal: Float64Array;
  readonly effortSinceReversal: Float64Array;
  readonly lapsedSoFar: Float64Array;
  /** Fatigue histograms: per unit, then the county's. */
  readonly bins: Int32Array[];

  readonly rows: Float64Array;

  constructor(readonly s: Scenario, seedKey: string) {
    this.streams = new Streams(seedKey);
    this.days = new Days(s);
    const people = new People(s, this.streams);
    this.people = people;
    const N = people.n, U = people.units;
    this.fatigue = new Float64Array(N);
    this.motivation = Float64Array.from(people.motivationBase);
    this.risk = new Float64Array(N).fill(s.inspection.initialPerceivedRate);
    this.streak = new Int32Array(N);
    this.status = new Uint8Array(N);
    this.scheduled = new Float64Array(N);
    this.shirked = new Float64Array(N);
    this.planned = new Float64Array(N);
    this.homePlanned = new Float64Array(N);
    this.faulty = new Float64Array(N);
    this.piles = [];
    for (let u = 0; u < U; u++) {
      const d = u < people.departments ? s.departments[u] : null;
      // A deadline's worth of arrivals fits from the start (growing a pile changes no result).
      const regular = d ? (d.regular.itemsPerDay + d.regular.itemsPerStaffDay * d.headcount) * d.regular.deadlineDays : 0;
      const campaign = Math.max(0, ...s.campaigns.map((c) => (d ? c.tasks.itemsPerDay + c.tasks.itemsPerStaffDay * d.headcount : c.hqItemsPerStaffDay * c.secondment.total) * c.tasks.deadlineDays));
      this.piles.push(new Pile(Math.min(1 << 15, Math.max(64, Math.ceil(regular)))), new Pile(Math.min(1 << 15, Math.max(64, Math.ceil(campaign)))));
    }
    this.output = new Float64Array(U);
    this.homeOutput = new Float64Array(people.departments);
    this.toRegular = new Float64Array(U);
    this.toCampaign = new Float64Array(U);
    this.toIdle = new Float64Array(U);
    this.homeUsed = new Float64Array(people.departments);
    this.seen = new Float64Array(U);
    this.doneSinceReversal = new Float64Array(U);
    this.effortSinceReversal = new Float64Array(U);
    this.lapsedSoFar = new Float64Array(U);
    this.bins = Array.from({ length: U + 1 }, () => new Int32Array(FATIGUE_BINS));
    this.rows = new Float64Array((U + 1) * WIDTH);
  }
}
