import type { Phase } from '../engine/loop.js';
import { M, NUM_METRICS } from './record.js';
import { STATUS, type ModelState } from './state.js';

/**
 * Spot checks and deterrence. Each working person faces an unannounced check with the day's rate
 * (the campaign's while one runs); a check catches a shirker with the chance that they were away at
 * that moment (the shirked share of their day). Everyone's perceived check chance then moves toward
 * what their unit saw today, a catch counting `catchSalience` times as much as a check; a person caught
 * believes the rate to be at least `caughtBelief`. With inspections off there are no checks, and
 * perceived risk decays.
 */
export function makeInspection(st: ModelState): Phase<ModelState> {
  const seen = new Float64Array(st.U);
  return {
    name: 'inspection',
    run(st) {
      const s = st.scenario;
      const { rate: baseRate, learningRate, catchSalience, caughtBelief } = s.inspection;
      const rate = !s.mechanisms.inspection ? 0 : st.campaign ? st.campaign.inspectionRate : baseRate;
      const rng = st.streams.get('inspection');
      const rec = st.rec;
      seen.fill(0);
      for (let i = 0; i < st.N; i++) {
        if (st.status[i] !== STATUS.working || rate <= 0) continue;
        if (rng.next() >= rate) continue;
        const row = st.unit[i] * NUM_METRICS;
        rec[row + M.inspections]++;
        seen[st.unit[i]]++;
        const sched = st.scheduled[i];
        if (sched > 0 && rng.next() < st.hShirked[i] / sched) {
          rec[row + M.caught]++;
          seen[st.unit[i]] += catchSalience;
          if (st.risk[i] < caughtBelief) st.risk[i] = caughtBelief;
        }
      }
      for (let u = 0; u < st.U; u++) {
        const working = rec[u * NUM_METRICS + M.staff_working];
        seen[u] = working > 0 ? seen[u] / working : 0;
      }
      for (let i = 0; i < st.N; i++) {
        if (st.status[i] !== STATUS.working) continue;
        st.risk[i] += learningRate * (seen[st.unit[i]] - st.risk[i]);
        if (st.risk[i] > 1) st.risk[i] = 1;
      }
    },
  };
}
