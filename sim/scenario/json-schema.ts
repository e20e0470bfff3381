import { z } from 'zod';
import { ScenarioObject } from './schema/index.js';
import { TargetsObject } from './schema/targets.js';

type Json = Record<string, unknown>;

/**
 * Keywords of our own that the zod metadata writes into the JSON Schema beside `description`: a
 * field's unit and the source of its default. Editors ignore them; a strict validator must be told.
 */
export const ANNOTATION_KEYWORDS = ['unit', 'source'] as const;

/** Where the committed schema lives, relative to the repository root. */
export const SCHEMA_PATH = 'schema/scenario.schema.json';

/** The same schema with no `required` anywhere: what a file with `extends` must satisfy. */
function withoutRequired(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutRequired);
  if (v === null || typeof v !== 'object') return v;
  const out: Json = {};
  for (const [k, x] of Object.entries(v)) {
    // `properties` maps field names to schemas: a field may itself be called `required`.
    if (k === 'required' && Array.isArray(x)) continue;
    out[k] = withoutRequired(x);
  }
  return out;
}

/**
 * The JSON Schema editors use to complete and check scenario files, generated from the zod schema
 * (the single source of truth). Two things zod does not know are added: the `extends` key, which the
 * loader consumes before validation, and that a file with `extends` need not repeat required fields
 * anywhere (its parents have them), so such a file is checked against a copy without `required`.
 */
export function scenarioJsonSchema(): Json {
  const zodSchema = z.toJSONSchema(ScenarioObject, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as Json;
  const { $schema, $defs, ...body } = zodSchema;
  const full: Json = {
    ...body,
    properties: {
      extends: {
        type: 'string',
        description: 'Path of a scenario this one builds on, relative to this file: mappings merge key by key, lists of entries with `id` merge by id, anything else is replaced.',
      },
      ...(body.properties as Json),
    },
  };
  return {
    $schema,
    $id: 'https://deptsim.example/schema/scenario.schema.json',
    title: 'deptsim scenario',
    description: 'A deptsim scenario file (YAML). Reference: docs/SCENARIOS.md.',
    if: { type: 'object', properties: { extends: { type: 'string' } }, required: ['extends'] },
    then: { $ref: '#/$defs/partialScenario' },
    else: { $ref: '#/$defs/scenario' },
    $defs: { ...($defs as Json | undefined), scenario: full, partialScenario: withoutRequired(full) },
  };
}

/** The file's exact text: stable key order and a final newline, so the up-to-date test is a string compare. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

/** Where the committed schema of `deptsim calibrate` targets files lives. */
export const TARGETS_SCHEMA_PATH = 'schema/targets.schema.json';

/** The JSON Schema of a targets file, generated from its zod schema like the scenario's. */
export function targetsJsonSchemaText(): string {
  const { $schema, ...body } = z.toJSONSchema(TargetsObject, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as Json;
  const schema = {
    $schema,
    $id: 'https://deptsim.example/schema/targets.schema.json',
    title: 'deptsim calibration targets',
    description: 'A targets file for `deptsim calibrate` (YAML). Reference: docs/EXPERIMENTS.md, "Calibration".',
    ...body,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
