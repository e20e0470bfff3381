import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Argv } from 'yargs';
import { examplesText } from '../examples.js';
import { parseDocument } from 'yaml';
import { scenarioJsonSchemaText } from '../../scenario/json-schema.js';
import { starterScenario } from '../../scenario/starter.js';
import { UsageError } from '../fail.js';
import { scenarioFile } from '../shipped.js';
import { print } from '../terminal-text.js';

/**
 * The JSON Schema goes beside the new file, so the `$schema` line works in the user's folder with
 * any editor, whether deptsim was installed globally, locally or not at all (a path into
 * node_modules breaks as soon as the folder is shared or deptsim moves).
 */
const SCHEMA_NAME = 'scenario.schema.json';
const SCHEMA_LINE = /^# yaml-language-server: \$schema=.*\n/;

interface Planned {
  file: string;
  text: string;
  /** Written only when missing; an identical existing file is fine, a different one is kept. */
  ifMissing: boolean;
}

/** A scenario's text with our `$schema` line first (replacing the one it had). */
const withSchemaLine = (text: string) => `# yaml-language-server: $schema=${SCHEMA_NAME}\n${text.replace(SCHEMA_LINE, '')}`;

/** The text of `source` renamed to `name`, and its `extends` parents (copied beside it, unchanged apart from the schema line). */
function fromScenario(source: string, name: string, file: string): Planned[] {
  const text = readFileSync(source, 'utf8');
  const renamed = /^name:.*$/m.test(text) ? text.replace(/^name:.*$/m, `name: ${name}`) : `name: ${name}\n${text}`;
  const planned: Planned[] = [{ file, text: withSchemaLine(renamed), ifMissing: false }];
  // Parents are named relative to the file; the copies keep those names beside the new file.
  let child = source;
  let childText = text;
  for (let depth = 0; depth < 20; depth++) {
    const ext = parseDocument(childText).get('extends');
    if (typeof ext !== 'string') break;
    const parent = resolve(dirname(child), ext);
    if (!existsSync(parent)) throw new UsageError(`--from ${source}: its parent ${ext} is missing`);
    childText = readFileSync(parent, 'utf8');
    planned.push({ file: join(dirname(file), ext), text: withSchemaLine(childText), ifMissing: true });
    child = parent;
  }
  return planned;
}

/** `deptsim init NAME [--from SCENARIO]`: write NAME.yaml, a commented starter or a copy of a scenario. */
export function registerInit(y: Argv): Argv {
  return y.command(
    'init <name>',
    `Write NAME.yaml, a commented starter scenario or a copy of a shipped one, and ${SCHEMA_NAME} beside it for editors (never overwrites a file)`,
    (a) =>
      a
        .positional('name', { type: 'string', demandOption: true, describe: 'file name, with or without .yaml' })
        .option('from', { type: 'string', describe: 'start from this scenario: a shipped name (deptsim list) or a file' })
        .epilogue(
        examplesText([
          ['deptsim init my-county', 'writes my-county.yaml, a small county to edit'],
          ['deptsim init my-county --from three-campaigns', 'a copy of case A, renamed, to change'],
        ]),
      ),
    (argv) => {
      const arg = argv.name as string;
      const file = /\.ya?ml$/i.test(arg) ? arg : `${arg}.yaml`;
      const name = basename(file).replace(/\.ya?ml$/i, '');
      if (!name) throw new UsageError(`"${arg}" is not a usable file name`);
      if (existsSync(file)) throw new UsageError(`${file} already exists; choose another name or delete it first`);
      const from = argv.from as string | undefined;
      const planned: Planned[] = from ? fromScenario(scenarioFile(from), name, file) : [{ file, text: starterScenario(name, SCHEMA_NAME), ifMissing: false }];
      planned.push({ file: join(dirname(file), SCHEMA_NAME), text: scenarioJsonSchemaText(), ifMissing: true });
      // Check every file before writing any, so a refusal leaves nothing half-written.
      const kept: string[] = [];
      for (const p of planned.slice(1)) {
        if (!existsSync(p.file) || readFileSync(p.file, 'utf8') === p.text) continue;
        if (p.file.endsWith(SCHEMA_NAME)) kept.push(p.file);
        else throw new UsageError(`${p.file} already exists and differs from the scenario ${file} extends; move it away or init in another folder`);
      }
      const written: string[] = [];
      for (const p of planned) {
        if (p.ifMissing && existsSync(p.file)) continue;
        try {
          writeFileSync(p.file, p.text, { flag: 'wx' });
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          if (code === 'EEXIST') throw new UsageError(`${p.file} already exists; choose another name or delete it first`);
          throw new UsageError(`cannot write ${p.file} (${code ?? (e as Error).message})`);
        }
        written.push(p.file);
      }
      const note = kept.length ? ` Kept your ${kept[0]} (it is not this deptsim's schema; delete it and init again for editor hints that match).` : '';
      print(`Wrote ${written.join(', ')}. Check it with \`deptsim validate ${file}\`, run it with \`deptsim run ${file}\`.${note}\n`);
    },
  );
}
