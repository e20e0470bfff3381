import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadScenario, scenarioProblems } from '../../sim/scenario/load.js';
import { ANNOTATION_KEYWORDS, scenarioJsonSchema } from '../../sim/scenario/json-schema.js';

const DIR = 'scenarios';
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();

describe('shipped scenarios', () => {
  it('include the baseline, teacher presets and the benchmark', () => {
    expect(FILES).toContain('baseline-county.yaml');
    expect(FILES).toContain('large-county.yaml');
    expect(FILES.filter((f) => f.startsWith('teach-')).length).toBeGreaterThanOrEqual(5);
  });

  // strictRequired would reject the if/else that lets a file with `extends` omit required fields.
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
  for (const k of ANNOTATION_KEYWORDS) ajv.addKeyword(k);
  const checkJson = ajv.compile(scenarioJsonSchema());

  for (const f of FILES) {
    it(`${f} validates, names the JSON Schema and passes it`, () => {
      const file = join(DIR, f);
      expect(scenarioProblems(file).map(formatProblem)).toEqual([]);
      const text = readFileSync(file, 'utf8');
      expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/scenario.schema.json');
      const ok = checkJson(parse(text));
      expect(ok, JSON.stringify(checkJson.errors)).toBe(true);
    });
  }

  it('teacher presets are small and have a description for a class', () => {
    for (const f of FILES.filter((x) => x.startsWith('teach-'))) {
      const s = loadScenario(join(DIR, f));
      const staff = s.departments.reduce((a, d) => a + d.headcount, 0);
      expect(staff, f).toBeLessThanOrEqual(200);
      expect(s.calendar.days, f).toBeLessThanOrEqual(366);
      expect(s.description.length, f).toBeGreaterThan(100);
    }
  });

  it('each teacher pair differs from its partner in the one lever it names', () => {
    const campaign = (f: string) => loadScenario(join(DIR, f)).campaigns[0];
    expect(campaign('teach-spot-checks-rare.yaml').inspectionRate).toBeLessThan(campaign('teach-spot-checks-frequent.yaml').inspectionRate);
    expect(campaign('teach-overtime-paid.yaml').overtimePaid).toBe(true);
    expect(campaign('teach-overtime-unpaid.yaml').overtimePaid).toBe(false);
    expect(campaign('teach-rest-days-kept.yaml').cancelRestDays).toBe(false);
    expect(campaign('teach-rest-days-cancelled.yaml').cancelRestDays).toBe(true);
    expect(campaign('teach-secondment-quota.yaml').secondment.minPerDepartment).toBeGreaterThan(campaign('teach-secondment-proportional.yaml').secondment.minPerDepartment);
  });

  it('large-county has several thousand staff and a campaign', () => {
    const s = loadScenario(join(DIR, 'large-county.yaml'));
    expect(s.departments.reduce((a, d) => a + d.headcount, 0)).toBeGreaterThanOrEqual(3000);
    expect(s.campaigns.length).toBeGreaterThanOrEqual(1);
  });

  it('baseline-county is case A without campaigns', () => {
    const base = loadScenario(join(DIR, 'baseline-county.yaml'));
    const a = loadScenario(join(DIR, 'three-campaigns.yaml'));
    expect(base.campaigns).toEqual([]);
    expect(base.departments).toEqual(a.departments);
    expect(base.calendar).toEqual(a.calendar);
  });
});

describe('the JSON Schema', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
  for (const k of ANNOTATION_KEYWORDS) ajv.addKeyword(k);
  const check = ajv.compile(scenarioJsonSchema());
  it('rejects what the loader rejects: unknown keys, ranges, missing required fields', () => {
    expect(check({ name: 't', departments: [{ id: 'a', headcount: 3, hedcount: 1 }] })).toBe(false);
    expect(check({ name: 't', departments: [{ id: 'a', headcount: 0 }] })).toBe(false);
    expect(check({ name: 't' })).toBe(false);
    expect(check({ name: 't', departments: [{ id: 'a', headcount: 3 }] })).toBe(true);
  });
  it('lets a file with extends leave out required fields, but not misspell keys', () => {
    expect(check({ extends: 'base.yaml', campaigns: [{ id: 'c', overtimePaid: false }] })).toBe(true);
    expect(check({ extends: 'base.yaml', campaigns: [{ id: 'c', overtimePayd: false }] })).toBe(false);
  });
});
