import type { Argv } from 'yargs';
import { examplesText } from '../examples.js';
import { isTargetsFile, targetsProblems } from '../../runner/calibrate/targets.js';
import { formatProblem, scenarioProblems } from '../../scenario/load.js';
import type { Problem } from '../../scenario/problem.js';
import { UsageError } from '../fail.js';
import { scenarioFile } from '../shipped.js';
import { extendsOption, loadOptionsOf } from './experiment-options.js';
import { print, printError } from '../terminal-text.js';

/**
 * `deptsim validate FILE...`: every problem of every file, one line each, so an editor or CI log can
 * jump to it. A FILE may be a shipped name (`deptsim list`), as for `run`, and a calibration
 * targets file is checked as `calibrate` would read it. Exit 0 when all files are valid, 2
 * otherwise (the code for errors a user can fix).
 */
export function registerValidate(y: Argv): Argv {
  return y.command(
    'validate <files..>',
    'Check scenario (or calibration targets) files: every error at once, as file:line:column: field: message',
    (a) =>
      a
        .positional('files', { type: 'string', array: true, demandOption: true, describe: 'scenario YAML files or shipped names (deptsim list); targets files too' })
        .option('allow-extends-outside', extendsOption)
        .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'print only problems, not the "ok" lines' })
        .epilogue(
        examplesText([
          ['deptsim validate my-county.yaml', 'check your scenario'],
          ['deptsim validate three-campaigns calibration/case-a', 'check a shipped scenario and a shipped targets file by name'],
        ]),
      ),
    (argv) => {
      let bad = 0;
      for (const arg of argv.files as string[]) {
        const problems = problemsOf(arg, loadOptionsOf(argv as { allowExtendsOutside?: boolean }));
        if (problems.length) {
          bad++;
          printError(`${problems.map(formatProblem).join('\n')}\n`);
        } else if (!argv.quiet) print(`${arg}: ok\n`);
      }
      if (bad) {
        const n = (argv.files as string[]).length;
        printError(`deptsim: ${bad} of ${n} file${n === 1 ? '' : 's'} invalid\n`);
        process.exitCode = 2;
      }
    },
  );
}

/** One argument's problems: an unknown name is one problem of its own, so the other files are still checked. */
function problemsOf(arg: string, opts: ReturnType<typeof loadOptionsOf>): Problem[] {
  let file: string;
  try {
    file = scenarioFile(arg);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return [{ loc: { file: arg, line: 1, col: 1 }, path: '', message: e.message.replace(`${arg}: `, '') }];
  }
  return isTargetsFile(file) ? targetsProblems(file, undefined, opts) : scenarioProblems(file, undefined, opts);
}
