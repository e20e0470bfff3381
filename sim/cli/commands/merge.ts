import type { Argv } from 'yargs';
import { examplesText } from '../examples.js';
import { writeResults } from '../../runner/finalise.js';
import { readShards } from '../../runner/shard.js';
import { UsageError } from '../fail.js';
import { experimentIdentity } from '../../runner/manifest.js';
import { checkOutputFolder } from '../../runner/output-folder.js';
import { asUsage, asUsageAsync } from './experiment-options.js';
import { reportOptions, reportStep } from './report.js';
import type { FigureStyle } from '../../report/plots/style.js';
import type { Locale } from '../../i18n/format.js';
import { print } from '../terminal-text.js';

export function registerMerge(y: Argv): Argv {
  return y.command(
    'merge <dirs..>',
    'Join the folders of a sharded run (--shard K/N) into exactly the unsharded result',
    (a) =>
      reportOptions(a)
        .positional('dirs', { type: 'string', array: true, demandOption: true, describe: 'every shard folder (out.shard-K-of-N)' })
        .option('out', { type: 'string', describe: 'output folder (default: the shard folder name without .shard-K-of-N)' })
        .option('force', { type: 'boolean', default: false, describe: "replace deptsim's own earlier results of other settings in --out (never a folder deptsim did not write)" })
        .epilogue(
        examplesText([
          ['deptsim merge results/sweep.shard-*', 'writes results/sweep/'],
        ]),
      ),
    async (argv) => {
      const dirs = (argv.dirs as string[]).map((d) => d.replace(/[\\/]+$/, ''));
      const out = (argv.out as string | undefined) ?? dirs[0].replace(/\.shard-\d+-of-\d+$/, '');
      if (out === dirs[0]) throw new UsageError('merge: give --out; the folder names do not end in .shard-K-of-N');
      const set = asUsage(() => readShards(dirs));
      const where = { dir: out, force: argv.force as boolean, inputs: dirs };
      asUsage(() => checkOutputFolder({ ...where, identity: experimentIdentity(set.plan) }));
      const files = await asUsageAsync(() => writeResults(where, set.plan, set.results, set.dailyPart, reportStep({ report: argv.report as boolean, png: argv.png as boolean, style: argv.style as FigureStyle, lang: argv.lang as Locale })));
      print(`Merged ${dirs.length} shards (${set.results.length} runs). Wrote ${files.join(', ')} to ${out}/\n`);
    },
  );
}
