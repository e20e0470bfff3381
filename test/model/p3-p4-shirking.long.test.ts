import { describe, expect, it } from 'vitest';
import { collectRun } from '../../sim/library/collect-run.js';
import type { ScenarioInput } from '../../sim/scenario/schema/index.js';
import { describe as describeValues } from '../../sim/metrics/stats.js';
import { caseA, deepCopy, mean, scenario, seedKeys, shareGreater } from './helpers.js';

const shirkIn = (s: ReturnType<typeof collectRun>['summary'], id: string) => s.windows.find((w) => w.id === id)!.county.shirk_rate!;

describe('P3: shirking rises from campaign 1 to campaign 3 and jumps when overtime pay stops', () => {
  it('in the full shipped case A: campaign 1 < 2 < 3 (paired 95% intervals), the biggest step at the pay ban, which is what makes it', () => {
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
    const step = (a: number[], b: number[]) => describeValues(b.map((x, i) => x - a[i]));
    const s12 = step(c1, c2), s23 = step(c2, c3), ban = step(c3Paid, c3);
    const ci = (d: typeof s12) => `${(100 * d.mean!).toFixed(2)} pp [${(100 * d.ci_low!).toFixed(2)}, ${(100 * d.ci_high!).toFixed(2)}]`;
    console.log(`P3 shirked share of working hours: campaign 1 ${pct(c1)}, campaign 2 ${pct(c2)}, campaign 3 ${pct(c3)} (with overtime still paid: ${pct(c3Paid)}); steps 1->2 ${ci(s12)}, 2->3 ${ci(s23)}, pay ban ${ci(ban)}`);
    expect(s12.ci_low!).toBeGreaterThan(0);
    expect(s23.ci_low!).toBeGreaterThan(0);
    // The jump: the step into the unpaid campaign is larger than the step before it, and the ban is what makes it.
    expect(s23.mean!).toBeGreaterThan(s12.mean!);
    expect(ban.ci_low!).toBeGreaterThan(0);
    expect(shareGreater(c3, c3Paid)).toBeGreaterThanOrEqual(0.95);
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
