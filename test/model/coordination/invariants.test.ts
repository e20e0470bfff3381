import { describe, expect, it } from 'vitest';
import { simulate, M, NUM_METRICS } from '../../../sim/model/index.js';
import { Scenario } from '../../../sim/scenario/schema/index.js';
import { smallCounty } from './county.js';

const partners = [
  { id: 'villages', kind: 'village-committee' as const, duties: ['medical', 'housing'], hoursPerDay: 10, reliability: 0.7, afterDays: 1 },
  { id: 'ngo', kind: 'social-organisation' as const, duties: ['training'], hoursPerDay: 8, reliability: 0.9, afterDays: 0 },
];

const arms = {
  none: smallCounty({ mechanism: 'none' }),
  'weak office': smallCounty({ mechanism: 'office', office: { strength: 0.2 } }),
  'strong office': smallCounty({ mechanism: 'office', office: { strength: 0.9 } }),
  whistle: smallCounty({ mechanism: 'whistle', whistle: { share: 0.7 } }),
  'command centre': smallCounty({ mechanism: 'command-centre', commandCentre: { authority: 0.8, escalateAfterDays: 1 } }),
  'always convene': smallCounty({ mechanism: 'command-centre', commandCentre: { policy: 'always-convene' } }),
  'none with partners': smallCounty({ mechanism: 'none' }, { partners }),
};

describe('shared work is conserved and finite every day', () => {
  for (const [arm, scenario] of Object.entries(arms)) {
    it(arm, () => {
      let arrived = 0;
      let done = 0;
      let problems = 0;
      const bad: string[] = [];
      simulate(scenario, '3', (day, rec, st) => {
        const T = st.total * NUM_METRICS;
        arrived += rec[T + M.arrived_shared];
        done += rec[T + M.done_shared];
        problems += rec[T + M.shared_problems];
        const held = rec[T + M.open_shared] + rec[T + M.shared_waiting];
        if (arrived !== done + held) bad.push(`day ${day}: arrived ${arrived} != done ${done} + open ${rec[T + M.open_shared]} + waiting ${rec[T + M.shared_waiting]}`);
        for (let k = 0; k < (st.U + 1) * NUM_METRICS; k++) {
          if (!Number.isFinite(rec[k])) bad.push(`day ${day}: row ${Math.floor(k / NUM_METRICS)} metric ${k % NUM_METRICS} is ${rec[k]}`);
          if (rec[k] < -1e-9) bad.push(`day ${day}: row ${Math.floor(k / NUM_METRICS)} metric ${k % NUM_METRICS} is negative (${rec[k]})`);
        }
      });
      expect(bad.slice(0, 5)).toEqual([]);
      expect(problems).toBeGreaterThan(500);
      expect(done).toBeGreaterThan(0.8 * arrived);
    });
  }

  it('partners take and settle work, and hand some back', () => {
    let taken = 0, settled = 0, returned = 0;
    simulate(arms['none with partners'], '3', (_d, rec, st) => {
      const T = st.total * NUM_METRICS;
      taken += rec[T + M.partner_taken];
      settled += rec[T + M.partner_done];
      returned += rec[T + M.partner_returned];
    });
    expect(taken).toBeGreaterThan(50);
    expect(settled).toBeGreaterThan(returned);
    expect(returned).toBeGreaterThan(0);
  });
});

describe('common random numbers', () => {
  it('every mechanism sees the same shared problems on the same seed', () => {
    const daily = (s: Scenario) => {
      const out: number[] = [];
      simulate(s, '5', (_d, rec, st) => out.push(rec[st.total * NUM_METRICS + M.shared_problems]));
      return out;
    };
    const base = daily(arms.none);
    for (const s of Object.values(arms)) expect(daily(s)).toEqual(base);
  });

  it('a scenario without shared duties runs no coordination and books nothing shared', () => {
    const s = Scenario.parse({ name: 'plain', calendar: { days: 30 }, departments: [{ id: 'a', headcount: 5 }] });
    let any = 0;
    simulate(s, '1', (_d, rec, st) => {
      const T = st.total * NUM_METRICS;
      any += rec[T + M.shared_problems] + rec[T + M.arrived_shared] + rec[T + M.shared_waiting];
    });
    expect(any).toBe(0);
  });
});

describe('scenario checks for shared duties', () => {
  const base = {
    name: 'x',
    departments: [{ id: 'a', headcount: 5 }, { id: 'b', headcount: 5 }],
    sharedDuties: [{ id: 'd', departments: ['a', 'b'] }],
  };
  const messages = (input: object) => {
    const r = Scenario.safeParse(input);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('accepts a valid file', () => expect(messages(base)).toEqual([]));
  it('names an unknown department', () => {
    const m = messages({ ...base, sharedDuties: [{ id: 'd', departments: ['a', 'labour'] }] });
    expect(m.join('\n')).toMatch(/sharedDuties\.0\.departments\.1: .*"labour".*not in departments/);
  });
  it('names an unknown duty of a partner', () => {
    const m = messages({ ...base, partners: [{ id: 'p', kind: 'enterprise', duties: ['nope'], hoursPerDay: 4 }] });
    expect(m.join('\n')).toMatch(/partners\.0\.duties\.0: .*"nope"/);
  });
  it('refuses a mechanism with nothing to coordinate', () => {
    const m = messages({ ...base, sharedDuties: [], coordination: { mechanism: 'whistle' } });
    expect(m.join('\n')).toMatch(/coordination\.mechanism: .*no sharedDuties/);
  });
});
