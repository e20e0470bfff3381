import { withFieldTable } from '../scenario/field-table.js';
import { SCHEMA_PATH, scenarioJsonSchema, scenarioJsonSchemaText, TARGETS_SCHEMA_PATH, targetsJsonSchemaText } from '../scenario/json-schema.js';
import { withParamTables } from '../scenario/odd-params.js';
import { withOutputsTables } from './outputs-doc.js';
import { withHourUses } from './hour-uses-doc.js';

/** The one command that rewrites every file below; the staleness test names it. */
export const GENERATE_COMMAND = 'npm run generate';

/**
 * A committed file (or the generated blocks inside a hand-written one) derived from a definition in
 * the code. `text` gets the file as it stands (null if missing) and returns it as it should be, in
 * memory, so the test can compare without writing and the command can build every text before
 * writing any (a document that lost its markers then leaves nothing half-written).
 */
export interface GeneratedFile {
  path: string;
  /** Where the content comes from, for the command's output and CONTRIBUTING.md. */
  from: string;
  text(current: string | null): string;
}

// A hand-written document with generated blocks must exist: its prose is not ours to invent.
const doc = (path: string, current: string | null) => {
  if (current === null) throw new Error(`${path} is missing: restore it from git (its generated blocks sit inside hand-written text)`);
  return current;
};

/** Every generated file in the repository. A new generator is one entry here. */
export const GENERATED_FILES: readonly GeneratedFile[] = [
  { path: SCHEMA_PATH, from: 'the zod schema (sim/scenario/schema/)', text: () => scenarioJsonSchemaText() },
  { path: TARGETS_SCHEMA_PATH, from: 'the targets file\'s zod schema (sim/scenario/schema/targets.ts)', text: () => targetsJsonSchemaText() },
  { path: 'docs/SCENARIOS.md', from: 'the zod schema: the field table', text: (t) => withFieldTable(doc('docs/SCENARIOS.md', t), scenarioJsonSchema()) },
  {
    path: 'docs/ODD.md',
    from: 'the zod schema: the parameter tables (groups in sim/scenario/odd-params.ts); the uses of an hour (sim/measures/hour-uses.ts)',
    text: (t) => withHourUses(withParamTables(doc('docs/ODD.md', t), scenarioJsonSchema())),
  },
  { path: 'docs/OUTPUTS.md', from: 'the measure registries (sim/measures/) and the results contract (sim/runner/contract.ts)', text: (t) => withOutputsTables(doc('docs/OUTPUTS.md', t)) },
];

/** Each generated file as it stands and as it should be. */
export function regenerate(read: (path: string) => string | null): { file: GeneratedFile; current: string | null; wanted: string }[] {
  return GENERATED_FILES.map((file) => {
    const current = read(file.path);
    return { file, current, wanted: file.text(current) };
  });
}
