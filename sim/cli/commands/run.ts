import { join } from 'node:path';
import type { Argv } from 'yargs';
import { examplesText } from '../examples.js';
import { scenarioFromArg } from '../link-input.js';
import type { Scenario } from '../../scenario/schema/index.js';
import { writeFileIn } from '../../runner/atomic.js';
import { dailyColumnsAsRead, dailyCsvChunks, writeDailyCsv } from '../../runner/daily-csv.js';
import { startReportThread } from '../../report/thread.js';
import { runManifestJson, runPlanHash, runSettings } from '../../runner/manifest.js';
import { checkOutputFolder, writeOutputFolder } from '../../runner/output-folder.js';
import { execute } from '../../runner/execute.js';
import { replicatesExperiment } from '../../runner/experiments.js';
import { looksLikeLink } from '../../runner/link.js';
import { applyValues } from '../../runner/path.js';
import { runSingle } from '../../runner/run.js';
import type { RunSummary } from '../../metrics/summary.js';
import { UsageError } from '../fail.js';
import { windowMeasureTable } from '../measure-table.js';
import { weeklyHourMeasures, type WindowMeasureName } from '../../measures/measures.js';
import { hourUseNames } from '../../measures/hour-uses.js';
import { stableJson } from '../../runner/format.js';
import { reportFilesOrWarn, type FigureArgs } from './report.js';
import { asUsage, asUsageAsync, budgetOf, executeOptions, experimentOptions, loadOptionsOf, replicatesOf, seedOf, setsOf, shardOf, startWorkers, type ExperimentArgs } from './experiment-options.js';
import { checkRuns, checkWork, dailyBytesOf } from '../../runner/budget.js';
import { replicatesText, wroteText } from './experiment-print.js';
import { defaultOutDir, defaultOutDirOfLink } from './out-folder.js';
import { print } from '../terminal-text.js';
import { firstDayTimer } from '../timing.js';

/** Largest daily.csv whose rows the report takes (a string holds about 512 MB; the report needs room). */
const REPORT_DAILY_BYTES = 256 * 1024 ** 2;

/**
 * What the county did in each window: throughput, shirking, fatigue, backlog, waste (labels and units
 * from the registry). Regular work dropped undone and work left undone stand beside the backlog: a
 * backlog that falls because requests were dropped is not a recovery.
 */
const OUTCOMES: WindowMeasureName[] = ['regular_done_per_staff_week', 'shirk_rate', 'campaign_share_of_duty_hours', 'fatigue_mean', 'fatigue_p90_mean', 'regular_backlog_end', 'regular_lapsed', 'regular_undone_end', 'wasted_hours'];

/**
 * Where each person's whole week went, in hours: hours at work, hours on duties, then every other use
 * of an hour that has its own measure (sim/measures/hour-uses.ts), in the table's order.
 */
const WEEK: WindowMeasureName[] = ['scheduled_hours_per_staff_week', 'duty_hours_per_staff_week', ...weeklyHourMeasures()];

/** One line per campaign: how far the county got over it before the next one began (or the horizon). */
export function recoveryText(r: RunSummary['recovery'][number]): string {
  const until = r.until === 'horizon' ? 'the end of the run' : `${r.until} began`;
  const share = (x: number | null) => (x === null ? 'no' : `${Math.round(100 * Math.max(0, x))}% of the`);
  const part = (days: number | null, cleared: number | null, what: string) =>
    days !== null ? `90% of the extra ${what} gone in ${days} days` : `${what} not recovered before ${until} (${share(cleared)} extra ${what} gone in ${r.days_watched} days)`;
  return `  after ${r.campaign}: ${part(r.backlog_days, r.backlog_cleared_share, 'backlog')}; ${part(r.undone_days, r.undone_cleared_share, 'work left undone')}; ${part(r.fatigue_days, r.fatigue_cleared_share, 'fatigue')}`;
}

/** The short summary printed after a run: outcomes per window, where the week went, and recovery. */
export function summaryText(summary: RunSummary): string {
  const rec = summary.recovery.map(recoveryText).join('\n');
  return [
    'County by window (shares as percentages; docs/OUTPUTS.md defines each measure):',
    windowMeasureTable(summary.windows, OUTCOMES),
    `Hours per person per week (hours at work = hours on duties + ${hourUseNames('other work', 'not worked').join(' + ')}; ${hourUseNames('off').join(' and ')} days count the contracted day):`,
    windowMeasureTable(summary.windows, WEEK, true),
    ...(rec ? [`Recovery (watched until the next campaign starts or the run ends):\n${rec}`] : []),
  ].join('\n');
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
        .positional('file', { type: 'string', demandOption: true, describe: 'scenario YAML file, a shipped scenario by name (deptsim list), or a link copied from the teachers\' page (in quotes)' })
        .option('set', { type: 'string', array: true, describe: 'change a parameter: --set inspection.penalty=20 (repeatable)' })
        .epilogue(
        examplesText([
          ['deptsim run three-campaigns', 'the three 100-day campaigns of case A (a shipped scenario: deptsim list)'],
          ['deptsim run my.yaml --seed 7 --out results/my-run', 'another seed, another folder'],
          ['deptsim run my.yaml --replicates 40 --workers 2', '40 replicates on two threads, with intervals'],
        ]),
      ),
    async (argv) => {
      const args = argv as unknown as ExperimentArgs & FigureArgs & { file: string; set?: unknown };
      // Replicates or a shard asked for on the command line: the runs go to worker threads.
      if (args.replicates !== undefined || args.shard !== undefined) startWorkers(args);
      const scenario = withOverrides(scenarioFromArg(args.file, loadOptionsOf(args)), args.set);
      const budget = budgetOf(args);
      const seed = seedOf(args, scenario.seed);
      // A teachers' page link is no file: its folder is named after the scenario and the link.
      const isLink = looksLikeLink(args.file);
      const out = args.out ?? (isLink ? defaultOutDirOfLink(scenario.name, args.file) : defaultOutDir([args.file]));
      const inputs = isLink ? [] : [args.file];
      const shard = shardOf(args);
      // A plain run (no replicates asked for anywhere) keeps the single-run output and seed key.
      if (args.replicates === undefined && scenario.replicates === 1 && !shard) {
        const target = { dir: out, identity: runPlanHash(scenario, seed), force: args.force, inputs, settings: () => runSettings(scenario, seed) };
        asUsage(() => {
          checkOutputFolder(target);
          checkRuns({ runs: 1, what: 'this run' }, budget);
          checkWork([scenario], 1, scenario.outputs.daily, budget);
        });
        // The report's thread starts now: it loads vega and the renderer while the model runs.
        const thread = args.report ? startReportThread() : undefined;
        try {
          const { result, files } = runSingle(scenario, seed, firstDayTimer());
          // Report (issue 6): keep the scenario as run beside the results, and build the report from
          // those files, exactly as `deptsim report` would later; daily.csv goes over from memory as
          // the file reads back (never parsed again), and only when the file is small enough for a
          // report to hold. While the thread draws, this one formats daily.csv.
          const saved: Record<string, string> = { ...files, 'scenario.json': stableJson(scenario) };
          const small = result.daily !== null && dailyBytesOf(scenario) < REPORT_DAILY_BYTES;
          const asRead = thread && small ? { 'daily.csv': dailyColumnsAsRead(result) } : {};
          const building = thread ? reportFilesOrWarn(saved, out, args, asRead, thread) : Promise.resolve({});
          const dailyText = thread && small ? [...dailyCsvChunks(result)] : null;
          const report: Record<string, string | Uint8Array> = await building;
          const all: Record<string, string | Uint8Array> = { ...saved, ...report };
          all['manifest.json'] = runManifestJson(scenario, seed);
          asUsage(() =>
            writeOutputFolder(target, (tmp) => {
              for (const [name, content] of Object.entries(all)) writeFileIn(tmp, name, content);
              if (dailyText) writeFileIn(tmp, 'daily.csv', dailyText.join(''));
              else if (result.daily) writeDailyCsv(join(tmp, 'daily.csv'), result);
            }),
          );
          print(`${scenario.name} (seed ${seed}, ${result.days} days, ${result.units.length} units)\n`);
          print(`${summaryText(result.summary)}\n`);
          const wrote = [...[...Object.keys(saved), ...(result.daily ? ['daily.csv'] : [])].sort(), ...('report.html' in report ? ['report.html', 'report.md', 'plots/'] : [])];
          print(`Wrote ${wrote.join(', ')} to ${out}/\n`);
          return;
        } finally {
          thread?.close();
        }
      }
      const replicates = replicatesOf(args, scenario.replicates);
      const exp = asUsage(() => replicatesExperiment(scenario, { seed, replicates, daily: args.daily, budget }));
      const ex = await asUsageAsync(() => execute(exp, executeOptions(args, out, inputs)));
      print(`${scenario.name} (seed ${seed}, ${replicates} replicates)\n`);
      if (ex.results) print(`${replicatesText(ex.results)}\n`);
      print(`${wroteText(ex)}\n`);
    },
  );
}
