import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { collectRun } from '../../sim/library/collect-run.js';
import { M } from '../../sim/model/index.js';
import type { HeadDecision } from '../../sim/scenario/schema/decisions.js';
import type { ScenarioInput } from '../../sim/scenario/schema/index.js';
import { parseScenario } from '../../sim/scenario/text.js';
import { deepCopy, scenario } from './helpers.js';

const shipped = (name: string) => parse(readFileSync(new URL(`../../scenarios/${name}.yaml`, import.meta.url), 'utf8')) as ScenarioInput;
const TEACH = shipped('teach-county');

/** Sum of one metric of one unit over days [from, to). */
function total(data: ScenarioInput, unit: string, metric: number, from = 0, to = Infinity): number {
  const r = collectRun(scenario(data), 'dec/rep:0', { daily: true });
  const row = r.units.indexOf(unit);
  let s = 0;
  for (let d = from; d < Math.min(to, r.days); d++) s += r.daily!.get(d, row, metric);
  return s;
}

function withDecisions(base: ScenarioInput, decisions: Partial<HeadDecision>[]): ScenarioInput {
  return { ...deepCopy(base), decisions: decisions as HeadDecision[] };
}

/** The daily table as bytes, to compare runs bit for bit. */
function bytes(data: ScenarioInput, seedKey = 'dec/rep:0'): Buffer {
  const r = collectRun(scenario(data), seedKey, { daily: true });
  const rows = r.units.length + 1;
  const out: number[] = [];
  for (let d = 0; d < r.days; d++) for (let u = 0; u < rows; u++) out.push(...r.daily!.row(d, u));
  return Buffer.from(Float64Array.from(out).buffer);
}

// The campaign runs days 91..180 of teach-county (2017-04-03, 90 days): weeks 13..25.
const CAMPAIGN_WEEK = 14;
const from = CAMPAIGN_WEEK * 7;
const to = 180;

describe('department heads\' decisions', () => {
  it('neutral decisions change no bit of any day of any unit', () => {
    const neutral = ['agriculture', 'education', 'audit', 'archives'].map((department, i) => ({ week: i * 3, department }));
    expect(bytes(withDecisions(TEACH, neutral)).equals(bytes(TEACH))).toBe(true);
  });

  it('more weight on campaign work moves hours from regular duties to the campaign', () => {
    const dec = withDecisions(TEACH, [{ week: CAMPAIGN_WEEK, department: 'education', campaignWeight: 4 }]);
    expect(total(dec, 'education', M.hours_campaign, from, to)).toBeGreaterThan(total(TEACH, 'education', M.hours_campaign, from, to) * 1.05);
    expect(total(dec, 'education', M.hours_regular, from, to)).toBeLessThan(total(TEACH, 'education', M.hours_regular, from, to));
    // Before the decision's week nothing differs.
    expect(total(dec, 'education', M.hours_regular, 0, from)).toBe(total(TEACH, 'education', M.hours_regular, 0, from));
  });

  it('extra secondment mid-campaign sends that many more people, and they come home when it ends', () => {
    const dec = withDecisions(TEACH, [{ week: CAMPAIGN_WEEK, department: 'agriculture', extraSecondment: 3 }]);
    const r0 = collectRun(scenario(TEACH), 'dec/rep:0', { daily: true });
    const r1 = collectRun(scenario(dec), 'dec/rep:0', { daily: true });
    const ag = r0.units.indexOf('agriculture');
    expect(r1.daily!.get(from, ag, M.seconded_away) - r0.daily!.get(from, ag, M.seconded_away)).toBe(3);
    expect(r1.daily!.get(from - 1, ag, M.seconded_away)).toBe(r0.daily!.get(from - 1, ag, M.seconded_away));
    expect(r1.daily!.get(200, ag, M.seconded_away)).toBe(0);
  });

  it('a head never seconds the whole department', () => {
    const dec = withDecisions(TEACH, [{ week: CAMPAIGN_WEEK, department: 'archives', extraSecondment: 50 }]);
    const r = collectRun(scenario(dec), 'dec/rep:0', { daily: true });
    expect(r.daily!.get(from, r.units.indexOf('archives'), M.seconded_away)).toBe(5);
  });

  it('tolerating slack brings more hours shirked', () => {
    const dec = withDecisions(TEACH, [{ week: 0, department: 'education', tolerateSlack: true }]);
    expect(total(dec, 'education', M.hours_shirked)).toBeGreaterThan(total(TEACH, 'education', M.hours_shirked) * 1.05);
  });

  it('passing every shared task passes more and takes on none by claim; owning takes every offer', () => {
    const base = { ...shipped('case-b-weak-office'), coordination: { mechanism: 'none' } } as ScenarioInput;
    const unit = (base.departments as { id: string }[])[0].id;
    const pass = withDecisions(base, [{ week: 0, department: unit, shared: 'pass' }]);
    const own = withDecisions(base, [{ week: 0, department: unit, shared: 'own' }]);
    expect(total(pass, unit, M.shared_passes)).toBeGreaterThan(total(base, unit, M.shared_passes));
    expect(total(own, unit, M.shared_passes)).toBe(0);
    expect(total(own, unit, M.shared_assigned)).toBeGreaterThan(total(base, unit, M.shared_assigned));
  });

  it('the same decisions give the same run, bit for bit', () => {
    const d = [{ week: 3, department: 'audit', campaignWeight: 2, tolerateSlack: true }, { week: 15, department: 'audit', extraSecondment: 2, shared: 'pass' as const }];
    expect(bytes(withDecisions(TEACH, d)).equals(bytes(withDecisions(TEACH, d)))).toBe(true);
  });

  it('a decision for an unknown department or past the horizon is refused with its field named', () => {
    const text = (dec: string) => `name: t\ncalendar: { days: 30 }\ndepartments: [{ id: a, headcount: 5 }]\ndecisions:\n  - ${dec}\n`;
    expect(() => parseScenario(text('{ week: 0, department: b }'), 't.yaml')).toThrow(/decisions.*department.*"b".*use one of a/s);
    expect(() => parseScenario(text('{ week: 5, department: a }'), 't.yaml')).toThrow(/week 5 is past the horizon/);
    expect(() => parseScenario(text('{ week: 0, department: a, campaignWeight: 9 }'), 't.yaml')).toThrow(/campaignWeight/);
  });
});
