import type { Argv } from 'yargs';
import { examplesText } from '../examples.js';
import { loadScenario } from '../../scenario/load.js';
import type { SweepValues } from '../../scenario/schema/sweep.js';
import { execute } from '../../runner/execute.js';
import { sensitivityExperiment } from '../../runner/experiments.js';
import { UsageError } from '../fail.js';
import { morrisFindings } from './experiment-findings.js';
import { metricOption, metricsOf } from './metric-option.js';
import { asUsage, asUsageAsync, budgetOf, executeOptions, experimentOptions, loadOptionsOf, replicatesOf, seedOf, setsOf, type ExperimentArgs, startWorkers } from './experiment-options.js';
import { wroteText } from './experiment-print.js';
import { defaultOutDir } from './out-folder.js';
import { scenarioFile } from '../shipped.js';
import { print } from '../terminal-text.js';

export function registerSensitivity(y: Argv): Argv {
  return y.command(
    'sensitivity <file>',
    'Rank parameters by their Morris elementary effects on every county metric',
    (a) =>
      metricOption(experimentOptions(a), "the measure whose ranking is printed (names in docs/OUTPUTS.md); default: the scenario's first report.focus, else the measure the parameters move most (morris.csv has all)")
        .positional('file', { type: 'string', demandOption: true, describe: 'scenario YAML file, or a shipped scenario by name (deptsim list)' })
        .option('set', { type: 'string', array: true, describe: "path=from:to for each parameter to screen (default: the sweep block's parameters)" })
        .option('trajectories', { type: 'number', default: 10, describe: 'Morris trajectories (runs: trajectories x (parameters + 1) x replicates)' })
        .option('levels', { type: 'number', default: 4, describe: 'grid levels per parameter (even)' })
        .epilogue(
        examplesText([
          ['deptsim sensitivity my.yaml --set inspection.penalty=10:80 --set staff.fatigue.buildPerHour=0.01:0.03 --set staff.shirking.noise=0.1:0.6', 'screen three parameters'],
        ]),
      ),
    async (argv) => {
      const args = argv as unknown as ExperimentArgs & { file: string; set?: unknown; trajectories: number; levels: number; metric?: unknown };
      const asked = metricsOf(args.metric).slice(0, 1);
      startWorkers(args);
      const scenario = loadScenario(scenarioFile(args.file), undefined, loadOptionsOf(args));
      const sets = setsOf(args.set);
      const ranges: Record<string, SweepValues> = sets.length ? {} : { ...(scenario.sweep?.parameters ?? {}) };
      for (const s of sets) ranges[s.path] = s.values;
      if (!Number.isInteger(args.trajectories) || args.trajectories < 2) throw new UsageError('--trajectories: give a whole number of at least 2');
      if (!Number.isInteger(args.levels) || args.levels < 2 || args.levels % 2) throw new UsageError('--levels: give an even whole number (2, 4, 6...)');
      const seed = seedOf(args, scenario.seed);
      const replicates = replicatesOf(args, scenario.replicates);
      const exp = asUsage(() =>
        sensitivityExperiment(scenario, ranges, { seed, replicates, daily: args.daily, trajectories: args.trajectories, levels: args.levels, budget: budgetOf(args) }),
      );
      const out = args.out ?? defaultOutDir([args.file], 'morris');
      const ex = await asUsageAsync(() => execute(exp, executeOptions(args, out, [args.file])));
      if (ex.results) {
        const runs = exp.plan.points.length * replicates;
        print(`${morrisFindings(ex.dir, { focus: scenario.report.focus.slice(0, 1), asked }, runs).text}\n`);
      }
      print(`${wroteText(ex)}\n`);
    },
  );
}
