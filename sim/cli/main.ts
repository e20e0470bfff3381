#!/usr/bin/env node
import { examplesText, HELP_COLUMNS } from './examples.js';
import yargs, { type Argv } from 'yargs';
import { hideBin } from 'yargs/helpers';
import { reportFailure, UsageError } from './fail.js';
import { terminalText } from './terminal-text.js';
import { count, DEFAULT_BUDGET } from '../runner/budget.js';
import { stopEarlyWorkers } from '../runner/pool.js';
import { deptsimVersion } from '../runner/version.js';
import { registerRun } from './commands/run.js';
import { registerCompare } from './commands/compare.js';
import { registerSweep } from './commands/sweep.js';
import { registerSensitivity } from './commands/sensitivity.js';
import { registerMerge } from './commands/merge.js';
import { registerValidate } from './commands/validate.js';
import { registerInit } from './commands/init.js';
import { registerReport } from './commands/report.js';
import { registerCalibrate } from './commands/calibrate.js';
import { registerList } from './commands/list.js';
import { registerDiscover } from './commands/discover.js';
import { registerClassroom } from './commands/classroom.js';

const asksForHelp = (args: readonly string[]) => args.some((a) => a === '--help' || a === '-h');

/**
 * yargs renders a command's whole help text before running its handler, to have it ready should
 * the handler fail later (cliui lays it out, string-width measures every word; with yargs bundled,
 * sim/cli/yargs-bundled.mjs, the two saved ~0.06 s of CPU per command on Node 24). deptsim never shows it then: its failures are
 * one line (.fail below), and --help is answered before any handler runs.
 */
function skipHelpCache(cli: Argv): void {
  const internal = (cli as unknown as { getInternalMethods(): { getUsageInstance(): { cacheHelpMessage(): void } } }).getInternalMethods();
  internal.getUsageInstance().cacheHelpMessage = () => undefined;
}

/**
 * deptsim's command line. Each command lives in commands/ and only parses arguments, calls the
 * layers below and prints; errors a user can fix become one clear line and exit code 2.
 */
export async function main(args: string[]): Promise<number> {
  let cli = yargs(args)
    .scriptName('deptsim')
    .usage(
      'deptsim: agent-based simulation of government departments that must coordinate.\n\n' +
        'Usage: $0 <command> [options]\n\n' +
        'Scenario files (YAML) describe departments, staff, duties, campaigns and\n' +
        'coordination (docs/SCENARIOS.md); a shipped scenario can be named instead of a\n' +
        'file (`deptsim list`). Results land in reports/<file name>-<6 hex digits>/\n' +
        'unless --out says otherwise. deptsim replaces only a folder it wrote itself,\n' +
        'and only when the settings are the same (--force replaces its own results of\n' +
        'other settings; see docs/EXPERIMENTS.md).',
    )
    .epilogue(
      `${examplesText([
        ['deptsim list', 'the scenarios that come with deptsim'],
        ['deptsim run three-campaigns', "case A's three 100-day campaigns: results and report.html"],
        ['deptsim run three-campaigns --replicates 20', '20 seeds: means with 95% intervals'],
        ['deptsim compare case-b-weak-office case-b-strong-office --replicates 20', 'a weak and a strong coordination office, seed by seed'],
        ['deptsim report reports/three-campaigns --style slides --out talk', 'the figures again for a projector, in ./talk'],
        ['deptsim init my-county --from three-campaigns', 'a copy of case A to edit; `deptsim COMMAND --help` for more'],
      ])}\n\n` +
        `Limits: an experiment may make at most ${count(DEFAULT_BUDGET.maxRuns)} runs (--max-runs N), simulate\n` +
        `${count(DEFAULT_BUDGET.maxStaffDays)} staff-days (--max-staff-days N) and write a daily.csv of about\n` +
        `${DEFAULT_BUDGET.maxDailyBytes / 1024 ** 3} GB (--max-daily-mb N); larger ones are refused before they start.\n` +
        'Scenario files are at most 5 MB and regular files; `extends` reads only the\n' +
        "scenario's folder and the working folder (--allow-extends-outside). Every\n" +
        'limit: docs/SCENARIOS.md, "Limits".',
    )
    .strict()
    .demandCommand(1, 'Name a command, e.g. `deptsim run three-campaigns`.')
    .recommendCommands()
    .help()
    .alias('h', 'help')
    // Named, not left to yargs: it looks for package.json above its own folder, which in the bundled
    // CLI (sim/cli/build.mjs) is dist/sim/cli, not node_modules/yargs.
    .version(deptsimVersion())
    // yargs renders (and so wraps) the help text on every command, to have it ready; wrapping measures
    // every word's terminal width, a good part of start-up. Only --help ever prints it (errors are one
    // line, see .fail), so wrap only then.
    .wrap(asksForHelp(args) ? Math.min(HELP_COLUMNS, process.stdout.columns || HELP_COLUMNS) : null)
    .fail((msg, err) => {
      if (err) throw err;
      throw new UsageError(msg);
    });
  cli = registerRun(cli);
  cli = registerCompare(cli);
  cli = registerSweep(cli);
  cli = registerSensitivity(cli);
  cli = registerDiscover(cli);
  cli = registerMerge(cli);
  cli = registerValidate(cli);
  cli = registerInit(cli);
  cli = registerReport(cli);
  cli = registerCalibrate(cli);
  cli = registerList(cli);
  cli = registerClassroom(cli);
  if (!asksForHelp(args)) skipHelpCache(cli);
  try {
    await cli.parseAsync();
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (e) {
    // Messages quote what users wrote (names, paths, values): no terminal control sequences in them.
    if (e instanceof Error) e.message = terminalText(e.message);
    return reportFailure(e);
  } finally {
    // Threads started for an experiment the command never ran (it failed first, or had nothing to do).
    await stopEarlyWorkers();
  }
}

// `deptsim ... | head` closes the pipe early: that is the reader's choice, not an error to report.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
}

main(hideBin(process.argv)).then((code) => {
  process.exitCode = code;
});
