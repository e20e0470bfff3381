import { describe, expect, it } from 'vitest';
import { collectRun } from '../../sim/library/collect-run.js';
import { M } from '../../sim/model/index.js';
import { caseA, deepCopy, mean, scenario, seedKeys, shareGreater } from './helpers.js';

// Case A up to the end of campaign 3 (recovery is P10's business).
const base = caseA();
base.calendar = { ...base.calendar, days: 400 };
const withCampaigns = scenario(base);
const noCampaigns = scenario({ ...deepCopy(base), campaigns: [] });
const noLeak = (() => {
  const s = deepCopy(base);
  for (const c of s.campaigns ?? []) c.secondment = { ...c.secondment, homeLeakShare: 0 };
  return scenario(s);
})();

describe('P1: small departments lose a larger share of regular throughput under campaigns', () => {
  it('holds in at least 95% of 20 paired replicates (same regular arrivals with and without campaigns)', () => {
    const small: number[] = [];
    const large: number[] = [];
    for (const key of seedKeys()) {
      const a = collectRun(withCampaigns, key, { daily: true });
      const b = collectRun(noCampaigns, key, { daily: true });
      const loss = withCampaigns.departments.map((_, d) => {
        let done = 0;
        let counterfactual = 0;
        for (let day = 0; day < a.days; day++) {
          if (!a.campaignOfDay[day]) continue;
          done += a.daily!.get(day, d, M.done_regular);
          counterfactual += b.daily!.get(day, d, M.done_regular);
        }
        return 1 - done / counterfactual;
      });
      const hc = withCampaigns.departments.map((d) => d.headcount);
      small.push(mean(loss.filter((_, d) => hc[d] <= 10)));
      large.push(mean(loss.filter((_, d) => hc[d] >= 40)));
    }
    console.log(`P1 regular-throughput loss under campaigns: small departments ${(100 * mean(small)).toFixed(1)}%, large ${(100 * mean(large)).toFixed(1)}%, small > large in ${(100 * shareGreater(small, large)).toFixed(0)}% of pairs`);
    expect(mean(large)).toBeGreaterThan(0);
    expect(shareGreater(small, large)).toBeGreaterThanOrEqual(0.95);
  });
});

describe('P2: seconded staff who keep home duties work longer hours and tire more', () => {
  it('headquarters staff out-work and out-tire department staff, and the double load is what does it', () => {
    const hqHours: number[] = [];
    const deptHours: number[] = [];
    const hqFatigue: number[] = [];
    const deptFatigue: number[] = [];
    const hqHoursNoLeak: number[] = [];
    const hqFatigueNoLeak: number[] = [];
    for (const key of seedKeys()) {
      const a = collectRun(withCampaigns, key, { daily: false }).summary;
      const b = collectRun(noLeak, key, { daily: false }).summary;
      const camp = (s: typeof a) => s.windows.filter((w) => w.kind === 'campaign');
      const deptMean = (w: (typeof a.windows)[number], f: (x: (typeof w.units)[string]) => number) => {
        const ids = withCampaigns.departments.map((d) => d.id);
        const staff = ids.map((id) => w.units[id].staff);
        return ids.reduce((s, id, i) => s + f(w.units[id]) * staff[i], 0) / staff.reduce((x, y) => x + y, 0);
      };
      hqHours.push(mean(camp(a).map((w) => w.units.campaign_hq.worked_hours_per_staff_week)));
      hqFatigue.push(mean(camp(a).map((w) => w.units.campaign_hq.fatigue_mean)));
      deptHours.push(mean(camp(a).map((w) => deptMean(w, (u) => u.worked_hours_per_staff_week))));
      deptFatigue.push(mean(camp(a).map((w) => deptMean(w, (u) => u.fatigue_mean))));
      hqHoursNoLeak.push(mean(camp(b).map((w) => w.units.campaign_hq.worked_hours_per_staff_week)));
      hqFatigueNoLeak.push(mean(camp(b).map((w) => w.units.campaign_hq.fatigue_mean)));
    }
    console.log(`P2 hours/week: seconded ${mean(hqHours).toFixed(1)} (without home duties ${mean(hqHoursNoLeak).toFixed(1)}), department staff ${mean(deptHours).toFixed(1)}; fatigue: seconded ${mean(hqFatigue).toFixed(3)} (without ${mean(hqFatigueNoLeak).toFixed(3)}), department ${mean(deptFatigue).toFixed(3)}`);
    expect(shareGreater(hqHours, deptHours)).toBeGreaterThanOrEqual(0.95);
    expect(shareGreater(hqFatigue, deptFatigue)).toBeGreaterThanOrEqual(0.95);
    expect(shareGreater(hqHours, hqHoursNoLeak)).toBeGreaterThanOrEqual(0.95);
    expect(shareGreater(hqFatigue, hqFatigueNoLeak)).toBeGreaterThanOrEqual(0.95);
  });
});
