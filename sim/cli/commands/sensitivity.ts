import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Argv } from 'yargs';
import { designMeasure } from '../../report/design-measure.js';
import { examplesText } from '../examples.js';
import { loadScenario } from '../../scenario/load.js';
import type { SweepValues } from '../../scenario/schema/sweep.js';
import { execute } from '../../runner/execute.js';
import { sensitivityExperiment } from '../../runner/experiments.js';
import { screeningExperiment, sobolExperiment } from '../../runner/methods.js';
import { screeningFactors } from '../../runner/screening.js';
import { UsageError } from '../fail.js';
import { morrisFindings } from './experiment-findings.js';
import { metricOption, metricsOf } from './metric-option.js';
import { asUsage, asUsageAsync, budgetOf, executeOptions, experimentOptions, loadOptionsOf, replicatesOf, seedOf, setsOf, type ExperimentArgs, startWorkers } from './experiment-options.js';
import { wroteText } from './experiment-print.js';
import { defaultOutDir } from './out-folder.js';
import { scenarioFile } from '../shipped.js';
import { print } from '../terminal-text.js';
import { factorsOfSets, leftOutText, sobolText, topOfMorris } from './method-text.js';
import { reportStep } from './report.js';

export function registerSensitivity(y: Argv): Argv {
  return y.command(
    'sensitivity <file>',
    'Screen every parameter by Morris elementary effects (or compute Sobol indices of a few) on every county measure',
    (a) =>
      metricOption(experimentOptions(a), "the measure whose ranking is printed (names in docs/OUTPUTS.md); default: the scenario's first report.focus, else shirking, else the first measure the parameters move (morris.csv and sobol.csv have all)")
        .positional('file', { type: 'string', demandOption: true, describe: 'scenario YAML file, or a shipped scenario by name (deptsim list)' })
        .option('set', { type: 'string', array: true, describe: 'path=from:to for each parameter (default: every numeric parameter over its screening range, docs/ODD.md section 9)' })
        .option('method', { choices: ['morris', 'sobol'] as const, default: 'morris' as const, describe: 'morris: rank by μ* and σ; sobol: first-order and total indices with bootstrap 95% intervals' })
        .option('trajectories', { type: 'number', default: 10, describe: 'Morris trajectories (runs: trajectories x (parameters + 1) x replicates)' })
        .option('levels', { type: 'number', default: 4, describe: 'Morris grid levels per parameter (even)' })
        .option('samples', { type: 'number', default: 64, describe: 'Sobol base rows N (runs: N x (parameters + 2) x replicates)' })
        .option('from', { type: 'string', describe: 'Sobol: a Morris results folder whose top parameters (--top, for --metric) to take' })
        .option('top', { type: 'number', default: 4, describe: 'Sobol with --from: how many of the Morris ranking to take' })
        .epilogue(
        examplesText([
          ['deptsim sensitivity my.yaml', 'screen every parameter over its screening range'],
          ['deptsim sensitivity my.yaml --set inspection.penalty=10:80 --set staff.fatigue.buildPerHour=0.01:0.03', 'screen two parameters'],
          ['deptsim sensitivity my.yaml --method sobol --from reports/my-morris --top 4 --metric shirk_rate', 'Sobol indices of the top four of a screen'],
        ]),
      ),
    async (argv) => {
      const args = argv as unknown as ExperimentArgs & { file: string; set?: unknown; method: 'morris' | 'sobol'; trajectories: number; levels: number; samples: number; from?: string; top: number; metric?: unknown };
      const asked = metricsOf(args.metric).slice(0, 1);
      if (!Number.isInteger(args.trajectories) || args.trajectories < 2) throw new UsageError('--trajectories: give a whole number of at least 2');
      if (!Number.isInteger(args.levels) || args.levels < 2 || args.levels % 2) throw new UsageError('--levels: give an even whole number (2, 4, 6...)');
      if (!Number.isInteger(args.top) || args.top < 1) throw new UsageError('--top: give a whole number of at least 1');
      startWorkers(args);
      const scenario = loadScenario(scenarioFile(args.file), undefined, loadOptionsOf(args));
      const sets = setsOf(args.set);
      const seed = seedOf(args, scenario.seed);
      const replicates = replicatesOf(args, scenario.replicates);
      const common = { seed, replicates, daily: args.daily, budget: budgetOf(args) };
      let exp;
      if (args.method === 'sobol') {
        if (args.from && sets.length) throw new UsageError('--from and --set both name the parameters: give one of them');
        const factors = args.from ? topOfMorris(args.from, scenario, asked[0], args.top) : factorsOfSets(sets);
        exp = asUsage(() => sobolExperiment(scenario, factors, { ...common, samples: args.samples }));
      } else if (sets.length) {
        const ranges: Record<string, SweepValues> = {};
        for (const s of sets) ranges[s.path] = s.values;
        exp = asUsage(() => sensitivityExperiment(scenario, ranges, { ...common, trajectories: args.trajectories, levels: args.levels }));
      } else {
        const { factors, left } = screeningFactors(scenario);
        print(`${leftOutText(factors.length, left)}\n`);
        exp = asUsage(() => screeningExperiment(scenario, factors, { ...common, trajectories: args.trajectories, levels: args.levels }));
      }
      const out = args.out ?? defaultOutDir([args.file], args.method === 'sobol' ? 'sobol' : 'morris');
      const o = executeOptions(args, out, [args.file, ...(args.from ? [args.from] : [])]);
      const ex = await asUsageAsync(() => execute(exp, { ...o, report: reportStep({ ...args, designMetric: asked[0] }) }));
      if (ex.results) {
        const runs = exp.plan.points.length * replicates;
        const preferred = asked[0] ?? scenario.report.focus[0];
        if (args.method === 'sobol') print(`${sobolText(ex.dir, preferred, runs)}\n`);
        else {
          // The measure plots/screening.svg draws, unless one was asked for (shown even if flat).
          const shown = asked.length ? asked : [designMeasure(readFileSync(join(ex.dir, 'morris.csv'), 'utf8'), preferred)].filter((m): m is string => !!m);
          print(`${morrisFindings(ex.dir, { focus: [], asked: shown }, runs).text}\n`);
        }
      }
      print(`${wroteText(ex)}\n`);
    },
  );
}
