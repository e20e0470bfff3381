import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIGURES, fusedFits, fusedRun, NOT_MODELLED, type FusedRun } from '../../bench/fused/index.js';
import { MODEL_PER_PERSON_PHASES } from '../../bench/fused-limit.js';
import { build, collectRun, memoryFs, METRICS, parseScenario, type RunResult, type Scenario } from '../../sim/index.js';
import { caseA, deepCopy, scenario } from '../model/helpers.js';

/**
 * The bench's limit reference (bench/fused/) shares no code with the model but the random streams and
 * the scenario type (bench/fused/interface.ts). It must still give the model's every daily figure to
 * the last bit, or the bench's ratio would flatter or wrong deptsim. The model runs here as a user runs
 * it, through the library (sim/index.ts), and the two are matched by the names of the daily figures,
 * never by the model's column indices.
 */
const folder = new URL('../../scenarios/', import.meta.url);
const texts: Record<string, string> = Object.fromEntries(readdirSync(folder).filter((f) => f.endsWith('.yaml')).map((f) => [f, readFileSync(new URL(f, folder), 'utf8')]));
/** A shipped scenario, parsed by the library (its `extends` read from the shipped files). */
const shipped = (file: string): Scenario => parseScenario(texts[file], file, memoryFs(texts));

interface Run {
  units: string[];
  /** Per day: rows of the reference's figures (FIGURES' order), units then the county. */
  days: Float64Array[];
}

/** The model's daily table, each day laid out as the reference's rows: by figure name. */
function modelRun(s: Scenario, seedKey: string): { run: Run; result: RunResult } {
  const result = collectRun(s, seedKey, { daily: true });
  const table = result.daily!;
  const columns = FIGURES.map((f) => METRICS.indexOf(f));
  const rows = result.units.length + 1;
  const days = Array.from({ length: result.days }, (_, d) => {
    const out = new Float64Array(rows * FIGURES.length);
    for (let r = 0; r < rows; r++) columns.forEach((k, j) => (out[r * FIGURES.length + j] = table.get(d, r, k)));
    return out;
  });
  return { run: { units: result.units, days }, result };
}

function referenceRun(s: Scenario, seedKey: string, change?: (day: number, rows: Float64Array) => void): { run: Run; ref: FusedRun } {
  const days: Float64Array[] = [];
  const ref = fusedRun(s, seedKey, (day, rows) => {
    const copy = Float64Array.from(rows);
    change?.(day, copy);
    days.push(copy);
  });
  return { run: { units: ref.units, days }, ref };
}

/** The first figure whose bits differ, named (day, unit, figure, both values), or null. */
function firstDifference(model: Run, ref: Run): string | null {
  if (model.days.length !== ref.days.length) return `${model.days.length} days against ${ref.days.length}`;
  const ids = [...model.units, 'county'];
  for (let d = 0; d < model.days.length; d++) {
    const a = new BigUint64Array(model.days[d].buffer), b = new BigUint64Array(ref.days[d].buffer);
    const at = a.findIndex((x, k) => x !== b[k]);
    if (at >= 0) {
      const [r, f] = [Math.floor(at / FIGURES.length), at % FIGURES.length];
      return `day ${d}, ${ids[r]}, ${FIGURES[f]}: model ${model.days[d][at]}, reference ${ref.days[d][at]}`;
    }
  }
  return null;
}

/** Window measures of the model's summary that are one of the reference's sums (or last-day values) as they stand. */
const SUMMARY_FIGURES = {
  regular_arrived: ['sum', 'arrived_regular'],
  regular_done: ['sum', 'done_regular'],
  regular_lapsed: ['sum', 'lapsed_regular'],
  campaign_discarded: ['sum', 'discarded_campaign'],
  campaign_reissued: ['sum', 'reissued_campaign'],
  campaign_expired: ['sum', 'expired_campaign'],
  regular_backlog_end: ['last', 'open_regular'],
  regular_backlog_hours_end: ['last', 'backlog_hours_regular'],
  regular_undone_end: ['last', 'undone_regular'],
} as const;

function agree(s: Scenario, seedKey: string): void {
  const { run: model, result } = modelRun(s, seedKey);
  const { run: ref, ref: fused } = referenceRun(s, seedKey);
  expect(ref.units).toEqual(model.units);
  expect(firstDifference(model, ref), 'first figure that differs').toBeNull();

  // The model's figures the reference does not compute are those of mechanisms it refuses: all 0 here.
  const table = result.daily!;
  for (const f of NOT_MODELLED) {
    const k = METRICS.indexOf(f);
    for (let d = 0; d < result.days; d++) for (let r = 0; r <= result.units.length; r++) if (table.get(d, r, k) !== 0) expect.fail(`${f} is ${table.get(d, r, k)} on day ${d}`);
  }

  // The reference's run sums: the same stretches as the model's summary windows, each sum that of the
  // model's daily figures (added day by day, so to the bit), and the summary's figures that are sums.
  const ids = [...result.units, 'county'];
  expect(fused.sums.stretches.map(({ id, from, to }) => ({ id, from, to }))).toEqual(result.summary.windows.map(({ id, from, to }) => ({ id, from, to })));
  for (const [w, stretch] of fused.sums.stretches.entries()) {
    const expected = new Float64Array(stretch.sum.length);
    for (let d = stretch.from; d < stretch.to; d++) model.days[d].forEach((x, k) => (expected[k] += x));
    expect(Buffer.from(stretch.sum.buffer).equals(Buffer.from(expected.buffer)), `sums of ${stretch.id}`).toBe(true);
    expect(Buffer.from(stretch.last.buffer).equals(Buffer.from(model.days[stretch.to - 1].buffer)), `last day of ${stretch.id}`).toBe(true);
    const window = result.summary.windows[w];
    ids.forEach((id, r) => {
      const stats = r < result.units.length ? window.units[id] : window.county;
      for (const [measure, [how, figure]] of Object.entries(SUMMARY_FIGURES)) {
        const at = r * FIGURES.length + FIGURES.indexOf(figure);
        expect(how === 'sum' ? stretch.sum[at] : stretch.last[at], `${stretch.id} ${id} ${measure}`).toBe(stats[measure as keyof typeof stats]);
      }
    });
  }
}

describe('the fused limit reference of the bench', () => {
  it('names every daily figure the model publishes: computed, or 0 by a mechanism it refuses', () => {
    expect(new Set(FIGURES).size + new Set(NOT_MODELLED).size).toBe(METRICS.length);
    expect([...FIGURES, ...NOT_MODELLED].sort()).toEqual([...METRICS].sort());
  });

  it("gives the model's every daily figure, to the bit, and its sums, on the benchmark county", () => {
    agree(shipped('large-county.yaml'), 'bench/rep:0');
  });

  it('and on case A with each mechanism switched off in turn (every branch of its passes)', () => {
    const base = caseA();
    for (const m of [null, 'fatigue', 'shirking', 'inspection', 'sickness', 'rework', 'secondment', 'reversals'] as const) {
      const data = deepCopy(base);
      if (m) data.mechanisms = { ...data.mechanisms, [m]: false };
      agree(scenario(data), `fused/${m}`);
    }
  });

  it('and with the other secondment rules (equal shares, the most skilled county-wide)', () => {
    for (const rule of ['equal', 'skilled'] as const) {
      const data = deepCopy(caseA());
      for (const c of data.campaigns ?? []) c.secondment = { ...c.secondment, rule };
      agree(scenario(data), `fused/${rule}`);
    }
  });

  it('and on every other shipped scenario it accepts; it refuses the rest in one line', () => {
    const accepted: string[] = [];
    for (const file of Object.keys(texts).filter((f) => f !== 'large-county.yaml' && f !== 'three-campaigns.yaml')) {
      const s = shipped(file);
      const why = fusedFits(s);
      if (why === null) {
        agree(s, `fused/${file}`);
        accepted.push(file);
      } else {
        expect(why).toMatch(/^[^\n]+ not in the fused reference$/);
        expect(() => fusedRun(s, 'x')).toThrow(`fused reference: ${why}`);
      }
    }
    expect(accepted).toContain('baseline-county.yaml');
    expect(accepted.length).toBeGreaterThan(8);
    expect(fusedFits(shipped('case-b-weak-office.yaml'))).toMatch(/^shared duties/);
  });

  it('a reference one item off in one figure on one day is caught, and named', () => {
    const s = scenario(caseA());
    const { run: model } = modelRun(s, 'off-by-one');
    const { run: wrong } = referenceRun(s, 'off-by-one', (day, rows) => {
      if (day === 200) rows[FIGURES.indexOf('done_regular')] += 1;
    });
    expect(firstDifference(model, wrong)).toMatch(/^day 200, [a-z-]+, done_regular: model \d+, reference \d+$/);
  });

  it("times the model's per-person phases by names the model has (a renamed phase would drop out of the ratio)", () => {
    const names = build(shipped('large-county.yaml'), 'names').phases.map((p) => p.name);
    for (const name of MODEL_PER_PERSON_PHASES) expect(names).toContain(name);
  });
});
