import type { Argv } from 'yargs';
import { examplesText } from '../examples.js';
import { loadScenario } from '../../scenario/load.js';
import { execute } from '../../runner/execute.js';
import { compareExperiment } from '../../runner/experiments.js';
import { UsageError } from '../fail.js';
import { compareFindings } from './experiment-findings.js';
import { metricOption, metricsOf } from './metric-option.js';
import { asUsage, asUsageAsync, budgetOf, startWorkers, executeOptions, experimentOptions, loadOptionsOf, replicatesOf, seedOf, type ExperimentArgs } from './experiment-options.js';
import { wroteText } from './experiment-print.js';
import { defaultOutDir } from './out-folder.js';
import { scenarioFile } from '../shipped.js';
import { print } from '../terminal-text.js';

/** Replicates a comparison runs when neither the option nor the first scenario asks for more than one. */
export const COMPARE_DEFAULT_REPLICATES = 20;

export function registerCompare(y: Argv): Argv {
  return y.command(
    'compare <files..>',
    'Compare scenarios replicate by replicate with common random numbers: differences with 95% intervals',
    (a) =>
      metricOption(experimentOptions(a))
        .positional('files', { type: 'string', array: true, demandOption: true, describe: 'two or more scenario files or shipped names; the first is the baseline' })
        .epilogue(
        examplesText([
          ['deptsim compare base.yaml office.yaml --replicates 40', 'does a coordination office help?'],
        ]),
      ),
    async (argv) => {
      const args = argv as unknown as ExperimentArgs & { files: string[]; metric?: unknown };
      if (args.files.length < 2) throw new UsageError('compare needs at least two scenario files; the first is the baseline');
      startWorkers(args);
      const asked = metricsOf(args.metric);
      const arms = args.files.map((file) => ({ file, scenario: loadScenario(scenarioFile(file), undefined, loadOptionsOf(args)) }));
      const first = arms[0].scenario;
      const replicates = replicatesOf(args, first.replicates > 1 ? first.replicates : COMPARE_DEFAULT_REPLICATES);
      const seed = seedOf(args, first.seed);
      const exp = asUsage(() => compareExperiment(arms, { seed, replicates, daily: args.daily, budget: budgetOf(args) }));
      const out = args.out ?? defaultOutDir(args.files);
      const ex = await asUsageAsync(() => execute(exp, executeOptions(args, out, args.files)));
      print(`${exp.plan.points.map((p) => p.label).join(' vs ')} (seed ${seed}, ${replicates} paired replicates)\n`);
      const focus = [...new Set(arms.flatMap((a) => a.scenario.report.focus))];
      if (ex.results) print(`${compareFindings(ex.dir, { focus, asked })}\n`);
      print(`${wroteText(ex)}\n`);
    },
  );
}
