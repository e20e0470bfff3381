import type { Argv } from 'yargs';
import { oneLine, shippedList } from '../shipped.js';
import { displayWidth } from '../text-width.js';

/**
 * `deptsim list`: the shipped scenarios, then the shipped calibration targets, one line each, so a
 * user can pick one by name.
 */
export function registerList(y: Argv): Argv {
  return y.command(
    'list',
    'List the scenarios (and calibration targets) that come with deptsim, each with a one-line description',
    (a) => a.example('$0 list', 'then `deptsim run three-campaigns` or `deptsim init my-county --from three-campaigns`'),
    () => {
      const items = shippedList();
      const nameWidth = Math.max(...items.map((i) => displayWidth(i.name)));
      const width = Math.max(40, Math.min(process.stdout.columns || 120, 160) - nameWidth - 2);
      const lines = (kind: 'scenario' | 'targets') =>
        items.filter((i) => i.kind === kind).map((i) => `${i.name.padEnd(nameWidth)}  ${oneLine(i.description, width)}`);
      const targets = lines('targets');
      process.stdout.write(
        `Scenarios (deptsim run NAME, validate, compare, sweep, sensitivity, init --from):\n${lines('scenario').join('\n')}\n\n` +
          (targets.length ? `Calibration targets (deptsim calibrate NAME; they fit a scenario above):\n${targets.join('\n')}\n\n` : '') +
          'Run one by name from any folder: `deptsim run three-campaigns`. Start your own from one:\n' +
          '`deptsim init my-county --from three-campaigns`. A file of the same name in the current folder wins.\n',
      );
    },
  );
}
