import type { Phase } from '../../engine/loop.js';
import { compileFormula, type Formula } from '../../engine/formula.js';
import type { Stream } from '../../engine/rng.js';
import { RATE_VARIABLES } from '../arrivals.js';
import { M, NUM_METRICS } from '../record.js';
import type { ModelState } from '../state.js';
import { SharedPool } from './pool.js';
import type { SharedWork } from './shared-work.js';

/**
 * Shared problems arise on official working days, each duty from its own random stream that nothing
 * else draws from: two scenarios that differ only in how they coordinate see the same problems, on the
 * same days, of the same size (common random numbers). Each enters the pool as one task without an
 * owner, marked new for the mechanism's first look.
 */
export function makeProblems(st: ModelState, work: SharedWork): Phase<ModelState> {
  const duties = st.scenario.sharedDuties;
  const streams: Stream[] = duties.map((d) => st.streams.get(`shared-arrivals:${d.id}`));
  const formulas: (Formula | null)[] = duties.map((d) => (d.rateFormula ? compileFormula(d.rateFormula, RATE_VARIABLES) : null));
  const scope = new Map<string, number>();
  // Lognormal effort with the duty's mean and coefficient of variation.
  const sigma = duties.map((d) => Math.sqrt(Math.log(1 + d.effortCv * d.effortCv)));
  const mu = duties.map((d, k) => Math.log(d.effortHours) - (sigma[k] * sigma[k]) / 2);
  return {
    name: 'coordination:problems',
    run(st, day) {
      if (st.cal.restDay[day] === 1) return;
      scope.set('day', day).set('weekday', st.cal.weekday[day]).set('month', st.cal.month[day]).set('campaign', st.campaign ? 1 : 0);
      const r = st.total * NUM_METRICS;
      for (let k = 0; k < duties.length; k++) {
        const d = duties[k];
        const f = formulas[k];
        const rng = streams[k];
        const mult = f ? f(scope) : 1;
        const n = rng.poisson(d.itemsPerDay * (mult > 0 ? mult : 0)); // a NaN multiplier counts as 0
        for (let j = 0; j < n; j++) {
          const effort = sigma[k] > 0 ? Math.exp(mu[k] + sigma[k] * rng.normal()) : d.effortHours;
          work.pool.push(day, day + d.deadlineDays, effort, k, day, 0, SharedPool.NEW);
        }
        st.rec[r + M.shared_problems] += n;
        st.rec[r + M.arrived_shared] += n;
      }
    },
  };
}
