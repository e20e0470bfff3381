import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { withFieldTable } from './field-table.js';
import { SCHEMA_PATH, scenarioJsonSchema, scenarioJsonSchemaText, TARGETS_SCHEMA_PATH, targetsJsonSchemaText } from './json-schema.js';
import { withParamTables } from './odd-params.js';

/**
 * `npm run schema` (from the repository root): regenerate schema/scenario.schema.json,
 * schema/targets.schema.json, the field table in docs/SCENARIOS.md and the parameter tables in
 * docs/ODD.md from the zod schemas. A test fails while any of them is out of date.
 */
const SCENARIOS_DOC = 'docs/SCENARIOS.md';
const ODD_DOC = 'docs/ODD.md';

// Build every text before writing any, so a document without its markers leaves nothing half-written.
const schema = scenarioJsonSchema();
const scenarios = withFieldTable(readFileSync(SCENARIOS_DOC, 'utf8'), schema);
const odd = withParamTables(readFileSync(ODD_DOC, 'utf8'), schema);
mkdirSync('schema', { recursive: true });
writeFileSync(SCHEMA_PATH, scenarioJsonSchemaText());
writeFileSync(TARGETS_SCHEMA_PATH, targetsJsonSchemaText());
writeFileSync(SCENARIOS_DOC, scenarios);
writeFileSync(ODD_DOC, odd);
process.stdout.write(`Wrote ${SCHEMA_PATH}, ${TARGETS_SCHEMA_PATH}, the field table in ${SCENARIOS_DOC} and the parameter tables in ${ODD_DOC}\n`);
