import type { Argv } from 'yargs';
import { UsageError } from '../fail.js';
import { scenarioFromArg } from '../link-input.js';
import { print } from '../terminal-text.js';
import { checkWork } from '../../runner/budget.js';
import { examplesText } from '../examples.js';
import { asUsage, budgetOf, budgetOptions, loadOptionsOf, type BudgetArgs } from './experiment-options.js';

/** The class's county, the model's heads and heads who ignore the assessment: three runs of it. */
const RUNS_PER_SESSION = 3;

const stamp = () => new Date().toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');

/**
 * `deptsim classroom [scenario]`: a classroom session on the local network. Students join from their
 * phones, each heading a department; the teacher steers from a second page with a secret key. The
 * session is logged as it goes (--resume continues it) and exported at the end.
 */
export function registerClassroom(y: Argv): Argv {
  return y.command(
    'classroom [scenario]',
    'Run a county with a class: students head departments from their phones, the teacher steers from the projector',
    (a) =>
      budgetOptions(a)
        .positional('scenario', { type: 'string', default: 'teach-county', describe: 'scenario file or shipped name (deptsim list)' })
        .option('port', { type: 'number', default: 8765, describe: 'port to listen on' })
        .option('host', { type: 'string', default: '0.0.0.0', describe: 'address to listen on (default: every network of this computer)' })
        .option('dir', { type: 'string', describe: 'folder for the session log and export (default reports/classroom-<scenario>-<time>)' })
        .option('resume', { type: 'string', describe: 'continue the session logged in this folder' })
        .option('address-limit', { type: 'boolean', default: true, describe: 'limit joins and messages per network address (--no-address-limit when every phone reaches this computer through one router address)' })
        .option('pace', { type: 'number', default: 0, describe: 'seconds per simulated week (0: the teacher steps by hand)' })
        .epilogue(
          examplesText([
            ['deptsim classroom', 'the small teaching county, on port 8765'],
            ['deptsim classroom --resume reports/classroom-teach-county-20261207-0900', 'continue after a restart'],
          ]),
        ),
    async (argv) => {
      const port = argv.port as number;
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port ${argv.port}: give a port number from 1 to 65535 (0: any free port)`);
      const pace = argv.pace as number;
      if (!Number.isInteger(pace) || pace < 0 || pace > 600) throw new UsageError(`--pace ${argv.pace}: give whole seconds from 0 to 600`);
      const resume = argv.resume as string | undefined;
      const scenario = resume ? undefined : scenarioFromArg(argv.scenario as string, loadOptionsOf(argv as { allowExtendsOutside?: boolean }));
      // The same up-front estimate as every command: a county too big for the budget is refused
      // before the server starts, not after the class has joined.
      if (scenario) asUsage(() => checkWork([scenario], RUNS_PER_SESSION, false, budgetOf(argv as unknown as BudgetArgs)));
      const dir = resume ?? (argv.dir as string | undefined) ?? `reports/classroom-${scenario!.name}-${stamp()}`;
      // Loaded only for this command: the WebSocket server is no part of any other command's start-up.
      const { startClassroom, EXPORT_FOLDER, ListenError, LogError, terminalQr } = await import('../../classroom/start.js');
      let running;
      try {
        running = await startClassroom({ host: argv.host as string, port, dir, scenario, source: argv.scenario as string, resume: !!resume, pace, addressLimit: argv['address-limit'] as boolean }, terminalQr);
      } catch (e) {
        if (e instanceof ListenError || e instanceof LogError) throw new UsageError(e.message);
        if (e instanceof Error && /holds no session|already holds a session/.test(e.message)) throw new UsageError(e.message);
        throw e;
      }
      const { links, open } = running;
      print(`${open.session.scenario.name}: ${open.session.students.size} students, week ${open.session.county.week + 1} of ${open.session.county.weeks}${resume ? ' (resumed)' : ''}\n`);
      print(`Students open:  ${links.student}\n`);
      process.stdout.write(`${links.qr}\n`);
      print(`Teacher opens:  ${links.teacher}\n  (keep this address to yourself: its key steers the session)\n`);
      print(`Session log:    ${dir}  (continue after a restart with --resume ${dir}; export lands in ${dir}/${EXPORT_FOLDER})\n`);
      print('Stop with Ctrl-C.\n');
      await new Promise<void>((resolve) => {
        const stop = () => void running.stop().then(resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    },
  );
}
