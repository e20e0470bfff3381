import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withFieldTable } from '../../sim/scenario/field-table.js';
import { SCHEMA_PATH, scenarioJsonSchema, scenarioJsonSchemaText, TARGETS_SCHEMA_PATH, targetsJsonSchemaText } from '../../sim/scenario/json-schema.js';
import { withParamTables } from '../../sim/scenario/odd-params.js';

describe('generated files are up to date (run `npm run schema` if not)', () => {
  it('schema/scenario.schema.json matches the zod schema', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(scenarioJsonSchemaText());
  });
  it('schema/targets.schema.json matches the targets file\'s zod schema', () => {
    expect(readFileSync(TARGETS_SCHEMA_PATH, 'utf8')).toBe(targetsJsonSchemaText());
  });
  it('the field table in docs/SCENARIOS.md matches the zod schema', () => {
    const doc = readFileSync('docs/SCENARIOS.md', 'utf8');
    expect(withFieldTable(doc, scenarioJsonSchema())).toBe(doc);
  });
  it('the parameter tables in docs/ODD.md match the zod schema', () => {
    const doc = readFileSync('docs/ODD.md', 'utf8');
    expect(withParamTables(doc, scenarioJsonSchema())).toBe(doc);
  });
  it('files with extends need not repeat required fields; others must have them', () => {
    const s = scenarioJsonSchema() as { $defs: Record<string, { required?: string[]; properties: Record<string, unknown> }> };
    expect(s.$defs.scenario.required).toEqual(expect.arrayContaining(['name', 'departments']));
    expect(s.$defs.scenario.properties.extends).toBeDefined();
    expect(JSON.stringify(s.$defs.partialScenario)).not.toContain('"required"');
  });
});
