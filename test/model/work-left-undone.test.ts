import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { summaryText } from '../../sim/cli/commands/run.js';
import { measureHeader } from '../../sim/cli/measure-table.js';
import { collectRun } from '../../sim/library/collect-run.js';
import { DAILY_MEASURES } from '../../sim/measures/daily-measures.js';
import { simulate, M, NUM_METRICS } from '../../sim/model/index.js';
import type { ScenarioInput } from '../../sim/scenario/schema/index.js';
import { caseA, mean, scenario, seedKeys } from './helpers.js';

/**
 * Issue 21, on the full shipped case A: regular work dropped undone (lapsed) never hides behind a
 * falling backlog; campaign items that expire are booked in their campaign's own window; passes count
 * hand-offs between departments only; the county's perceived risk is a staff-weighted mean.
 */
describe('work left undone (case A, full model)', () => {
  const s = scenario(caseA());
  const runs = seedKeys(5).map((key) => collectRun(s, key, { daily: false }).summary);

  it('work left undone = backlog + every item dropped so far, and regular items are conserved: arrived - done = left undone', () => {
    for (const summary of runs) {
      const ws = summary.windows.filter((w) => w.kind !== 'overall');
      let arrived = 0, done = 0, dropped = 0;
      for (const w of ws) {
        arrived += w.county.regular_arrived;
        done += w.county.regular_done;
        dropped += w.county.regular_lapsed;
        expect(w.county.regular_undone_end).toBe(w.county.regular_backlog_end + dropped);
        expect(w.county.regular_undone_end).toBeCloseTo(arrived - done, 6);
      }
    }
  });

  it('from the end of campaign 1 to the end of campaign 2 the backlog falls while work left undone rises; requests are dropped in every campaign after the first', () => {
    const at = (id: string, k: 'regular_backlog_end' | 'regular_undone_end' | 'regular_lapsed') => mean(runs.map((r) => r.windows.find((w) => w.id === id)!.county[k]));
    console.log(`case A backlog c1 -> c2: ${at('campaign-1', 'regular_backlog_end').toFixed(0)} -> ${at('campaign-2', 'regular_backlog_end').toFixed(0)}; left undone ${at('campaign-1', 'regular_undone_end').toFixed(0)} -> ${at('campaign-2', 'regular_undone_end').toFixed(0)}`);
    expect(at('campaign-2', 'regular_backlog_end')).toBeLessThan(at('campaign-1', 'regular_backlog_end'));
    expect(at('campaign-2', 'regular_undone_end') - at('campaign-1', 'regular_undone_end')).toBeGreaterThan(10_000);
    expect(at('campaign-2', 'regular_lapsed')).toBeGreaterThan(0);
    expect(at('campaign-3', 'regular_lapsed')).toBeGreaterThan(0);
  });

  it('P10 is reported on work left undone too: after campaign 3 the backlog clears, but work left undone mostly does not (dropped requests never come back)', () => {
    for (const summary of runs) {
      const r = summary.recovery.find((x) => x.campaign === 'campaign-3')!;
      expect(r.backlog_cleared_share!).toBeGreaterThan(0.9);
      expect(r.undone_cleared_share!).toBeLessThan(0.5);
      expect(r.undone_days).toBeNull();
    }
  });

  it('the run screen shows dropped work and work left undone beside the backlog, and recovery of work left undone', () => {
    const text = summaryText(runs[0]);
    for (const k of ['regular_backlog_end', 'regular_lapsed', 'regular_undone_end'] as const) {
      for (const line of measureHeader(k).split('\n')) expect(text).toContain(line);
    }
    expect(text).toMatch(/after campaign-3: .*work left undone/);
  });
});

describe('book-keeping (full model)', () => {
  it('expired campaign items are booked in their campaign\'s own window, never in the gap or after it', () => {
    const s = scenario(caseA());
    const { summary } = collectRun(s, 'test/rep:0', { daily: false });
    for (const w of summary.windows) {
      if (w.kind === 'campaign') expect(w.county.campaign_expired).toBeGreaterThan(0);
      else if (w.kind !== 'overall') expect(w.county.campaign_expired).toBe(0);
    }
  });

  it('passes are hand-offs between departments: they fall as the office grows stronger; an office\'s hand-backs are counted apart', () => {
    const base = parse(readFileSync(new URL('../../scenarios/case-b-weak-office.yaml', import.meta.url), 'utf8')) as ScenarioInput;
    const strengths = [0, 0.25, 0.5, 0.75, 1];
    const per = strengths.map((strength) => {
      const sc = scenario({ ...base, coordination: { ...base.coordination, mechanism: 'office', office: { strength } } });
      const ws = seedKeys(3).map((key) => collectRun(sc, key, { daily: false }).summary.windows.find((w) => w.id === 'overall')!.county);
      return { passes: mean(ws.map((w) => w.shared_passes / w.shared_arrived)), handbacks: mean(ws.map((w) => w.shared_handbacks)) };
    });
    console.log(`case B passes per shared task by office strength ${strengths.join(', ')}: ${per.map((p) => p.passes.toFixed(3)).join(', ')}`);
    for (let k = 1; k < per.length; k++) expect(per[k].passes).toBeLessThanOrEqual(per[k - 1].passes);
    expect(per[0].handbacks).toBe(0);
    expect(per[2].handbacks).toBeGreaterThan(0);
    expect(per[4].handbacks).toBe(0);
  });

  it('the county\'s perceived risk is the staff-weighted mean of the units\', and the registry says so', () => {
    expect(DAILY_MEASURES.perceived_risk_mean.overUnits).toBe('mean over people');
    const s = scenario(caseA());
    let checked = 0;
    simulate(s, 'test/risk', (day, rec, st) => {
      if (day % 50 !== 0) return;
      let weighted = 0;
      for (let u = 0; u < st.U; u++) weighted += rec[u * NUM_METRICS + M.perceived_risk_mean] * rec[u * NUM_METRICS + M.staff];
      const T = st.total * NUM_METRICS;
      expect(rec[T + M.perceived_risk_mean]).toBeCloseTo(weighted / rec[T + M.staff], 12);
      checked++;
    });
    expect(checked).toBeGreaterThan(5);
  });
});
