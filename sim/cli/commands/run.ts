import { join } from 'node:path';
import type { Argv } from 'yargs';
import { loadScenario } from '../../scenario/load.js';
import { writeFolderAtomic } from '../../runner/atomic.js';
import { runSingle } from '../../runner/run.js';
import type { RunSummary } from '../../metrics/summary.js';
import { fix, pct, textTable } from '../table.js';

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
    .map((r) => `  after ${r.campaign}: backlog back to baseline in ${r.backlog_days ?? 'never'} days, fatigue in ${r.fatigue_days ?? 'never'} days`)
    .join('\n');
  return rec ? `${table}\nRecovery:\n${rec}` : table;
}

export function registerRun(y: Argv): Argv {
  return y.command(
    'run <file>',
    'Run a scenario and write summary.json and daily.csv',
    (a) =>
      a
        .positional('file', { type: 'string', demandOption: true, describe: 'scenario YAML file' })
        .option('seed', { type: 'number', describe: "random seed (default: the scenario's seed)" })
        .option('out', { type: 'string', describe: 'output folder (default: reports/<scenario name>/)' })
        .example('$0 run scenarios/three-campaigns.yaml', 'the three 100-day campaigns of case A')
        .example('$0 run my.yaml --seed 7 --out results/my-run', 'another seed, another folder'),
    (argv) => {
      const scenario = loadScenario(argv.file as string);
      const seed = (argv.seed as number | undefined) ?? scenario.seed;
      const out = (argv.out as string | undefined) ?? defaultOutDir(scenario.name);
      const { result, files } = runSingle(scenario, seed);
      writeFolderAtomic(out, files);
      process.stdout.write(`${scenario.name} (seed ${seed}, ${result.days} days, ${result.units.length} units)\n`);
      process.stdout.write(`${summaryText(result.summary)}\n`);
      process.stdout.write(`Wrote ${Object.keys(files).sort().join(', ')} to ${out}/\n`);
    },
  );
}
