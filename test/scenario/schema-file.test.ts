import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../sim/scenario/json-schema.js';

// That the committed schema files are up to date: test/runner/generated-files.test.ts.
describe('the JSON Schema of scenario files', () => {
  it('files with extends need not repeat required fields; others must have them', () => {
    const s = scenarioJsonSchema() as { $defs: Record<string, { required?: string[]; properties: Record<string, unknown> }> };
    expect(s.$defs.scenario.required).toEqual(expect.arrayContaining(['name', 'departments']));
    expect(s.$defs.scenario.properties.extends).toBeDefined();
    expect(JSON.stringify(s.$defs.partialScenario)).not.toContain('"required"');
  });
});
