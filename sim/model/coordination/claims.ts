import type { Stream } from '../../engine/rng.js';
import type { Claims } from '../../scenario/schema/coordination.js';
import { M, NUM_METRICS } from '../record.js';
import type { ModelState } from '../state.js';
import type { SharedWork } from './shared-work.js';
import { CLAIM_RULE } from '../levers.js';

/**
 * How departments deal with unowned work when nobody assigns it (case B): each working day a waiting
 * task is offered to one listed department in turn; it claims the task with a chance that grows with
 * the weight it puts on shared work and shrinks with its backlog, or passes it to the next one. When
 * every listed department has passed, the task goes up to the superiors ("escalate rather than
 * negotiate"), who rule after some days and give it to the least loaded department; that ruling sticks.
 */
export class ClaimOrPass {
  private readonly p: Claims;
  private readonly rng: Stream;

  constructor(private readonly st: ModelState, private readonly work: SharedWork) {
    this.p = st.scenario.coordination.claims;
    this.rng = st.streams.get('coordination:claims');
  }

  /** Chance that department u claims a task offered to it today. */
  chance(u: number): number {
    // A head's standing order (decisions.ts): own every offer, or pass every one.
    const rule = this.st.claimRule[u];
    if (rule !== CLAIM_RULE.model) return rule === CLAIM_RULE.own ? 1 : 0;
    const c = (2 * this.p.claimChance * this.work.sharedPreference(u)) / (1 + this.p.loadSensitivity * this.work.backlogDays(u));
    return c < 1 ? c : 1;
  }

  /** One day of offers and rulings over the tasks still waiting (the caller compacts the pool). */
  run(day: number): void {
    if (!this.work.workday) return;
    const pool = this.work.pool;
    const rec = this.st.rec;
    for (let i = 0; i < pool.n; i++) {
      if (pool.gone[i]) continue;
      const list = this.work.listed[pool.duty[i]];
      if (pool.ruling[i] >= 0) {
        if (day >= pool.ruling[i]) this.work.assign(i, this.work.leastLoaded(pool.duty[i]), day, 0, 0);
        continue;
      }
      const u = list[pool.turn[i] % list.length];
      if (this.rng.next() < this.chance(u)) {
        this.work.assign(i, u, day, 0, 0);
        continue;
      }
      this.work.pass(i, u);
      pool.turn[i]++;
      if (pool.turn[i] % list.length === 0) {
        pool.ruling[i] = day + this.p.superiorDays;
        rec[u * NUM_METRICS + M.shared_escalations]++;
      }
    }
  }
}
