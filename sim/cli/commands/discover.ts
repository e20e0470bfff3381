import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Argv } from 'yargs';
import type { Locale } from '../../i18n/format.js';
import { unknownMeasure, WINDOW_MEASURE_NAMES, type WindowMeasureName } from '../../measures/measures.js';
import { loadScenario } from '../../scenario/load.js';
import { execute } from '../../runner/execute.js';
import { discoverExperiment } from '../../runner/methods.js';
import { screeningFactors } from '../../runner/screening.js';
import { examplesText } from '../examples.js';
import { UsageError } from '../fail.js';
import { asUsage, asUsageAsync, budgetOf, executeOptions, experimentOptions, loadOptionsOf, replicatesOf, seedOf, setsOf, type ExperimentArgs, startWorkers } from './experiment-options.js';
import { wroteText } from './experiment-print.js';
import { defaultOutDir } from './out-folder.js';
import { scenarioFile } from '../shipped.js';
import { print } from '../terminal-text.js';
import { factorsOfSets, leftOutText } from './method-text.js';

export function registerDiscover(y: Argv): Argv {
  return y.command(
    'discover <file>',
    'Scenario discovery: sample parameters (Latin hypercube) and find by PRIM the boxes where an outcome crosses a threshold',
    (a) =>
      experimentOptions(a)
        .positional('file', { type: 'string', demandOption: true, describe: 'scenario YAML file, or a shipped scenario by name (deptsim list)' })
        .option('set', { type: 'string', array: true, describe: 'path=from:to for each parameter to sample (default: every numeric parameter over its screening range)' })
        .option('samples', { type: 'number', default: 200, describe: 'points of the Latin hypercube (runs: samples x replicates)' })
        .option('outcome', { type: 'string', demandOption: true, describe: 'the county measure (names in docs/OUTPUTS.md)' })
        .option('window', { type: 'string', default: 'overall', describe: 'the window it is read in: overall, baseline, a campaign id, gap-k, after' })
        .option('above', { type: 'number', describe: 'the cases of interest: the outcome above this' })
        .option('below', { type: 'number', describe: 'the cases of interest: the outcome below this' })
        .epilogue(
          examplesText([
            ['deptsim discover my.yaml --set campaigns.2.secondment.perDepartment=0:4 --set departments.audit.headcount=5:20 --outcome regular_lapsed --window campaign-3 --above 500', 'when does campaign 3 bury regular work?'],
          ]),
        ),
    async (argv) => {
      const args = argv as unknown as ExperimentArgs & { file: string; set?: unknown; samples: number; outcome: string; window: string; above?: number; below?: number };
      if (!WINDOW_MEASURE_NAMES.includes(args.outcome as WindowMeasureName)) throw new UsageError(unknownMeasure(args.outcome, '--outcome'));
      if ((args.above === undefined) === (args.below === undefined)) throw new UsageError('give the threshold with one of --above X or --below X');
      const threshold = (args.above ?? args.below) as number;
      if (!Number.isFinite(threshold)) throw new UsageError('--above/--below: give a number');
      startWorkers(args);
      const scenario = loadScenario(scenarioFile(args.file), undefined, loadOptionsOf(args));
      const windows = ['overall', 'warmup', 'baseline', 'after', ...scenario.campaigns.map((c) => c.id)];
      if (!windows.includes(args.window) && !/^gap-\d+$/.test(args.window)) throw new UsageError(`--window ${args.window}: this scenario's windows are ${windows.join(', ')} and gap-k`);
      const sets = setsOf(args.set);
      let factors;
      if (sets.length) factors = factorsOfSets(sets);
      else {
        const s = screeningFactors(scenario);
        factors = s.factors;
        print(`${leftOutText(factors.length, s.left)}\n`);
      }
      const spec = { measure: args.outcome as WindowMeasureName, window: args.window, direction: args.above !== undefined ? ('above' as const) : ('below' as const), threshold };
      const exp = asUsage(() =>
        discoverExperiment(scenario, factors, spec, { seed: seedOf(args, scenario.seed), replicates: replicatesOf(args, scenario.replicates), daily: args.daily, budget: budgetOf(args), samples: args.samples }),
      );
      const out = args.out ?? defaultOutDir([args.file], 'discover');
      const o = executeOptions(args, out, [args.file]);
      const ex = await asUsageAsync(() => execute(exp, o));
      if (ex.results) {
        const prim = JSON.parse(readFileSync(join(ex.dir, 'prim.json'), 'utf8')) as { sentence: string; cases: number; missing: number };
        print(`${prim.cases} of ${exp.plan.points.length - prim.missing} sampled points cross the threshold. ${prim.sentence}\n`);
      }
      print(`${wroteText(ex)}\n`);
    },
  );
}
