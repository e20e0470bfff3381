import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { collectRun } from '../sim/metrics/collect.js';
import { loadScenario } from '../sim/scenario/load.js';
import type { Scenario } from '../sim/scenario/schema/index.js';
import { staffOf } from './scenario.js';

/**
 * `npm run bench`: throughput of the model on the benchmark county, speed-up with 2 workers, and
 * how time and peak memory grow with staff and days. Prints a table; writes bench/results.json.
 * Targets (issue 5): 5 M staff-days/s single-threaded, 1.7x with 2 workers, time linear in
 * staff x days, summary-only memory flat in days.
 */
const TARGET_RATE = 5e6;
const TARGET_SPEEDUP = 1.7;
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

function seconds(f: () => void): number {
  const t0 = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

const benchFile = () => here('../../scenarios/large-county.yaml');

function benchScenario(): { scenario: Scenario; source: string } {
  return { scenario: loadScenario(benchFile()), source: 'scenarios/large-county.yaml' };
}

async function main(): Promise<void> {
  const { scenario, source } = benchScenario();
  const staffDays = staffOf(scenario) * scenario.calendar.days;

  // 1. Single thread, summary only: the median of 5 runs after one warm-up run (JIT). The machines
  // are shared and noisy, so the median, not the mean, and the spread is recorded too.
  collectRun(scenario, 'warm', { daily: false });
  const runs = 5;
  const times = Array.from({ length: runs }, (_, r) => seconds(() => collectRun(scenario, `1/rep:${r}`, { daily: false }))).sort((a, b) => a - b);
  const t1 = times[Math.floor(runs / 2)] * runs;
  const rate = (runs * staffDays) / t1;

  // 2. Workers, as users see them: the whole `deptsim run --replicates 8` command, start-up included,
  // with 1 and with 2 workers, each in a fresh process (so neither side starts with a warm JIT).
  const replicates = 8;
  const cli = here('../sim/cli/main.js');
  const scratch = mkdtempSync(join(tmpdir(), 'deptsim-bench-'));
  const tw = (w: number) => {
    const t0 = process.hrtime.bigint();
    execFileSync(process.execPath, [cli, 'run', benchFile(), '--replicates', String(replicates), '--workers', String(w), '--no-report', '--out', join(scratch, `w${w}`)], {
      stdio: 'ignore',
      env: { ...process.env, CI: '1' },
    });
    return Number(process.hrtime.bigint() - t0) / 1e9;
  };
  const w1 = tw(1);
  const w2 = tw(2);
  rmSync(scratch, { recursive: true, force: true });
  const speedup = w1 / w2;

  // 3. Scaling, each point in its own process for an honest peak memory.
  const one = (departments: number, headcount: number, days: number, daily: boolean) =>
    JSON.parse(execFileSync(process.execPath, [here('./one.js'), JSON.stringify({ departments, headcount, days, daily })], { encoding: 'utf8' })) as {
      staff: number; days: number; daily: boolean; seconds: number; maxRssMB: number;
    };
  const scaling = [one(10, 20, 365, true), one(10, 200, 365, true), one(10, 20, 3650, true)];
  const memory = [one(10, 20, 365, false), one(10, 20, 3650, false)];

  const perStaffDay = (x: { staff: number; days: number; seconds: number }) => x.seconds / (x.staff * x.days);
  const results = {
    // Other processes on the machine skew the worker speed-up most: the load average says how busy it was.
    machine: { node: process.version, cores: availableParallelism(), load_average_1min: loadavg()[0] },
    scenario: source,
    staff: staffOf(scenario),
    days: scenario.calendar.days,
    single_thread: { staff_days_per_second: rate, seconds_per_run: t1 / runs, seconds_min: times[0], seconds_max: times[runs - 1], target: TARGET_RATE, met: rate >= TARGET_RATE },
    workers: { replicates, seconds_1: w1, seconds_2: w2, speedup, target: TARGET_SPEEDUP, met: speedup >= TARGET_SPEEDUP },
    scaling: scaling.map((x) => ({ ...x, microseconds_per_staff_day: perStaffDay(x) * 1e6 })),
    summary_only_memory: {
      runs: memory,
      growth_with_10x_days: memory[1].maxRssMB / memory[0].maxRssMB,
    },
  };
  writeFileSync(here('../../bench/results.json'), JSON.stringify(results, null, 2) + '\n');

  const f = (x: number, d = 2) => x.toFixed(d);
  const rows: string[][] = [
    ['single thread', `${f(rate / 1e6)} M staff-days/s`, `>= ${TARGET_RATE / 1e6} M`, rate >= TARGET_RATE ? 'met' : 'NOT met'],
    [`2 workers, ${replicates} replicates (CLI)`, `${f(speedup)}x (${f(w1)} s -> ${f(w2)} s)`, `>= ${TARGET_SPEEDUP}x`, speedup >= TARGET_SPEEDUP ? 'met' : 'NOT met'],
    ...scaling.map((x) => [
      `${x.staff} staff x ${x.days} days (daily kept)`,
      `${f(x.seconds)} s, ${f(perStaffDay(x) * 1e6, 3)} us/staff-day, ${f(x.maxRssMB, 0)} MB peak`,
      'time linear',
      '',
    ]),
    ...memory.map((x) => [`${x.staff} staff x ${x.days} days (summary only)`, `${f(x.seconds)} s, ${f(x.maxRssMB, 0)} MB peak`, 'memory flat in days', '']),
    ['summary-only memory, 10x days', `${f(results.summary_only_memory.growth_with_10x_days)}x`, '~1x', results.summary_only_memory.growth_with_10x_days < 1.2 ? 'met' : 'NOT met'],
  ];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), 6));
  process.stdout.write(`deptsim bench: ${source}, ${results.staff} staff x ${results.days} days, Node ${process.version}, ${results.machine.cores} cores, load average ${f(loadavg()[0], 1)}\n`);
  for (const r of [['measure', 'result', 'target', ''], ...rows]) process.stdout.write(`${r.map((c, i) => c.padEnd(widths[i])).join('  ')}\n`);
  process.stdout.write('Wrote bench/results.json\n');
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 1;
});
