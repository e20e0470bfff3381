import type { Argv } from 'yargs';
import { loadScenario } from '../../scenario/load.js';
import type { SweepValues } from '../../scenario/schema/sweep.js';
import { execute } from '../../runner/execute.js';
import { sensitivityExperiment } from '../../runner/experiments.js';
import { morrisRows } from '../../runner/morris-table.js';
import { metricNames } from '../../runner/tables.js';
import { UsageError } from '../fail.js';
import { fix, textTable } from '../table.js';
import { asUsage, asUsageAsync, executeOptions, experimentOptions, replicatesOf, setsOf, shardOf, workersOf, type ExperimentArgs } from './experiment-options.js';
import { wroteText } from './experiment-print.js';
import { defaultOutDir } from './run.js';
import { scenarioFile } from '../shipped.js';

export function registerSensitivity(y: Argv): Argv {
  return y.command(
    'sensitivity <file>',
    'Rank parameters by their Morris elementary effects on every county metric',
    (a) =>
      experimentOptions(a)
        .positional('file', { type: 'string', demandOption: true, describe: 'scenario YAML file, or a shipped scenario by name (deptsim list)' })
        .option('set', { type: 'string', array: true, describe: "path=from:to for each parameter to screen (default: the sweep block's parameters)" })
        .option('trajectories', { type: 'number', default: 10, describe: 'Morris trajectories (runs: trajectories x (parameters + 1) x replicates)' })
        .option('levels', { type: 'number', default: 4, describe: 'grid levels per parameter (even)' })
        .option('metric', { type: 'string', default: 'regular_done_per_staff_week', describe: 'metric whose ranking is printed (morris.csv has all)' })
        .example('$0 sensitivity my.yaml --set inspection.penalty=10:80 --set staff.fatigue.buildPerHour=0.01:0.03 --set staff.shirking.noise=0.1:0.6', 'screen three parameters'),
    async (argv) => {
      const args = argv as unknown as ExperimentArgs & { file: string; set?: unknown; trajectories: number; levels: number; metric: string };
      const scenario = loadScenario(scenarioFile(args.file));
      const sets = setsOf(args.set);
      const ranges: Record<string, SweepValues> = sets.length ? {} : { ...(scenario.sweep?.parameters ?? {}) };
      for (const s of sets) ranges[s.path] = s.values;
      if (!Number.isInteger(args.trajectories) || args.trajectories < 2) throw new UsageError('--trajectories: give a whole number of at least 2');
      if (!Number.isInteger(args.levels) || args.levels < 2 || args.levels % 2) throw new UsageError('--levels: give an even whole number (2, 4, 6...)');
      const seed = args.seed ?? scenario.seed;
      const replicates = replicatesOf(args, scenario.replicates);
      const exp = asUsage(() =>
        sensitivityExperiment(scenario, ranges, { seed, replicates, daily: args.daily, trajectories: args.trajectories, levels: args.levels }),
      );
      const out = args.out ?? defaultOutDir(exp.plan.name);
      const ex = await asUsageAsync(() =>
        execute(exp, executeOptions(args, out)),
      );
      if (ex.results) {
        const names = metricNames(ex.results[0]) as string[];
        if (!names.includes(args.metric)) throw new UsageError(`--metric ${args.metric}: not a metric; choose one of ${names.join(', ')}`);
        const rows = morrisRows(exp.plan, ex.results).filter((r) => r.metric === args.metric);
        process.stdout.write(`Morris screening of ${args.metric} (county, whole horizon; ${exp.plan.points.length} points x ${replicates} replicates):\n`);
        process.stdout.write(
          `${textTable(['rank', 'parameter', 'mu*', 'mu', 'sigma'], rows.map((r) => [String(r.rank), r.parameter, fix(r.mu_star, 4), fix(r.mu, 4), fix(r.sigma, 4)]))}\n`,
        );
      }
      process.stdout.write(`${wroteText(ex)}\n`);
    },
  );
}
