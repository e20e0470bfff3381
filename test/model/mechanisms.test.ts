import { describe, expect, it } from 'vitest';
import { runDays } from '../../sim/engine/loop.js';
import { collectRun } from '../../sim/library/collect-run.js';
import { describe as describeValues } from '../../sim/metrics/stats.js';
import { build, M, NUM_METRICS } from '../../sim/model/index.js';
import { STATUS } from '../../sim/model/state.js';
import type { ScenarioInput } from '../../sim/scenario/schema/index.js';
import { caseA, deepCopy, mean, scenario, seedKeys, shareGreater } from './helpers.js';

// Each documented mechanism switched or varied, with the documented effect seen (docs/ODD.md §7).

const county = (over: Partial<ScenarioInput> = {}): ScenarioInput => ({
  name: 'mechanism',
  calendar: { start: '2020-01-06', days: 150 },
  departments: [
    { id: 'a', headcount: 30 },
    { id: 'b', headcount: 20 },
  ],
  campaigns: [{ id: 'drive', start: '2020-02-03', days: 100 }],
  ...over,
});
const win = (s: ReturnType<typeof collectRun>['summary'], id: string) => s.windows.find((w) => w.id === id)!.county;

describe('overtime: hours on cancelled rest days are overtime, and the pay ban acts on them', () => {
  it('a campaign of contracted-length days with rest days cancelled: unpaid overtime raises shirking', () => {
    const base = county({ campaigns: [{ id: 'drive', start: '2020-02-03', days: 100, hoursPerDay: 8, restDayHours: 8, cancelRestDays: true }] });
    const paid = scenario(base);
    const unpaid = deepCopy(base);
    unpaid.campaigns![0].overtimePaid = false;
    const sUnpaid = scenario(unpaid);
    const a = seedKeys(8).map((k) => win(collectRun(paid, k, { daily: false }).summary, 'drive').shirk_rate!);
    const b = seedKeys(8).map((k) => win(collectRun(sUnpaid, k, { daily: false }).summary, 'drive').shirk_rate!);
    // Only the rest-day hours are overtime here (the working day is the contracted 8 hours).
    expect(shareGreater(b, a)).toBe(1);
  });
});

describe('reversals cost capacity: discarded items are not done, and the work still needed comes back', () => {
  it('with reversals, fewer campaign items are kept done and more regular work is left undone', () => {
    const on = county();
    on.campaigns![0].reversals = { perMonth: 2, discardShare: 0.3 };
    const sOn = scenario(on);
    const sOff = scenario({ ...deepCopy(on), mechanisms: { reversals: false } });
    const kept: number[][] = [[], []];
    const regular: number[][] = [[], []];
    for (const key of seedKeys(10)) {
      [sOn, sOff].forEach((s, k) => {
        const w = win(collectRun(s, key, { daily: false }).summary, 'drive');
        kept[k].push(w.campaign_done);
        regular[k].push(w.regular_done);
        if (k === 0) {
          expect(w.campaign_reissued).toBeGreaterThan(0);
          expect(w.campaign_reissued).toBeLessThanOrEqual(w.campaign_discarded);
        }
      });
    }
    expect(shareGreater(kept[1], kept[0])).toBe(1);
    // Redoing reissued work takes hours from somewhere: regular work suffers too.
    expect(mean(regular[1])).toBeGreaterThan(mean(regular[0]));
  });
});

describe('war-weariness follows hours actually worked', () => {
  it('a long-hours campaign with no work to do leaves motivation where it was', () => {
    const idle = scenario(county({
      departments: [{ id: 'a', headcount: 20, regular: { itemsPerStaffDay: 0 } }],
      campaigns: [{ id: 'drive', start: '2020-02-03', days: 100, hoursPerDay: 12, tasks: { itemsPerStaffDay: 0 } }],
    }));
    const busy = scenario(county({
      departments: [{ id: 'a', headcount: 20, regular: { itemsPerStaffDay: 0 } }],
      campaigns: [{ id: 'drive', start: '2020-02-03', days: 100, hoursPerDay: 12, tasks: { itemsPerStaffDay: 3 } }],
    }));
    const motivationAt = (s: typeof idle, day: number) => {
      let m = 0;
      const { state, phases } = build(s, 'weariness');
      runDays(state, phases, 0, day + 1, (st, d) => {
        if (d === day) m = st.rec[st.total * NUM_METRICS + M.motivation_mean];
      });
      return m;
    };
    // Day 27: the day before the campaign; day 126: its last day.
    expect(motivationAt(idle, 126)).toBeCloseTo(motivationAt(idle, 27), 9);
    expect(motivationAt(busy, 126)).toBeLessThan(motivationAt(busy, 27) - 0.05);
  });
});

describe('the expected penalty in the shirking choice follows the law the inspections apply', () => {
  it('perceived expected penalty per shirked hour is within a factor 3 of what the checks impose', () => {
    const s = scenario(county({ campaigns: [{ id: 'drive', start: '2020-02-03', days: 100, inspectionRate: 0.05, overtimePaid: false }] }));
    let perceived = 0, shirked = 0, caught = 0;
    for (const key of seedKeys(4)) {
      const { state, phases } = build(s, key);
      runDays(state, phases, 0, state.days, (st) => {
        if (!st.campaign) return;
        for (let i = 0; i < st.N; i++) {
          if (st.status[i] !== STATUS.working || st.hShirked[i] <= 0) continue;
          // The check chance a person acted on today (risk is updated after the checks; close enough
          // over a hundred days) times the penalty, per scheduled hour: the catch law's marginal rate.
          perceived += (st.risk[i] * s.inspection.penalty * st.hShirked[i]) / st.scheduled[i];
          shirked += st.hShirked[i];
        }
        caught += st.rec[st.total * NUM_METRICS + M.caught];
      });
    }
    const felt = perceived / shirked;
    const imposed = (caught * s.inspection.penalty) / shirked;
    expect(caught).toBeGreaterThan(0);
    expect(felt / imposed).toBeGreaterThan(1 / 3);
    expect(felt / imposed).toBeLessThan(3);
  });
});

describe('the double load comes from home work that exists', () => {
  it('staff seconded from a department with no duties of its own work only the campaign day', () => {
    const s = scenario(county({
      departments: [
        { id: 'busy', headcount: 30 },
        { id: 'empty', headcount: 30, regular: { itemsPerStaffDay: 0 } },
      ],
      campaigns: [{ id: 'drive', start: '2020-02-03', days: 100, secondment: { total: 10, homeLeakShare: 0.3 } }],
    }));
    const { state, phases } = build(s, 'double-load');
    const extra = [0, 0];
    const days = [0, 0];
    runDays(state, phases, 0, state.days, (st, day) => {
      if (!st.campaign) return;
      const campaignDay = st.cal.restDay[day] === 1 ? st.campaign.restDayHours : st.campaign.hoursPerDay;
      for (let i = 0; i < st.N; i++) {
        if (st.unit[i] !== st.hq || st.status[i] !== STATUS.working) continue;
        extra[st.home[i]] += st.scheduled[i] - campaignDay;
        days[st.home[i]]++;
      }
    });
    expect(extra[1]).toBe(0);
    expect(extra[0] / days[0]).toBeGreaterThan(1);
  });
});

describe('incentive weights move effort in the shipped case A', () => {
  it('a department weight on campaign work of 4 rather than 0 takes regular work away in every campaign', () => {
    const variant = (w: number) => {
      const s = caseA();
      s.calendar = { ...s.calendar, days: 400 };
      s.departments = s.departments!.map((d) => ({ ...d, incentives: { regular: 1, campaign: w, shared: 1 } }));
      return scenario(s);
    };
    const low = variant(0), high = variant(4);
    for (const key of seedKeys(4)) {
      const a = collectRun(low, key, { daily: false }).summary;
      const b = collectRun(high, key, { daily: false }).summary;
      for (const id of ['campaign-1', 'campaign-2', 'campaign-3']) {
        console.log(`incentives ${key} ${id}: regular done ${win(a, id).regular_done} -> ${win(b, id).regular_done}, campaign share ${win(a, id).campaign_share_of_duty_hours} -> ${win(b, id).campaign_share_of_duty_hours}`);
        expect(win(b, id).regular_done).toBeLessThan(win(a, id).regular_done * 0.97);
        expect(win(b, id).campaign_share_of_duty_hours!).toBeGreaterThan(win(a, id).campaign_share_of_duty_hours!);
      }
    }
  });
});

describe('coordination costs displace duties', () => {
  const caseD = (policy: 'escalate-when-needed' | 'always-convene', itemsPerStaffDay: number): ScenarioInput => ({
    name: `case-d-${policy}`,
    calendar: { start: '2020-01-06', days: 200 },
    departments: Array.from({ length: 6 }, (_, d) => ({ id: `d${d}`, headcount: 12, regular: { itemsPerStaffDay } })),
    sharedDuties: [
      { id: 'safety', departments: ['d0', 'd1', 'd2'], itemsPerDay: 3 },
      { id: 'service', departments: ['d3', 'd4', 'd5'], itemsPerDay: 3 },
    ],
    coordination: { mechanism: 'command-centre', commandCentre: { policy, conferenceHours: 6 } },
  });
  it('with slack, meetings delay regular work; without slack, they cut it', () => {
    for (const [load, measure] of [[0.95, 'regular_lead_days_mean'], [1.4, 'regular_done']] as const) {
      const few = scenario(caseD('escalate-when-needed', load));
      const all = scenario(caseD('always-convene', load));
      const diff = seedKeys(10).map((k) => {
        const a = win(collectRun(few, k, { daily: false }).summary, 'overall');
        const b = win(collectRun(all, k, { daily: false }).summary, 'overall');
        expect(b.meeting_hours).toBeGreaterThan(a.meeting_hours);
        return (b[measure] as number) - (a[measure] as number);
      });
      const d = describeValues(diff);
      if (measure === 'regular_done') expect(d.ci_high!).toBeLessThan(0);
      else expect(d.ci_low!).toBeGreaterThan(0);
    }
  });
});
