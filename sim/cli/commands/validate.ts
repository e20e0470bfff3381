import type { Argv } from 'yargs';
import { formatProblem, scenarioProblems } from '../../scenario/load.js';
import { extendsOption, loadOptionsOf } from './experiment-options.js';
import { print, printError } from '../terminal-text.js';

/**
 * `deptsim validate FILE...`: every problem of every file, one line each, so an editor or CI log can
 * jump to it. Exit 0 when all files are valid, 2 otherwise (the code for errors a user can fix).
 */
export function registerValidate(y: Argv): Argv {
  return y.command(
    'validate <files..>',
    'Check scenario files: every error at once, as file:line:column: field: message',
    (a) =>
      a
        .positional('files', { type: 'string', array: true, demandOption: true, describe: 'scenario YAML files' })
        .option('allow-extends-outside', extendsOption)
        .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'print only problems, not the "ok" lines' })
        .example('$0 validate scenarios/*.yaml', 'check every shipped scenario'),
    (argv) => {
      let bad = 0;
      for (const file of argv.files as string[]) {
        const problems = scenarioProblems(file, undefined, loadOptionsOf(argv as { allowExtendsOutside?: boolean }));
        if (problems.length) {
          bad++;
          printError(`${problems.map(formatProblem).join('\n')}\n`);
        } else if (!argv.quiet) print(`${file}: ok\n`);
      }
      if (bad) {
        const n = (argv.files as string[]).length;
        printError(`deptsim: ${bad} of ${n} file${n === 1 ? '' : 's'} invalid\n`);
        process.exitCode = 2;
      }
    },
  );
}
