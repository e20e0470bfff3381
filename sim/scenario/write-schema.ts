import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { withFieldTable } from './field-table.js';
import { SCHEMA_PATH, scenarioJsonSchema, scenarioJsonSchemaText, TARGETS_SCHEMA_PATH, targetsJsonSchemaText } from './json-schema.js';

/**
 * `npm run schema` (from the repository root): regenerate schema/scenario.schema.json and the field
 * table in docs/SCENARIOS.md from the zod schema. A test fails while either is out of date.
 */
const DOCS_PATH = 'docs/SCENARIOS.md';

mkdirSync('schema', { recursive: true });
writeFileSync(SCHEMA_PATH, scenarioJsonSchemaText());
writeFileSync(TARGETS_SCHEMA_PATH, targetsJsonSchemaText());
writeFileSync(DOCS_PATH, withFieldTable(readFileSync(DOCS_PATH, 'utf8'), scenarioJsonSchema()));
process.stdout.write(`Wrote ${SCHEMA_PATH}, ${TARGETS_SCHEMA_PATH} and the field table in ${DOCS_PATH}\n`);
