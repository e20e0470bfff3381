import type { Argv } from 'yargs';
import { examplesText } from '../examples.js';
import { openingLines, shippedList } from '../shipped.js';
import { displayWidth } from '../text-width.js';
import { terminalColumns } from '../table.js';

/**
 * `deptsim list`: the shipped scenarios, then the shipped calibration targets, one line each, so a
 * user can pick one by name.
 */
export function registerList(y: Argv): Argv {
  return y.command(
    'list',
    'List the scenarios (and calibration targets) that come with deptsim, each with a one-line description',
    (a) => a.epilogue(
        examplesText([
          ['deptsim list', 'then `deptsim run three-campaigns` or `deptsim init my-county --from three-campaigns`'],
        ]),
      ),
    () => {
      const items = shippedList();
      const nameWidth = Math.max(...items.map((i) => displayWidth(i.name)));
      // The description wraps beside the name (never cut with "…"), to the terminal's width (80 when not one).
      const width = Math.max(30, Math.min(terminalColumns(), 160) - nameWidth - 2);
      const lines = (kind: 'scenario' | 'targets') =>
        items
          .filter((i) => i.kind === kind)
          .map((i) => openingLines(i.description, width).map((line, k) => `${(k === 0 ? i.name : '').padEnd(nameWidth)}  ${line}`).join('\n'));
      const targets = lines('targets');
      process.stdout.write(
        `Scenarios (deptsim run NAME; also validate, compare, sweep, init --from):\n${lines('scenario').join('\n')}\n\n` +
          (targets.length ? `Calibration targets (deptsim calibrate NAME; they fit a scenario above):\n${targets.join('\n')}\n\n` : '') +
          'Run one by name from any folder: `deptsim run three-campaigns`.\n' +
          'Start your own from one: `deptsim init my-county --from three-campaigns`.\n' +
          'A file of the same name in the current folder wins.\n',
      );
    },
  );
}
