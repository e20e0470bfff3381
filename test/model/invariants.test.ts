import { describe, expect, it } from 'vitest';
import { Stream } from '../../sim/engine/rng.js';
import { build, M, METRICS, NUM_METRICS } from '../../sim/model/index.js';
import { runDays } from '../../sim/engine/loop.js';
import { NUM_KINDS } from '../../sim/model/record.js';
import { ALL_HOURS, HOUR_USE_NAMES, HOUR_USES } from '../../sim/measures/hour-uses.js';
import { scenario } from './helpers.js';
import type { ScenarioInput } from '../../sim/scenario/schema/index.js';

/** A random but valid scenario: a few departments, one or two campaigns with random settings. */
function randomScenario(r: Stream, k: number): ScenarioInput {
  const pick = <T>(xs: T[]) => xs[Math.floor(r.next() * xs.length)];
  const D = 2 + Math.floor(r.next() * 5);
  const campaigns: NonNullable<ScenarioInput['campaigns']> = [];
  const nCamp = Math.floor(r.next() * 3);
  for (let c = 0; c < nCamp; c++) {
    campaigns.push({
      id: `c${c}`,
      start: c === 0 ? '2020-02-03' : '2020-05-04',
      days: 40 + Math.floor(r.next() * 40),
      minEffortShare: r.next() * 0.9,
      hoursPerDay: 8 + r.next() * 5,
      cancelRestDays: r.next() < 0.5,
      overtimePaid: r.next() < 0.5,
      inspectionRate: r.next() * 0.2,
      reportingHours: r.next() * 2,
      villageDays: pick([[], ['tue', 'thu'], ['sat']]),
      secondment: { total: Math.floor(r.next() * 10), rule: pick(['proportional', 'equal', 'skilled'] as const), minPerDepartment: Math.floor(r.next() * 2), homeLeakShare: r.next() * 0.5 },
      reversals: { perMonth: r.next() * 4, discardShare: r.next() },
    });
  }
  return {
    name: `random-${k}`,
    calendar: { start: '2020-01-06', days: 200, holidays: ['2020-01-24', '2020-04-06'] },
    staff: { hoursPerDay: 7 + r.next() * 2, sickness: { threshold: 0.05, maxDailyChance: 0.2 } },
    inspection: { rate: r.next() * 0.05 },
    departments: Array.from({ length: D }, (_, d) => ({
      id: `d${d}`,
      headcount: 1 + Math.floor(r.next() * 30),
      regular: { itemsPerDay: r.next() * 2, itemsPerStaffDay: r.next() * 1.5, effortHours: 1 + r.next() * 8, effortCv: r.next(), deadlineDays: 1 + Math.floor(r.next() * 15) },
      incentives: { regular: r.next() * 2, campaign: r.next() * 2, shared: 1 },
    })),
    campaigns,
  };
}

describe('invariants on every tick of randomized runs', () => {
  it('hours add up, items are conserved, nothing is NaN, levels stay in bounds', () => {
    const r = new Stream('invariants');
    for (let k = 0; k < 12; k++) {
      const s = scenario(randomScenario(r, k));
      const { state: st, phases } = build(s, `inv/${k}`);
      // Each person's hours by use (sim/measures/hour-uses.ts): a use the model books but the table
      // lacks, or one the table names but no phase sets, breaks the sums below.
      const PERSON_HOURS = HOUR_USE_NAMES.map((n) => st[HOUR_USES[n].person]);
      const arrived = new Float64Array(st.U);
      const doneNet = new Float64Array(st.U);
      const discarded = new Float64Array(st.U);
      const expired = new Float64Array(st.U);
      const lapsed = new Float64Array(st.U);
      runDays(st, phases, 0, st.days, (st, day) => {
        for (let i = 0; i < st.N; i++) {
          let sum = 0;
          for (const arr of PERSON_HOURS) {
            if (arr[i] < -1e-9) throw new Error(`day ${day} person ${i}: negative hours`);
            sum += arr[i];
          }
          if (Math.abs(sum - st.cap[i]) > 1e-9) throw new Error(`day ${day} person ${i}: hours ${sum} != capacity ${st.cap[i]}`);
          if (!(st.fatigue[i] >= 0 && st.fatigue[i] <= 1)) throw new Error(`fatigue out of [0,1]: ${st.fatigue[i]}`);
          if (!(st.motivation[i] >= 0 && st.motivation[i] <= 1)) throw new Error('motivation out of [0,1]');
          if (!(st.risk[i] >= 0 && st.risk[i] <= 1)) throw new Error('perceived risk out of [0,1]');
        }
        for (let x = 0; x < st.rec.length; x++) {
          if (!Number.isFinite(st.rec[x])) throw new Error(`day ${day}: ${METRICS[x % NUM_METRICS]} is ${st.rec[x]}`);
        }
        for (let u = 0; u < st.U; u++) {
          const row = u * NUM_METRICS;
          arrived[u] += st.rec[row + M.arrived_regular] + st.rec[row + M.arrived_campaign] + st.rec[row + M.arrived_shared];
          discarded[u] += st.rec[row + M.discarded_campaign];
          doneNet[u] += st.rec[row + M.done_regular] + st.rec[row + M.done_campaign] + st.rec[row + M.done_shared] - st.rec[row + M.discarded_campaign];
          expired[u] += st.rec[row + M.expired_campaign];
          lapsed[u] += st.rec[row + M.lapsed_regular];
          let open = 0;
          for (let q = 0; q < NUM_KINDS; q++) open += st.queues[u * NUM_KINDS + q].size;
          // Every item that arrived (reissued ones again) is done (and kept), open, thrown away by a
          // reversal, expired with its campaign, or lapsed.
          if (arrived[u] !== doneNet[u] + open + discarded[u] + expired[u] + lapsed[u]) {
            throw new Error(`day ${day} unit ${u}: arrived ${arrived[u]} != done ${doneNet[u]} + open ${open} + discarded ${discarded[u]} + expired ${expired[u]} + lapsed ${lapsed[u]}`);
          }
          // No unit finishes work nobody did: fresh hours finished (output) are at most its people's
          // planned hours at their best rate, and nothing is done on a day no one of it (nor one of
          // its seconded staff, for home work) was at work.
          let atWork = 0;
          for (let i = 0; i < st.N; i++) if (st.status[i] === 0 && (st.unit[i] === u || st.home[i] === u)) atWork += st.planned[i] * st.skill[i];
          if (st.rec[row + M.output_hours] > atWork + 1e-6) throw new Error(`day ${day} unit ${u}: output ${st.rec[row + M.output_hours]} > hours its people could give ${atWork}`);
          const done = st.rec[row + M.done_regular] + st.rec[row + M.done_campaign] + st.rec[row + M.done_shared];
          if (atWork === 0 && done > 0) throw new Error(`day ${day} unit ${u}: ${done} items done with nobody at work`);
        }
        // Phases book each unit's hours as they set each person's: the rows must equal the people's
        // sums, and hours by use add up to capacity on every row.
        const PERSON = { ...Object.fromEntries(HOUR_USE_NAMES.map((n) => [HOUR_USES[n].metric, st[HOUR_USES[n].person]])), hours_capacity: st.cap };
        const byUnit = new Float64Array(st.U * NUM_METRICS);
        const working = new Float64Array(st.U);
        for (let i = 0; i < st.N; i++) {
          for (const [m, arr] of Object.entries(PERSON)) byUnit[st.unit[i] * NUM_METRICS + M[m as keyof typeof M]] += arr[i];
          if (st.status[i] === 0) working[st.unit[i]]++;
        }
        for (let u = 0; u <= st.U; u++) {
          const row = u * NUM_METRICS;
          let use = 0;
          for (const m of ALL_HOURS) {
            use += st.rec[row + M[m]];
            if (u < st.U && Math.abs(st.rec[row + M[m]] - byUnit[row + M[m]]) > 1e-6) throw new Error(`day ${day} unit ${u}: ${m} ${st.rec[row + M[m]]} != people's ${byUnit[row + M[m]]}`);
          }
          if (Math.abs(use - st.rec[row + M.hours_capacity]) > 1e-6) throw new Error(`day ${day} row ${u}: hours by use ${use} != capacity ${st.rec[row + M.hours_capacity]}`);
          if (u < st.U && st.rec[row + M.staff_working] !== working[u]) throw new Error(`day ${day} unit ${u}: staff_working ${st.rec[row + M.staff_working]} != ${working[u]}`);
        }
        // The county row adds up the units.
        const T = st.total * NUM_METRICS;
        let staff = 0;
        let hours = 0;
        for (let u = 0; u < st.U; u++) {
          staff += st.rec[u * NUM_METRICS + M.staff];
          hours += st.rec[u * NUM_METRICS + M.hours_capacity];
        }
        if (staff !== st.N || st.rec[T + M.staff] !== st.N) throw new Error('staff not conserved');
        if (Math.abs(st.rec[T + M.hours_capacity] - hours) > 1e-6) throw new Error('county hours do not add up');
      });
      expect(arrived.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    }
  });
});
