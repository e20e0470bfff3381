import type { Phase } from '../../engine/loop.js';
import type { ModelState } from '../state.js';

/**
 * The coordination phases for the scenario's mechanism. They run after arrivals and before effort:
 * they may assign shared items to units, set hours a unit owes a kind of work today (`mustOutput`) and
 * meeting hours (`meetingDemand`). With `none` and no shared duties there is nothing to do.
 */
export function coordinationPhases(_st: ModelState): Phase<ModelState>[] {
  return [];
}
