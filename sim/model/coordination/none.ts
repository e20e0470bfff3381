import type { Phase } from '../../engine/loop.js';
import type { ModelState } from '../state.js';
import { ClaimOrPass } from './claims.js';
import type { SharedWork } from './shared-work.js';

/** No coordination (case B as found): departments claim or pass shared work by themselves. */
export function makeNone(st: ModelState, work: SharedWork): Phase<ModelState> {
  const claims = new ClaimOrPass(st, work);
  return {
    name: 'coordination:none',
    run(_st, day) {
      claims.run(day);
      work.pool.compact();
    },
  };
}
