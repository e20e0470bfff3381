import type { Phase } from '../../engine/loop.js';
import type { ModelState } from '../state.js';
import { makeCommandCentre } from './command-centre.js';
import { makeNone } from './none.js';
import { makeOffice } from './office.js';
import { makePartners } from './partners.js';
import { makeProblems } from './problems.js';
import { SharedWork } from './shared-work.js';
import { makeWhistle } from './whistle.js';

export { SharedWork, WAIT_BINS, PASS_BINS } from './shared-work.js';

/** The shared work of each run that has any, for reading distributions after the run. */
const sharedWorkOf = new WeakMap<ModelState, SharedWork>();

/** The run's shared work (waits and passes per task, scores), or undefined when it has no shared duties. */
export function sharedWork(st: ModelState): SharedWork | undefined {
  return sharedWorkOf.get(st);
}

function mechanismPhase(st: ModelState, work: SharedWork): Phase<ModelState> {
  switch (st.scenario.coordination.mechanism) {
    case 'none':
      return makeNone(st, work);
    case 'office':
      return makeOffice(st, work);
    case 'whistle':
      return makeWhistle(st, work);
    case 'command-centre':
      return makeCommandCentre(st, work);
  }
}

/**
 * The coordination phases for the scenario's mechanism. They run after arrivals and before effort:
 * shared problems arise, yesterday's finished shared tasks are seen and scored, the mechanism hands
 * out waiting tasks (and sets hours a unit owes shared work first, `mustOutput`, and meeting hours,
 * `meetingDemand`), partners take what is left, and the day's levels are booked. With no shared duties
 * there is nothing to do.
 */
export function coordinationPhases(st: ModelState): Phase<ModelState>[] {
  if (st.scenario.sharedDuties.length === 0) return [];
  const work = new SharedWork(st);
  sharedWorkOf.set(st, work);
  const phases = [makeProblems(st, work), work.begin, mechanismPhase(st, work)];
  if (st.scenario.partners.length > 0) phases.push(makePartners(st, work));
  phases.push(work.finish);
  return phases;
}
