import type { Scenario } from '../scenario/schema/index.js';
import { KIND, NUM_KINDS } from './record.js';

/** Largest start: a queue that needs more grows (a lapse-free backlog can reach any size). */
const MOST_SLOTS = 1 << 15;

/**
 * Starting slots of each unit's work queues (index unit * NUM_KINDS + kind): a deadline's worth of
 * the unit's expected arrivals, which its queue holds in an ordinary week. A queue that started at
 * 64 slots doubled up to 10 times during the first run (the large county's: to 8192 and more), each
 * time a set of new arrays for V8 to allocate and its collector to sweep (the first run's
 * queue growth, about 20-30 ms of CPU there). The start changes no result: a queue's items are the
 * same whatever its ring's size. Shared duties start small (a few items a day over the county).
 */
export function queueSlots(scenario: Scenario, headcount: Int32Array, hq: number, U: number): number[] {
  const slots = new Array<number>(U * NUM_KINDS).fill(64);
  const size = (perDay: number, deadlineDays: number) => Math.min(MOST_SLOTS, Math.max(64, Math.ceil(perDay * deadlineDays)));
  scenario.departments.forEach((d, u) => {
    slots[u * NUM_KINDS + KIND.regular] = size(d.regular.itemsPerDay + d.regular.itemsPerStaffDay * headcount[u], d.regular.deadlineDays);
    for (const c of scenario.campaigns) {
      const at = u * NUM_KINDS + KIND.campaign;
      slots[at] = Math.max(slots[at], size(c.tasks.itemsPerDay + c.tasks.itemsPerStaffDay * headcount[u], c.tasks.deadlineDays));
    }
  });
  if (hq >= 0) {
    for (const c of scenario.campaigns) {
      const at = hq * NUM_KINDS + KIND.campaign;
      slots[at] = Math.max(slots[at], size(c.hqItemsPerStaffDay * c.secondment.total, c.tasks.deadlineDays));
    }
  }
  return slots;
}
