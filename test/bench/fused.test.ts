import { describe, expect, it } from 'vitest';
import { fusedRun } from '../../bench/fused.js';
import { build, collect, summaryCollector } from '../../sim/index.js';
import { loadScenario } from '../../sim/scenario/load.js';
import type { Scenario } from '../../sim/scenario/schema/index.js';
import { caseA, deepCopy, scenario } from '../model/helpers.js';

/**
 * The bench's limit reference (bench/fused.ts) must do the model's work, no less: every day's whole
 * record (every unit, every metric, to the last bit), the summary, and the per-person state the model
 * exposes after the last day must be the model's. Otherwise the fraction the bench prints would
 * flatter or wrong deptsim.
 */
function agree(s: Scenario, seedKey: string): void {
  const fusedDays: Float64Array[] = [];
  const fused = fusedRun(s, seedKey, (_day, rec) => fusedDays.push(Float64Array.from(rec)));
  const modelDays: Float64Array[] = [];
  const sim = build(s, seedKey);
  const { summary } = collect(sim, { summary: summaryCollector, days: () => ({ onDay: (_d: number, rec: Float64Array) => modelDays.push(Float64Array.from(rec)), finish: () => null }) });
  expect(fusedDays.length).toBe(modelDays.length);
  const bytes = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  expect(modelDays.findIndex((rec, d) => !bytes(rec).equals(bytes(fusedDays[d]))), 'first day whose record differs').toBe(-1);
  expect(JSON.stringify(fused.summary)).toBe(JSON.stringify(summary));
  const st = sim.state;
  for (const k of ['status', 'scheduled', 'cap', 'hRegular', 'hCampaign', 'hShared', 'hReporting', 'hMeetings', 'hShirked', 'hIdle', 'hRest', 'hSick', 'fatigue', 'motivation', 'risk', 'streak'] as const) {
    expect(bytes(fused.state[k]).equals(bytes(st[k])), k).toBe(true);
  }
}

describe('the fused limit reference of the bench', () => {
  it('gives the model\'s every daily record, summary and per-person state on the benchmark county', () => {
    agree(loadScenario('scenarios/large-county.yaml'), 'bench/rep:0');
  });

  it('and on case A with each mechanism switched off in turn (every branch of the fused passes)', () => {
    const base = caseA();
    for (const m of [null, 'fatigue', 'shirking', 'inspection', 'sickness', 'rework', 'secondment', 'reversals'] as const) {
      const data = deepCopy(base);
      if (m) data.mechanisms = { ...data.mechanisms, [m]: false };
      agree(scenario(data), `fused/${m}`);
    }
  });
});
