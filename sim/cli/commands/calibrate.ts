import type { Argv } from 'yargs';
import { examplesText } from '../examples.js';
import { calibrate, loadTargets } from '../../runner/calibrate/index.js';
import { formatNumber } from '../../runner/format.js';
import { UsageError } from '../fail.js';
import { scenarioFile } from '../shipped.js';
import { textTable } from '../table.js';
import { asUsageAsync, budgetOf, budgetOptions, extendsOption, loadOptionsOf, MAX_SEED, wholeNumber, workersOf, type BudgetArgs } from './experiment-options.js';
import { MAX_CANDIDATES } from '../../scenario/schema/targets.js';
import { reportOptions, reportStep } from './report.js';
import type { FigureStyle } from '../../report/plots/style.js';
import { defaultOutDir } from './out-folder.js';
import { print } from '../terminal-text.js';
import { calibrateAbcCommand } from './calibrate-abc.js';

/** The targets file --help shows, for test/runner/fixtures/small.yaml (a test loads it). */
export const TARGETS_EXAMPLE = `scenario: small.yaml
parameters:
  - { path: inspection.penalty, range: [10, 80] }
  - { path: departments.alpha.headcount, range: [8, 20], integer: true }
targets:
  - { measure: shirk_rate, window: baseline, interval: [0.06, 0.10] }
  - { measure: worked_hours_per_staff_week, window: push, value: 38, scale: 2, weight: 2 }
  - name: unpaid overtime raises shirking
    measure: shirk_rate
    window: push
    a: { set: { campaigns.push.overtimePaid: false } }
    b: { set: { campaigns.push.overtimePaid: true } }
    sign: positive
search: { budget: 40, replicates: 4, recheck: 3, recheckReplicates: 10 }`;

const EXAMPLE = `Targets file (paths relative to it; reference: docs/EXPERIMENTS.md, "Calibration"):\n\n${TARGETS_EXAMPLE.replace(/^/gm, '  ')}`;

export function registerCalibrate(y: Argv): Argv {
  return y.command(
    'calibrate <targets>',
    'Fit parameters to targets (measures, intervals, patterns): a noise-aware search on common random numbers, re-checked on fresh seeds',
    (a) =>
      budgetOptions(reportOptions(a))
        .option('allow-extends-outside', { ...extendsOption, describe: "let the targets' `scenario:` and any `extends:` read files outside their folder and the working folder (only for files you trust)" })
        .positional('targets', { type: 'string', demandOption: true, describe: 'targets YAML file, or a shipped one by name (deptsim list), e.g. calibration/case-a' })
        .option('out', { type: 'string', describe: 'output folder (default reports/<targets file name>-calibration-<6 hex of its path>/)' })
        .option('force', { type: 'boolean', default: false, describe: "replace deptsim's own earlier results of other settings in --out (never a folder deptsim did not write)" })
        .option('workers', { type: 'number', describe: 'worker threads (default: the cores); results do not depend on it' })
        .option('resume', { type: 'boolean', default: false, describe: 'continue an interrupted calibration from its <out>.work-in-progress folder' })
        .option('seed', { type: 'string', describe: `seed of the search, 0 to ${MAX_SEED - 1} (default: search.seed, else the scenario's seed); the re-check uses seed + 1` })
        .option('budget', { type: 'string', describe: 'candidates to evaluate (default: search.budget)' })
        .option('progress', { type: 'boolean', default: true, describe: 'show progress on stderr (--no-progress to hide)' })
        .epilogue(
        `${examplesText([
          ['deptsim calibrate targets.yaml --workers 2', 'search, re-check the best 3 on fresh seeds, write best.yaml and the fit'],
          ['deptsim run results/fit/best.yaml --replicates 20', 'then run the calibrated scenario (after calibrate ... --out results/fit)'],
        ])}\n\n${EXAMPLE}`,
      ),
    async (argv) => {
      const args = argv as unknown as { targets: string; out?: string; workers?: number; resume: boolean; seed?: string; budget?: string; progress: boolean; report: boolean; png: boolean; style: FigureStyle; force: boolean } & BudgetArgs & { allowExtendsOutside?: boolean };
      // Checked as every command checks them, before the targets are read: the re-check's seed + 1
      // must be a seed too, and a budget past the schema's is no calibration.
      const seed = wholeNumber('seed', args.seed, 0, MAX_SEED - 1);
      const candidates = wholeNumber('budget', args.budget, 2, MAX_CANDIDATES);
      const budget = budgetOf(args);
      const spec = loadTargets(scenarioFile(args.targets), undefined, loadOptionsOf(args));
      if (seed !== undefined) spec.search = { ...spec.search, seed, recheckSeed: seed + 1 };
      if (candidates !== undefined) {
        if (candidates < spec.search.start) throw new UsageError(`--budget ${candidates}: give a whole number of at least the start (${spec.search.start})`);
        spec.search = { ...spec.search, budget: candidates };
      }
      const out = args.out ?? defaultOutDir([args.targets], 'calibration');
      if (spec.search.method === 'abc') return calibrateAbcCommand(spec, args, out);
      const s = spec.search;
      print(
        `${spec.base.name}: fitting ${spec.parameters.map((p) => p.path).join(', ')} to ${spec.goals.length} target${spec.goals.length === 1 ? '' : 's'}; ` +
          `${s.budget} candidates x ${spec.variants.length} variant${spec.variants.length === 1 ? '' : 's'} x ${s.replicates} replicates (seed ${s.seed}), best ${s.recheck} re-checked on ${s.recheckReplicates} fresh replicates (seed ${s.recheckSeed})\n`,
      );
      const r = await asUsageAsync(() =>
        calibrate(spec, { out, workers: workersOf(args as never), resume: args.resume, progress: args.progress, report: reportStep(args), targetsName: args.targets,
          force: args.force, inputs: [args.targets, spec.scenarioFile], budget }),
      );
      print(`Best of ${r.candidates} candidates (candidate ${r.chosen.candidate}), loss ${formatNumber(r.chosen.loss)} on fresh seeds:\n`);
      print(`${textTable(['parameter', 'value'], Object.entries(r.best).map(([k, v]) => [k, String(v)]))}\n`);
      const cell = (v: unknown) => (typeof v === 'number' ? formatNumber(Number(v.toPrecision(4))) : v === null || v === undefined ? '-' : String(v));
      print(
        `${textTable(
          ['target', 'goal', 'achieved [95% CI]', 'loss', 'holds'],
          r.fit.map((f) => [
            String(f.target),
            f.kind === 'pattern' ? `a - b ${f.sign === 'positive' ? '> 0' : '< 0'}` : f.target_low === f.target_high ? cell(f.target_low) : `[${cell(f.target_low)}, ${cell(f.target_high)}]`,
            `${cell(f.mean)} [${cell(f.ci_low)}, ${cell(f.ci_high)}]`,
            cell(f.loss),
            cell(f.holds),
          ]),
        )}\n`,
      );
      const resumed = r.resumed ? ` (${r.resumed} resumed from an earlier run)` : '';
      print(`Ran ${r.runs - r.resumed} runs${resumed}. Wrote best.yaml, fit.csv, fit.json, history.csv, calibration.json and the re-check's tables${r.files.includes('report.html') ? ' and report.html' : ''} to ${r.dir}/\n`);
    },
  );
}
