import type { Phase } from '../engine/loop.js';
import type { ModelState } from './state.js';

/**
 * Opens the day: clears the day's record, which every later phase adds into. Its own phase so that
 * no mechanism owns the record's life cycle.
 */
export const openDay: Phase<ModelState> = {
  name: 'open-day',
  run(st) {
    st.rec.fill(0);
  },
};
