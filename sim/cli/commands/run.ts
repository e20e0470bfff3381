import { join } from 'node:path';
import type { Argv } from 'yargs';
import { loadScenario } from '../../scenario/load.js';
import type { Scenario } from '../../scenario/schema/index.js';
import { writeFolderAtomic } from '../../runner/atomic.js';
import { execute } from '../../runner/execute.js';
import { replicatesExperiment } from '../../runner/experiments.js';
import { applyValues } from '../../runner/path.js';
import { runSingle } from '../../runner/run.js';
import type { RunSummary } from '../../metrics/summary.js';
import { UsageError } from '../fail.js';
import { fix, pct, textTable } from '../table.js';
import { stableJson } from '../../runner/format.js';
import { reportFilesOrWarn } from './report.js';
import { asUsage, asUsageAsync, executeOptions, experimentOptions, replicatesOf, setsOf, shardOf, workersOf, type ExperimentArgs } from './experiment-options.js';
import { replicatesText, wroteText } from './experiment-print.js';

export function defaultOutDir(scenarioName: string): string {
  return join('reports', scenarioName.replace(/[^A-Za-z0-9._-]+/g, '_'));
}

/** The short summary printed after a run: one line per window. */
export function summaryText(summary: RunSummary): string {
  const rows = summary.windows.map((w) => [
    w.id,
    String(w.to - w.from),
    fix(w.county.regular_done_per_staff_week),
    fix(w.county.worked_hours_per_staff_week, 1),
    pct(w.county.shirk_rate),
    fix(w.county.fatigue_mean),
    fix(w.county.fatigue_p90_mean),
    String(Math.round(w.county.regular_backlog_end)),
    fix(w.county.wasted_hours, 0),
  ]);
  const table = textTable(
    ['window', 'days', 'regular done /staff/wk', 'hours worked /wk', 'shirking', 'fatigue', 'fatigue p90', 'backlog at end', 'wasted h'],
    rows,
  );
  const rec = summary.recovery
    .map((r) => `  after ${r.campaign}: 90% of the extra backlog cleared in ${r.backlog_days ?? 'more than the horizon'} days, of the extra fatigue in ${r.fatigue_days ?? 'more than the horizon'} days`)
    .join('\n');
  return rec ? `${table}\nRecovery:\n${rec}` : table;
}

/** `--set path=value` on `run` changes single values (a list of values is a sweep). */
export function withOverrides(scenario: Scenario, rawSets: unknown): Scenario {
  const sets = setsOf(rawSets);
  if (sets.length === 0) return scenario;
  const values: Record<string, unknown> = {};
  for (const s of sets) {
    if (!Array.isArray(s.values) || s.values.length !== 1) {
      throw new UsageError(`--set ${s.path}: run takes one value per parameter; to run several, use \`deptsim sweep\``);
    }
    values[s.path] = s.values[0];
  }
  return asUsage(() => applyValues(scenario, values, '--set'));
}

export function registerRun(y: Argv): Argv {
  return y.command(
    'run <file>',
    'Run a scenario once (summary.json, daily.csv) or as replicates (replicates.csv, summary.csv with 95% intervals)',
    (a) =>
      experimentOptions(a)
        .positional('file', { type: 'string', demandOption: true, describe: 'scenario YAML file' })
        .option('set', { type: 'string', array: true, describe: 'change a parameter: --set inspection.penalty=20 (repeatable)' })
        .example('$0 run scenarios/three-campaigns.yaml', 'the three 100-day campaigns of case A')
        .example('$0 run my.yaml --seed 7 --out results/my-run', 'another seed, another folder')
        .example('$0 run my.yaml --replicates 40 --workers 2', '40 replicates on two threads, with intervals'),
    async (argv) => {
      const args = argv as unknown as ExperimentArgs & { file: string; set?: unknown };
      const scenario = withOverrides(loadScenario(args.file), args.set);
      const seed = args.seed ?? scenario.seed;
      const out = args.out ?? defaultOutDir(scenario.name);
      const shard = shardOf(args);
      // A plain run (no replicates asked for anywhere) keeps the single-run output and seed key.
      if (args.replicates === undefined && scenario.replicates === 1 && !shard) {
        const { result, files } = runSingle(scenario, seed);
        // Report (issue 6): keep the scenario as run beside the results, and build the report from
        // those files, exactly as `deptsim report` would later.
        const saved = { ...files, 'scenario.json': stableJson(scenario) };
        const report = args.report ? await reportFilesOrWarn(saved, out) : {};
        writeFolderAtomic(out, { ...saved, ...report });
        process.stdout.write(`${scenario.name} (seed ${seed}, ${result.days} days, ${result.units.length} units)\n`);
        process.stdout.write(`${summaryText(result.summary)}\n`);
        const wrote = [...Object.keys(saved).sort(), ...('report.html' in report ? ['report.html', 'report.md', 'plots/'] : [])];
        process.stdout.write(`Wrote ${wrote.join(', ')} to ${out}/\n`);
        return;
      }
      const replicates = replicatesOf(args, scenario.replicates);
      const exp = replicatesExperiment(scenario, { seed, replicates, daily: args.daily });
      const ex = await asUsageAsync(() =>
        execute(exp, executeOptions(args, out)),
      );
      process.stdout.write(`${scenario.name} (seed ${seed}, ${replicates} replicates)\n`);
      if (ex.results) process.stdout.write(`${replicatesText(ex.results)}\n`);
      process.stdout.write(`${wroteText(ex)}\n`);
    },
  );
}
