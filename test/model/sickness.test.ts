import { describe, expect, it } from 'vitest';
import { collectRun } from '../../sim/library/collect-run.js';
import { simulate } from '../../sim/model/index.js';
import { STATUS } from '../../sim/model/state.js';
import { caseA, mean, scenario, seedKeys } from './helpers.js';

/**
 * Sickness acts as docs/ODD.md (7.2, 9) says, on the full shipped case A: no sick days in ordinary
 * weeks, about one per person per campaign, and the daily chance of falling sick rises with the
 * night's fatigue as maxDailyChance x (f - threshold) / (1 - threshold).
 */
describe('sickness (case A, full model)', () => {
  const s = scenario(caseA());

  it('no sick days before the campaigns; about one per person in each campaign (0.5 to 3)', () => {
    const runs = seedKeys(3).map((key) => collectRun(s, key, { daily: false }).summary);
    const perPerson = (id: string) => mean(runs.map((r) => r.windows.find((w) => w.id === id)!.county).map((c) => c.sick_staff_days / c.staff));
    console.log(`sick days per person: baseline ${perPerson('baseline').toFixed(3)}, campaigns ${['campaign-1', 'campaign-2', 'campaign-3'].map((c) => perPerson(c).toFixed(2)).join(', ')}`);
    expect(perPerson('baseline')).toBeLessThan(0.01);
    for (const c of ['campaign-1', 'campaign-2', 'campaign-3']) {
      expect(perPerson(c)).toBeGreaterThan(0.5);
      expect(perPerson(c)).toBeLessThan(3);
    }
  });

  it('the chance of a sick day follows the night\'s fatigue: none below the threshold, rising above it as the ODD\'s law says', () => {
    const { threshold, maxDailyChance } = s.staff.sickness;
    // Person-days not on rest, by the fatigue the person went to bed with: [days, sick days, sum of the law's chance].
    const bins = [0, threshold, 0.3, 0.4, 1.01];
    const tally = bins.slice(1).map(() => [0, 0, 0]);
    let last: Float64Array | null = null;
    for (const key of seedKeys(2)) {
      last = null;
      simulate(s, key, (_day, _rec, st) => {
        if (last) {
          for (let i = 0; i < st.N; i++) {
            if (st.status[i] === STATUS.resting) continue;
            const f = last[i];
            const b = bins.findIndex((lo, k) => f >= lo && f < bins[k + 1]);
            tally[b][0]++;
            if (st.status[i] === STATUS.sick) tally[b][1]++;
            tally[b][2] += f > threshold ? (maxDailyChance * (f - threshold)) / (1 - threshold) : 0;
          }
        }
        last = Float64Array.from(st.fatigue);
      });
    }
    const rate = tally.map(([n, sick]) => (n > 0 ? sick / n : 0));
    console.log(`sick-day rate by the night's fatigue ${bins.join(' | ')}: ${rate.map((r) => r.toFixed(4)).join(', ')} (person-days ${tally.map((t) => t[0]).join(', ')})`);
    expect(tally[0][0]).toBeGreaterThan(1000);
    expect(tally[0][1]).toBe(0);
    for (let b = 1; b < tally.length; b++) {
      const [n, sick, expected] = tally[b];
      expect(n).toBeGreaterThan(1000);
      // Binomial: observed sick days within 4 standard deviations of the law's expectation.
      expect(Math.abs(sick - expected)).toBeLessThan(4 * Math.sqrt(expected) + 1);
    }
    expect(rate[3]).toBeGreaterThan(rate[1]);
  });

  it('turning the mechanism off removes sick days', () => {
    const off = scenario({ ...caseA(), mechanisms: { sickness: false } });
    const w = collectRun(off, 'test/rep:0', { daily: false }).summary.windows.find((x) => x.id === 'overall')!.county;
    expect(w.sick_staff_days).toBe(0);
  });
});
