import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Argv } from 'yargs';
import { loadScenario } from '../../scenario/load.js';
import { execute } from '../../runner/execute.js';
import { compareExperiment } from '../../runner/experiments.js';
import { UsageError } from '../fail.js';
import { textTable } from '../table.js';
import { asUsageAsync, executeOptions, experimentOptions, replicatesOf, shardOf, workersOf, type ExperimentArgs } from './experiment-options.js';
import { wroteText } from './experiment-print.js';
import { defaultOutDir } from './run.js';
import { scenarioFile } from '../shipped.js';

/** Replicates a comparison runs when neither the option nor the first scenario asks for more than one. */
export const COMPARE_DEFAULT_REPLICATES = 20;

const SHOWN = ['regular_done_per_staff_week', 'worked_hours_per_staff_week', 'shirk_rate', 'fatigue_mean', 'regular_backlog_end', 'wasted_hours'];

export function registerCompare(y: Argv): Argv {
  return y.command(
    'compare <files..>',
    'Compare scenarios replicate by replicate with common random numbers: differences with 95% intervals',
    (a) =>
      experimentOptions(a)
        .positional('files', { type: 'string', array: true, demandOption: true, describe: 'two or more scenario files or shipped names; the first is the baseline' })
        .example('$0 compare base.yaml office.yaml --replicates 40', 'does a coordination office help?'),
    async (argv) => {
      const args = argv as unknown as ExperimentArgs & { files: string[] };
      if (args.files.length < 2) throw new UsageError('compare needs at least two scenario files; the first is the baseline');
      const arms = args.files.map((file) => ({ file, scenario: loadScenario(scenarioFile(file)) }));
      const first = arms[0].scenario;
      const replicates = replicatesOf(args, first.replicates > 1 ? first.replicates : COMPARE_DEFAULT_REPLICATES);
      const seed = args.seed ?? first.seed;
      const exp = compareExperiment(arms, { seed, replicates, daily: args.daily });
      const out = args.out ?? defaultOutDir(exp.plan.name);
      const ex = await asUsageAsync(() =>
        execute(exp, executeOptions(args, out)),
      );
      process.stdout.write(`${exp.plan.points.map((p) => p.label).join(' vs ')} (seed ${seed}, ${replicates} paired replicates)\n`);
      if (ex.results) process.stdout.write(`${differencesText(join(ex.dir, 'differences.csv'))}\n`);
      process.stdout.write(`${wroteText(ex)}\n`);
    },
  );
}

/** The county's whole-horizon differences, read back from differences.csv (one source of truth). */
function differencesText(file: string): string {
  const [head, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const cols = head.split(',');
  const at = (row: string[], c: string) => row[cols.indexOf(c)];
  const rows = lines
    .map((l) => l.split(','))
    .filter((r) => at(r, 'window') === 'overall' && at(r, 'unit') === 'county' && SHOWN.includes(at(r, 'metric')))
    .map((r) => [at(r, 'arm'), at(r, 'metric'), at(r, 'baseline_mean'), at(r, 'arm_mean'), at(r, 'diff_mean'), `[${at(r, 'ci_low')}, ${at(r, 'ci_high')}]`, at(r, 'arm_higher')]);
  return `County, whole horizon, arm minus baseline:\n${textTable(['arm', 'metric', 'baseline', 'arm', 'difference', '95% CI', 'arm higher'], rows)}`;
}
