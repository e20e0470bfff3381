import { describe, expect, it } from 'vitest';
import { collectRun } from '../../sim/metrics/collect.js';
import { describe as describeValues } from '../../sim/metrics/stats.js';
import { simulate, M, NUM_METRICS } from '../../sim/model/index.js';
import type { ScenarioInput } from '../../sim/scenario/schema/index.js';
import { caseA, deepCopy, mean, scenario, seedKeys, shareGreater } from './helpers.js';

describe('P5: wasted effort grows with the rate of policy reversal', () => {
  it('wasted hours rise with reversals per month', () => {
    const rates = [0, 0.5, 1, 2, 4];
    const base: ScenarioInput = {
      name: 'p5',
      calendar: { start: '2020-01-06', days: 150 },
      departments: [
        { id: 'a', headcount: 30 },
        { id: 'b', headcount: 15 },
      ],
      campaigns: [{ id: 'drive', start: '2020-02-03', days: 100, secondment: { total: 6 } }],
    };
    const wasted = rates.map((perMonth) => {
      const s = deepCopy(base);
      s.campaigns![0].reversals = { perMonth, discardShare: 0.3 };
      const sc = scenario(s);
      return seedKeys().map((key) => collectRun(sc, key, { daily: false }).summary.windows.find((w) => w.id === 'drive')!.county.wasted_hours);
    });
    console.log(`P5 wasted hours by reversals per month ${rates.join(', ')}: ${wasted.map((w) => mean(w).toFixed(0)).join(', ')}`);
    expect(mean(wasted[0])).toBe(0);
    for (let k = 1; k < rates.length; k++) expect(mean(wasted[k])).toBeGreaterThan(mean(wasted[k - 1]));
    // Paired (same seeds): the extra waste of frequent over rare reversals has a 95% interval above 0.
    // (Waste saturates as reversals get frequent, since each one discards a share of the work done
    // since the last; at low rates it swings with when the last reversal falls.)
    const diff = describeValues(wasted[4].map((w, i) => w - wasted[1][i]));
    expect(diff.ci_low!).toBeGreaterThan(0);
    expect(shareGreater(wasted[4], wasted[1])).toBeGreaterThanOrEqual(0.8);
  });
});

/** Weekly output (fresh-work hours) per person at fixed daily hours, with plenty of work and no shirking. */
function weeklyOutput(hoursPerDay: number, restDays: ('sat' | 'sun')[], key: string): number {
  const s = scenario({
    name: 'p9',
    calendar: { start: '2020-01-06', days: 126, weekend: restDays },
    staff: { hoursPerDay },
    mechanisms: { shirking: false, sickness: false, inspection: false },
    departments: [{ id: 'works', headcount: 20, regular: { itemsPerStaffDay: 6 } }],
  });
  let out = 0;
  let days = 0;
  simulate(s, key, (day, rec, st) => {
    if (day < 56) return; // settle first
    out += rec[st.total * NUM_METRICS + M.output_hours];
    days++;
  });
  return out / 20 / (days / 7);
}

describe('P9: output per staff member in proportion to hours up to ~50 a week, then ever more slowly, flat in the 60s', () => {
  it('matches the hours-output curve, and taking away the rest day adds nothing', () => {
    const keys = seedKeys();
    const curve = (h: number, rest: ('sat' | 'sun')[] = ['sun']) => mean(keys.map((k) => weeklyOutput(h, rest, k)));
    const hours = [7, 8, 9, 10, 11, 12];
    const out = hours.map((h) => curve(h)); // six-day weeks: 42 .. 72 hours
    console.log(`P9 weekly output at ${hours.map((h) => 6 * h).join(', ')} h/week: ${out.map((o) => o.toFixed(1)).join(', ')}`);
    // Proportional up to ~48 h: output per hour the same at 42 and 48 hours (within 1%).
    expect(Math.abs(out[1] / 48 / (out[0] / 42) - 1)).toBeLessThan(0.01);
    // Then each extra 6 hours adds less than the last.
    const gains = out.slice(1).map((o, k) => o - out[k]);
    for (let k = 2; k < gains.length; k++) expect(gains[k]).toBeLessThan(gains[k - 1]);
    // Still rising into the low 60s, flat by the late 60s / 70s (under 1% per extra 6 hours).
    expect(out[3]).toBeGreaterThan(out[2] * 1.01);
    expect(Math.abs(out[5] - out[4]) / out[4]).toBeLessThan(0.01);
    // A seventh working day at the same daily hours yields no more than six days do.
    for (const h of [9, 10]) {
      const seven = curve(h, []);
      console.log(`P9 ${h} h a day: six days ${curve(h).toFixed(1)}, seven days ${seven.toFixed(1)}`);
      expect(seven).toBeLessThanOrEqual(curve(h) * 1.01);
    }
  });
});

describe('P10: after a campaign, regular backlog and fatigue take weeks to recover', () => {
  it('both take at least two weeks to shed 90% of their excess after the last campaign, and do shed it', () => {
    const base = caseA();
    base.calendar = { ...base.calendar, days: 650 };
    const s = scenario(base);
    const backlog: number[] = [];
    const fatigue: number[] = [];
    for (const key of seedKeys()) {
      const rec = collectRun(s, key, { daily: false }).summary.recovery.find((r) => r.campaign === 'campaign-3')!;
      expect(rec.backlog_days).not.toBeNull();
      expect(rec.fatigue_days).not.toBeNull();
      backlog.push(rec.backlog_days!);
      fatigue.push(rec.fatigue_days!);
    }
    console.log(`P10 days to shed 90% of the excess after campaign 3: backlog ${mean(backlog).toFixed(0)} (min ${Math.min(...backlog)}), fatigue ${mean(fatigue).toFixed(0)} (min ${Math.min(...fatigue)})`);
    expect(Math.min(...backlog)).toBeGreaterThanOrEqual(14);
    expect(Math.min(...fatigue)).toBeGreaterThanOrEqual(14);
  });
});
