import { z } from 'zod';
import { ScenarioObject } from './schema/index.js';

type Json = Record<string, unknown>;

/** Where the committed schema lives, relative to the repository root. */
export const SCHEMA_PATH = 'schema/scenario.schema.json';

/**
 * The JSON Schema editors use to complete and check scenario files, generated from the zod schema
 * (the single source of truth). Two things zod does not know are added: the `extends` key, which the
 * loader consumes before validation, and that a file with `extends` need not repeat required fields
 * (its parent has them).
 */
export function scenarioJsonSchema(): Json {
  const schema = z.toJSONSchema(ScenarioObject, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as Json;
  const properties = schema.properties as Json;
  const required = (schema.required as string[] | undefined) ?? [];
  delete schema.required;
  return {
    $schema: schema.$schema,
    $id: 'https://deptsim.example/schema/scenario.schema.json',
    title: 'deptsim scenario',
    description: 'A deptsim scenario file (YAML). Reference: docs/SCENARIOS.md.',
    ...schema,
    properties: {
      extends: {
        type: 'string',
        description: 'Path of a scenario this one builds on, relative to this file: mappings merge key by key, lists of entries with `id` merge by id, anything else is replaced.',
      },
      ...properties,
    },
    if: { required: ['extends'] },
    then: {},
    else: { required },
  };
}

/** The file's exact text: stable key order and a final newline, so the up-to-date test is a string compare. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
