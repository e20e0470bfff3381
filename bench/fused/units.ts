import type { County } from './county.js';
import { COL, WIDTH } from './figures.js';
import { STREAM, type Stream } from './interface.js';
import type { Pile } from './queue.js';
import { effortTable } from './tables.js';

const C = COL;
/** Kinds of work a unit splits its output over; the third, shared work, never has any here (fits.ts) but still takes its place in the split's rounds. */
const KINDS = 3;

/**
 * The units' day: arrivals into their piles, the split of their pooled output over the piles (what is
 * owed to campaign work first, then in proportion to weight x open hours, a kind that runs dry passing
 * its share on), seconded staff's home output, lapses, policy reversals and a campaign's close.
 */
export class Units {
  private readonly regularStreams: Stream[];
  private readonly regularEfforts: Float64Array[];
  private readonly taskStreams: Stream[];
  private readonly taskEfforts: Float64Array[];
  private readonly reversals: Stream;
  private readonly sitting: Float64Array;
  /** Per unit and kind: the incentive weight. */
  private readonly weight: Float64Array;
  private readonly open = new Float64Array(KINDS);
  private readonly w = new Float64Array(KINDS);
  private readonly owed = new Float64Array(KINDS);
  private readonly give = new Float64Array(KINDS);

  constructor(private readonly c: County, unitIds: readonly string[]) {
    const s = c.s;
    this.regularStreams = s.departments.map((d) => c.streams.get(STREAM.arrivals(d.id)));
    this.regularEfforts = s.departments.map((d) => effortTable(d.regular.effortHours, d.regular.effortCv));
    this.taskStreams = unitIds.map((id) => c.streams.get(STREAM.campaignTasks(id)));
    this.taskEfforts = s.campaigns.map((k) => effortTable(k.tasks.effortHours, k.tasks.effortCv));
    this.reversals = c.streams.get(STREAM.reversals);
    this.sitting = new Float64Array(c.people.units);
    this.weight = new Float64Array(c.people.units * KINDS);
    s.departments.forEach((d, u) => {
      this.weight[u * KINDS] = d.incentives.regular * (1 + d.assessment.regular);
      this.weight[u * KINDS + 1] = d.incentives.campaign * (1 + d.assessment.campaign);
      this.weight[u * KINDS + 2] = d.incentives.shared * (1 + d.assessment.shared);
    });
    if (c.people.hq >= 0) this.weight[c.people.hq * KINDS + 1] = 1;
  }

  /** A campaign begins or ends today: nothing done since a reversal yet, and everyone reseated. */
  turn(day: number): void {
    const c = this.c;
    c.doneSinceReversal.fill(0);
    c.effortSinceReversal.fill(0);
    if (c.people.hq >= 0) c.people.seatFor(c.days.campaign[day]);
  }

  /** Regular items on official working days (per department); campaign tasks per unit by the people sitting there. */
  arrivals(day: number): void {
    const { c, sitting } = this;
    const { rows, piles } = c;
    const s = c.s;
    const workday = c.days.rest[day] === 0;
    if (workday) {
      for (let d = 0; d < s.departments.length; d++) {
        const spec = s.departments[d].regular;
        const stream = this.regularStreams[d];
        const n = stream.poisson(spec.itemsPerDay + spec.itemsPerStaffDay * c.people.headcount[d]);
        if (n > 0) piles[d * 2].arrive(n, day, day + spec.deadlineDays, this.regularEfforts[d], stream);
        rows[d * WIDTH + C.arrived_regular] += n;
      }
    }
    const ci = c.days.campaign[day];
    if (ci < 0) return;
    const k = s.campaigns[ci];
    if (!workday && !k.cancelRestDays) return;
    const { runs, runStart, runUnit, hq, units } = c.people;
    sitting.fill(0);
    for (let r = 0; r < runs; r++) sitting[runUnit[r]] += runStart[r + 1] - runStart[r];
    for (let u = 0; u < units; u++) {
      const stream = this.taskStreams[u];
      const n = stream.poisson(u === hq ? k.hqItemsPerStaffDay * sitting[u] : k.tasks.itemsPerDay + k.tasks.itemsPerStaffDay * sitting[u]);
      if (n > 0) piles[u * 2 + 1].arrive(n, day, day + k.tasks.deadlineDays, this.taskEfforts[ci], stream);
      rows[u * WIDTH + C.arrived_campaign] += n;
    }
  }

  /** Work `hours` off unit u's pile of kind k (0 regular, 1 campaign) and book what it finished. */
  private workPile(u: number, k: number, hours: number, day: number): number {
    const c = this.c;
    const pile: Pile = c.piles[u * 2 + k];
    const used = pile.work(hours, day);
    const row = u * WIDTH;
    c.rows[row + (k === 0 ? C.done_regular : C.done_campaign)] += pile.doneItems;
    c.rows[row + (k === 0 ? C.lead_days_regular : C.lead_days_campaign)] += pile.doneLeadDays;
    c.rows[row + (k === 0 ? C.late_regular : C.late_campaign)] += pile.doneLate;
    if (k === 1) {
      c.doneSinceReversal[u] += pile.doneItems;
      c.effortSinceReversal[u] += pile.doneEffort;
    }
    return used;
  }

  /** Each unit's split of its output over its piles; then seconded staff's home output on their home piles. */
  split(day: number): void {
    const { c, open, w, owed, give, weight } = this;
    const { output, toRegular, toCampaign, toIdle, rows, piles } = c;
    const share = c.days.campaignShare[day];
    const { hq, units, departments } = c.people;
    for (let u = 0; u < units; u++) {
      const budget = output[u];
      if (budget <= 0) {
        toRegular[u] = 0;
        toCampaign[u] = 0;
        toIdle[u] = 0;
        continue;
      }
      open[0] = piles[u * 2].hours;
      open[1] = piles[u * 2 + 1].hours;
      open[2] = 0;
      for (let k = 0; k < KINDS; k++) w[k] = weight[u * KINDS + k];
      owed[0] = 0;
      owed[1] = u !== hq ? share * budget : 0;
      owed[2] = 0;
      const used = waterFill(budget, open, w, owed, give);
      toRegular[u] = give[0] / budget;
      toCampaign[u] = give[1] / budget;
      if (give[0] > 0) this.workPile(u, 0, give[0], day);
      if (give[1] > 0) this.workPile(u, 1, give[1], day);
      toIdle[u] = 1 - used / budget;
      rows[u * WIDTH + C.output_hours] += used;
    }
    for (let d = 0; d < departments; d++) {
      const L = c.homeOutput[d];
      if (L <= 0) {
        c.homeUsed[d] = 0;
        continue;
      }
      const used = this.workPile(d, 0, Math.min(L, piles[d * 2].hours), day);
      c.homeUsed[d] = used / L;
      rows[d * WIDTH + C.output_hours] += used;
    }
  }

  /** Regular items open lapseDays past their deadline are dropped undone. */
  lapse(day: number): void {
    const c = this.c;
    c.s.departments.forEach((d, u) => {
      if (d.regular.lapseDays === null) return;
      const n = c.piles[u * 2].dropDueBefore(day - d.regular.lapseDays);
      if (n > 0) {
        c.rows[u * WIDTH + C.lapsed_regular] += n;
        c.lapsedSoFar[u] += n;
      }
    });
  }

  /** While a campaign runs, a policy reversal on a day with chance perMonth / 30 throws away part of the work done since the last. */
  reversal(day: number): void {
    const c = this.c;
    const ci = c.days.campaign[day];
    if (ci < 0 || !c.s.mechanisms.reversals) return;
    const k = c.s.campaigns[ci];
    if (k.reversals.perMonth <= 0 || this.reversals.next() >= k.reversals.perMonth / 30) return;
    const { discardShare, reissueShare } = k.reversals;
    for (let u = 0; u < c.people.units; u++) {
      const row = u * WIDTH;
      c.rows[row + C.reversals] = 1;
      const done = c.doneSinceReversal[u];
      if (done <= 0) continue;
      const discarded = Math.round(discardShare * done);
      const each = c.effortSinceReversal[u] / done;
      c.rows[row + C.discarded_campaign] += discarded;
      c.rows[row + C.wasted_hours] += each * discarded;
      const reissued = Math.round(reissueShare * discarded);
      c.piles[u * 2 + 1].arriveAlike(reissued, day, day + k.tasks.deadlineDays, each);
      c.rows[row + C.reissued_campaign] += reissued;
      c.rows[row + C.arrived_campaign] += reissued;
      c.doneSinceReversal[u] = 0;
      c.effortSinceReversal[u] = 0;
    }
  }

  /** At the close of a campaign's last day its open tasks close unfinished. */
  campaignEnd(day: number): void {
    const c = this.c;
    if (!c.days.endsCampaign(day)) return;
    for (let u = 0; u < c.people.units; u++) c.rows[u * WIDTH + C.expired_campaign] += c.piles[u * 2 + 1].close();
  }
}

/**
 * Split `budget` hours over kinds: first what each is owed, as far as it has open work; the rest in
 * proportion to weight x open hours, in rounds, a kind without room passing its part on. Writes the
 * hours per kind into `give`; returns the hours used.
 */
function waterFill(budget: number, open: Float64Array, weight: Float64Array, owed: Float64Array, give: Float64Array): number {
  let left = budget;
  for (let k = 0; k < KINDS; k++) {
    let h = owed[k] < open[k] ? owed[k] : open[k];
    if (h > left) h = left;
    if (h < 0) h = 0;
    give[k] = h;
    left -= h;
  }
  for (let round = 0; round < KINDS && left > 1e-12; round++) {
    let total = 0;
    for (let k = 0; k < KINDS; k++) if (open[k] - give[k] > 1e-12) total += weight[k] * open[k];
    if (total <= 0) break;
    let spent = 0;
    for (let k = 0; k < KINDS; k++) {
      const room = open[k] - give[k];
      if (room <= 1e-12 || weight[k] <= 0) continue;
      let h = (left * weight[k] * open[k]) / total;
      if (h > room) h = room;
      give[k] += h;
      spent += h;
    }
    left -= spent;
  }
  return budget - left;
}
