import { writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Argv } from 'yargs';
import { starterScenario } from '../../scenario/starter.js';
import { UsageError } from '../fail.js';
import { print } from '../terminal-text.js';

/** The shipped JSON Schema: dist/sim/cli/commands/ -> package root -> schema/. */
const SCHEMA_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../schema/scenario.schema.json');

/** `deptsim init NAME`: write NAME.yaml, a commented starter that validates and runs as written. */
export function registerInit(y: Argv): Argv {
  return y.command(
    'init <name>',
    'Write NAME.yaml, a commented starter scenario (never overwrites a file)',
    (a) =>
      a
        .positional('name', { type: 'string', demandOption: true, describe: 'file name, with or without .yaml' })
        .example('$0 init my-county', 'writes my-county.yaml'),
    (argv) => {
      const arg = argv.name as string;
      const file = /\.ya?ml$/i.test(arg) ? arg : `${arg}.yaml`;
      const name = basename(file).replace(/\.ya?ml$/i, '');
      if (!name) throw new UsageError(`"${arg}" is not a usable file name`);
      const schema = relative(dirname(resolve(file)), SCHEMA_FILE).split('\\').join('/');
      try {
        writeFileSync(file, starterScenario(name, schema), { flag: 'wx' });
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') throw new UsageError(`${file} already exists; choose another name or delete it first`);
        throw new UsageError(`cannot write ${file} (${code ?? (e as Error).message})`);
      }
      print(`Wrote ${file}. Check it with \`deptsim validate ${file}\`, run it with \`deptsim run ${file}\`.\n`);
    },
  );
}
