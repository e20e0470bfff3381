import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screeningFactors } from '../../sim/runner/screening.js';
import { screeningExperiment } from '../../sim/runner/methods.js';
import { scenarioJsonSchema } from '../../sim/scenario/json-schema.js';
import { loadScenario } from '../../sim/scenario/load.js';
import { modelParameters } from '../../sim/scenario/odd-params.js';
import { SCREENING_RANGES } from '../../sim/scenario/screening-ranges.js';

const numeric = modelParameters(scenarioJsonSchema()).filter((r) => r.numeric);

/** The schema's own bounds of a row's range text ("0 .. 1", ">= 0", ">0"). */
function bounds(range: string): [number, number] {
  const m = range.match(/^(-?[\d.e]+) \.\. (-?[\d.e]+)$/);
  if (m) return [Number(m[1]), Number(m[2])];
  const lo = range.match(/^>=? ?(-?[\d.e]+)$/);
  return lo ? [Number(lo[1]), Infinity] : [-Infinity, Infinity];
}

describe('screening ranges', () => {
  it('every numeric model parameter of the schema has one, with a reason, and no entry names a parameter that does not exist', () => {
    expect(numeric.length).toBeGreaterThan(80);
    for (const r of numeric) {
      const s = SCREENING_RANGES[r.path];
      expect(s, r.path).toBeDefined();
      expect(s.reason.length, r.path).toBeGreaterThan(10);
    }
    const known = new Set(numeric.map((r) => r.path));
    expect(Object.keys(SCREENING_RANGES).filter((p) => !known.has(p))).toEqual([]);
  });

  it('value ranges lie inside the schema\'s bounds and go up; scales are positive multipliers around 1', () => {
    for (const r of numeric) {
      const s = SCREENING_RANGES[r.path];
      if (s.kind === 'held') continue;
      expect(s.from, r.path).toBeLessThan(s.to);
      if (s.kind === 'scale') {
        expect(s.from, r.path).toBeGreaterThan(0);
        expect(s.from * s.to, r.path).toBeGreaterThan(0.4); // roughly centred on the entry's own value
        continue;
      }
      const [lo, hi] = bounds(r.range);
      expect(s.from, r.path).toBeGreaterThanOrEqual(lo);
      expect(s.to, r.path).toBeLessThanOrEqual(hi);
      if (r.range.startsWith('>') && !r.range.startsWith('>=')) expect(s.from, r.path).toBeGreaterThan(lo);
    }
  });

  it('a screen of the shipped case A and of a small county builds a valid scenario at every point', () => {
    for (const file of ['scenarios/three-campaigns.yaml', 'test/runner/fixtures/small.yaml']) {
      const base = loadScenario(resolve(file));
      const { factors, left } = screeningFactors(base);
      expect(factors.length, file).toBeGreaterThan(50);
      // The horizon is never screened; lists are screened only when the scenario has entries.
      expect(left.map((l) => l.id)).toContain('calendar.days');
      const exp = screeningExperiment(base, factors, { seed: 1, replicates: 1, daily: false, trajectories: 2, levels: 4 });
      expect(exp.scenarios.length).toBe(2 * (factors.length + 1));
      // A scale factor keeps each department's own size: the first point scales all by one multiplier.
      const head = factors.find((f) => f.id === 'departments[].headcount')!;
      const m = exp.plan.points[0].values['departments[].headcount'] as number;
      exp.scenarios[0].departments.forEach((d, i) => expect(d.headcount).toBe(Math.max(0, Math.round(base.departments[i].headcount * m))));
      expect(head.targets.length).toBe(base.departments.length);
    }
  });

  it('leaves out the sections of a coordination mechanism the scenario does not use', () => {
    const base = loadScenario(resolve('scenarios/case-d-command-centre.yaml'));
    const ids = screeningFactors(base).factors.map((f) => f.id);
    expect(ids).toContain('coordination.commandCentre.authority');
    expect(ids).not.toContain('coordination.office.strength');
  });

  it('refuses an over-budget screen up front with the estimate', () => {
    const base = loadScenario(resolve('test/runner/fixtures/small.yaml'));
    const { factors } = screeningFactors(base);
    expect(() => screeningExperiment(base, factors, { seed: 1, replicates: 10, daily: false, trajectories: 100, levels: 4, budget: { maxRuns: 1000, maxStaffDays: 1e9, maxDailyBytes: 1e9 } })).toThrow(
      new RegExp(`this screening of ${factors.length} parameters \\(100 trajectories of ${factors.length + 1} points\\): ${(100 * (factors.length + 1)).toLocaleString('en-US')} points x 10 replicates is [\\d,]+ runs; the limit is 1,000 runs`),
    );
  });
});
