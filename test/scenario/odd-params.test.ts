import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../sim/scenario/json-schema.js';
import { Scenario } from '../../sim/scenario/schema/index.js';
import { groupParameters, modelParameters, ODD_GROUPS, PARAMS_END, paramsStart, withParamTables } from '../../sim/scenario/odd-params.js';

const schema = scenarioJsonSchema();
const params = modelParameters(schema);

describe('every parameter of the model is documented in the schema and in ODD', () => {
  it('finds the parameters (a walk that found nothing would pass the checks below)', () => {
    expect(params.length).toBeGreaterThan(100);
    for (const p of ['staff.fatigue.buildPerHour', 'inspection.catchSalience', 'departments[].regular.lapseDays', 'campaigns[].tasks.deadlineDays', 'coordination.whistle.onSiteOverhead']) {
      expect(params.map((r) => r.path)).toContain(p);
    }
    // Sections, labels and run settings are not parameters.
    for (const p of ['staff.fatigue', 'departments[].id', 'campaigns[].name', 'seed', 'mechanisms.fatigue', 'sweep.design']) {
      expect(params.map((r) => r.path)).not.toContain(p);
    }
  });

  it('every quantity has a unit', () => {
    expect(params.filter((r) => r.numeric && !r.unit).map((r) => r.path)).toEqual([]);
  });

  it('every parameter has a source or rationale for its default', () => {
    expect(params.filter((r) => !r.source.trim()).map((r) => r.path)).toEqual([]);
  });

  it('every parameter is in exactly one of ODD\'s tables', () => {
    const counts = new Map(params.map((r) => [r.path, 0]));
    for (const g of ODD_GROUPS) for (const r of groupParameters(g, params)) counts.set(r.path, counts.get(r.path)! + 1);
    expect([...counts].filter(([, n]) => n !== 1)).toEqual([]);
  });

  it('each table\'s default is the value the model is given when the field is left out', () => {
    // One entry in every list, with only its required fields: everything else takes its default.
    const parsed = Scenario.parse({
      name: 't',
      departments: [{ id: 'a', headcount: 10 }],
      campaigns: [{ id: 'c', start: '2017-02-01', days: 10 }],
      sharedDuties: [{ id: 's', departments: ['a'] }],
      partners: [{ id: 'p', kind: 'enterprise', duties: ['s'], hoursPerDay: 4 }],
    }) as unknown as Record<string, unknown>;
    const valueAt = (path: string) => path.split('.').reduce<any>((v, k) => (k.endsWith('[]') ? v?.[k.slice(0, -2)]?.[0] : v?.[k]), parsed);
    const withDefault = params.filter((r) => r.default.startsWith('`'));
    expect(withDefault.length).toBeGreaterThan(90);
    // Includes defaults a parent sets for its children (campaign tasks, assessment weights).
    expect(withDefault.map((r) => r.path)).toContain('campaigns[].tasks.itemsPerStaffDay');
    const wrong = withDefault.filter((r) => r.default !== `\`${JSON.stringify(valueAt(r.path))}\``);
    expect(wrong.map((r) => `${r.path}: table ${r.default}, model ${JSON.stringify(valueAt(r.path))}`)).toEqual([]);
  });
});

describe('the ODD markers', () => {
  const doc = ODD_GROUPS.map((g) => `### ${g.id}\n${paramsStart(g.id)}\nstale\n${PARAMS_END}\n`).join('\n');

  it('regenerates every table between its markers and leaves the rest alone', () => {
    const out = withParamTables(`intro\n${doc}outro\n`, schema);
    expect(out).not.toContain('stale');
    expect(out.startsWith('intro\n### calendar\n')).toBe(true);
    expect(out.endsWith(`${PARAMS_END}\noutro\n`)).toBe(true);
    expect(withParamTables(out, schema)).toBe(out);
  });

  it('refuses a document that lacks a group, or names a group no one generates', () => {
    const first = ODD_GROUPS[0];
    const missing = doc.replace(paramsStart(first.id), '');
    expect(() => withParamTables(missing, schema)).toThrow(`PARAMS-START: ${first.id}`);
    expect(() => withParamTables(`${doc}${paramsStart('holidays')}\n${PARAMS_END}\n`, schema)).toThrow('"holidays"');
  });
});
