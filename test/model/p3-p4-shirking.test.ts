import { describe, expect, it } from 'vitest';
import { collectRun } from '../../sim/metrics/collect.js';
import type { ScenarioInput } from '../../sim/scenario/schema/index.js';
import { caseA, deepCopy, mean, scenario, seedKeys, shareGreater } from './helpers.js';

const shirkIn = (s: ReturnType<typeof collectRun>['summary'], id: string) => s.windows.find((w) => w.id === id)!.county.shirk_rate!;

describe('P3: shirking rises from campaign 1 to campaign 3 and jumps when overtime pay stops', () => {
  it('campaign 3 > campaign 1 in at least 95% of replicates; the pay ban raises campaign 3 shirking', () => {
    const base = caseA();
    base.calendar = { ...base.calendar, days: 400 };
    const s = scenario(base);
    const paid = deepCopy(base);
    paid.campaigns![2].overtimePaid = true;
    const sPaid = scenario(paid);
    const c1: number[] = [];
    const c2: number[] = [];
    const c3: number[] = [];
    const c3Paid: number[] = [];
    for (const key of seedKeys()) {
      const a = collectRun(s, key, { daily: false }).summary;
      c1.push(shirkIn(a, 'campaign-1'));
      c2.push(shirkIn(a, 'campaign-2'));
      c3.push(shirkIn(a, 'campaign-3'));
      c3Paid.push(shirkIn(collectRun(sPaid, key, { daily: false }).summary, 'campaign-3'));
    }
    const pct = (xs: number[]) => `${(100 * mean(xs)).toFixed(1)}%`;
    console.log(`P3 shirking: campaign 1 ${pct(c1)}, campaign 2 ${pct(c2)}, campaign 3 ${pct(c3)} (with overtime still paid: ${pct(c3Paid)})`);
    expect(shareGreater(c3, c1)).toBeGreaterThanOrEqual(0.95);
    expect(shareGreater(c3, c3Paid)).toBeGreaterThanOrEqual(0.95);
    // The jump: the step into the unpaid campaign is larger than the step before it.
    expect(mean(c3) - mean(c2)).toBeGreaterThan(mean(c2) - mean(c1));
  });
});

describe('P4: stronger spot checks lower shirking, with diminishing returns', () => {
  it('shirking falls as the check rate rises, and each extra check buys less', () => {
    const rates = [0, 0.02, 0.04, 0.08, 0.16];
    const base: ScenarioInput = {
      name: 'p4',
      calendar: { start: '2020-01-06', days: 150 },
      departments: [
        { id: 'a', headcount: 30 },
        { id: 'b', headcount: 20 },
        { id: 'c', headcount: 10 },
      ],
      campaigns: [{ id: 'drive', start: '2020-02-03', days: 100, overtimePaid: false }],
    };
    const byRate = rates.map((rate) => {
      const s = deepCopy(base);
      s.campaigns![0].inspectionRate = rate;
      const sc = scenario(s);
      return seedKeys().map((key) => shirkIn(collectRun(sc, key, { daily: false }).summary, 'drive'));
    });
    const means = byRate.map(mean);
    console.log(`P4 shirking by check rate ${rates.join(', ')}: ${means.map((m) => `${(100 * m).toFixed(1)}%`).join(', ')}`);
    for (let k = 1; k < rates.length; k++) expect(shareGreater(byRate[k - 1], byRate[k])).toBeGreaterThanOrEqual(0.95);
    // Diminishing returns: the fall per unit of check rate shrinks from one step to the next.
    const slopes = means.slice(1).map((m, k) => (means[k] - m) / (rates[k + 1] - rates[k]));
    for (let k = 1; k < slopes.length; k++) expect(slopes[k]).toBeLessThan(slopes[k - 1]);
  });
});
