import { describe, expect, it } from 'vitest';
import { collectRun } from '../../sim/library/collect-run.js';
import { describe as describeValues } from '../../sim/metrics/stats.js';
import type { WindowStats } from '../../sim/metrics/summary.js';
import { caseA, scenario, seedKeys } from './helpers.js';

/**
 * The claims docs/ODD.md and docs/CALIBRATION.md make about the shipped defaults, checked on the full
 * shipped case A (every mechanism on) over 20 replicates: each claim's 95% interval must sit inside
 * its stated range. Long: it runs case A 20 times; `npm run test:long` (and CI) runs it.
 */
describe('face validity of the shipped defaults (case A, full model, 20 replicates)', () => {
  const s = scenario(caseA());
  const runs = seedKeys(20).map((k) => collectRun(s, k, { daily: false }).summary);
  const at = (id: string, f: (w: WindowStats) => number | null) => describeValues(runs.map((r) => f(r.windows.find((w) => w.id === id)!.county)!));
  const rows: string[] = [];
  const check = (claim: string, d: ReturnType<typeof describeValues>, lo: number, hi: number) => {
    rows.push(`| ${claim} | ${d.mean!.toFixed(3)} | [${d.ci_low!.toFixed(3)}, ${d.ci_high!.toFixed(3)}] | ${lo}–${hi} |`);
    expect(d.ci_low!).toBeGreaterThanOrEqual(lo);
    expect(d.ci_high!).toBeLessThanOrEqual(hi);
  };

  it('meets every claim with its 95% interval inside the stated range', () => {
    check('baseline load: duty share of scheduled hours (ODD 9: 70–80%)', at('baseline', (w) => w.duty_share_of_scheduled_hours), 0.7, 0.8);
    check('baseline shirking: share of working hours (ODD 9: 6–10%)', at('baseline', (w) => w.shirk_rate), 0.06, 0.1);
    for (const c of ['campaign-1', 'campaign-2', 'campaign-3']) {
      check(`${c}: campaign share of departments' duty hours (case A: more than half)`, at(c, (w) => w.campaign_share_of_duty_hours), 0.5, 1);
    }
    const backlog = describeValues(runs.map((r) => r.recovery.find((x) => x.campaign === 'campaign-3')!.backlog_days!));
    const fatigue = describeValues(runs.map((r) => r.recovery.find((x) => x.campaign === 'campaign-3')!.fatigue_days!));
    check('P10: days to shed 90% of the extra backlog after campaign 3 (weeks: 14–182)', backlog, 14, 182);
    check('P10: days to shed 90% of the extra fatigue after campaign 3 (weeks: 14–182)', fatigue, 14, 182);
    // Work left undone (backlog + dropped) does not recover: dropped requests never come back (ODD 7.3).
    const undone = describeValues(runs.map((r) => r.recovery.find((x) => x.campaign === 'campaign-3')!.undone_cleared_share!));
    check('P10 on work left undone: share of the extra cleared by the end of the run (ODD 7.3: most of it never)', undone, 0, 0.5);
    for (const c of ['campaign-1', 'campaign-2', 'campaign-3']) {
      check(`${c}: sick days per person (ODD 7.2: about one)`, at(c, (w) => w.sick_staff_days / w.staff), 0.5, 2);
    }
    console.log(`| claim | mean | 95% CI | range |\n|---|---|---|---|\n${rows.join('\n')}`);
  });
});
