import type { Argv } from 'yargs';
import { examplesText } from '../examples.js';
import { loadScenario } from '../../scenario/load.js';
import type { SweepValues } from '../../scenario/schema/sweep.js';
import { execute } from '../../runner/execute.js';
import { sweepExperiment } from '../../runner/experiments.js';
import { UsageError } from '../fail.js';
import { asUsage, asUsageAsync, budgetOf, executeOptions, experimentOptions, loadOptionsOf, replicatesOf, seedOf, setsOf, type ExperimentArgs, startWorkers } from './experiment-options.js';
import { sweepFindings } from './experiment-findings.js';
import { wroteText } from './experiment-print.js';
import { metricOption, metricsOf } from './metric-option.js';
import { defaultOutDir } from './out-folder.js';
import { scenarioFile } from '../shipped.js';
import { print } from '../terminal-text.js';

export function registerSweep(y: Argv): Argv {
  return y.command(
    'sweep <file>',
    "Run a scenario over a grid or Latin hypercube of parameter values (the scenario's sweep: block and --set)",
    (a) =>
      metricOption(experimentOptions(a))
        .positional('file', { type: 'string', demandOption: true, describe: 'scenario YAML file, or a shipped scenario by name (deptsim list)' })
        .option('set', { type: 'string', array: true, describe: 'path=values: a,b,c or from:to:count (grid) or from:to (lhs); repeatable' })
        .option('design', { choices: ['grid', 'lhs'] as const, describe: 'every combination, or a Latin hypercube sample (default: the sweep block, else grid)' })
        .option('samples', { type: 'number', describe: 'points of a Latin hypercube' })
        .epilogue(
        examplesText([
          ['deptsim sweep my.yaml --set inspection.penalty=10,20,40 --set campaigns.0.inspectionRate=0:0.1:5 --replicates 10', 'a 3 x 5 grid'],
          ['deptsim sweep my.yaml --design lhs --samples 50 --set inspection.penalty=10:80 --set staff.shirking.noise=0.1:0.6', 'a Latin hypercube'],
        ]),
      ),
    async (argv) => {
      const args = argv as unknown as ExperimentArgs & { file: string; set?: unknown; design?: 'grid' | 'lhs'; samples?: number; metric?: unknown };
      const asked = metricsOf(args.metric);
      startWorkers(args);
      const scenario = loadScenario(scenarioFile(args.file), undefined, loadOptionsOf(args));
      const params: Record<string, SweepValues> = { ...(scenario.sweep?.parameters ?? {}) };
      for (const s of setsOf(args.set)) params[s.path] = s.values;
      const design = args.design ?? scenario.sweep?.design ?? 'grid';
      const samples = args.samples ?? scenario.sweep?.samples;
      if (samples !== undefined && (!Number.isInteger(samples) || samples < 1)) throw new UsageError(`--samples ${samples}: give a whole number of at least 1`);
      const seed = seedOf(args, scenario.seed);
      const replicates = replicatesOf(args, scenario.replicates);
      const exp = asUsage(() => sweepExperiment(scenario, params, { seed, replicates, daily: args.daily, design, samples, budget: budgetOf(args) }));
      const out = args.out ?? defaultOutDir([args.file], 'sweep');
      const ex = await asUsageAsync(() => execute(exp, executeOptions(args, out, [args.file])));
      print(
        `${scenario.name}: ${design} sweep of ${exp.plan.parameters.join(', ')}: ${exp.plan.points.length} points x ${replicates} replicates (seed ${seed})\n`,
      );
      if (ex.results) print(`${sweepFindings(ex.dir, { focus: scenario.report.focus, asked })}\n`);
      print(`${wroteText(ex)}\n`);
    },
  );
}
