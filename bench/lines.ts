import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LimitComparison } from './fused-limit.js';
import { wholeRun, workerPairs, type WholeRun, type WorkerPairs } from './process.js';
import { BENCH_FILE, type Steady } from './steady.js';

/**
 * The bench's figures on every supported Node line (issue 24): the steady state, a whole `deptsim
 * run` of the benchmark county (data only, and with its report), 40 replicates on 2 workers against 1 with the serial part in
 * seconds, and the per-person passes against the limit reference (V8's lines compile them differently). The lines are the Node binaries named in DEPTSIM_NODE_LINES (separated by `:`), else
 * those `.ci/run` installed (node@N from the npm registry, in DEPTSIM_NODE_LINES_DIR or
 * ~/.cache/deptsim-node-lines), and the Node running the bench.
 */
export function nodeLines(): { node: string; version: string }[] {
  const named = (process.env.DEPTSIM_NODE_LINES ?? '').split(':').filter(Boolean);
  const dir = process.env.DEPTSIM_NODE_LINES_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'deptsim-node-lines');
  const installed = named.length > 0 || !existsSync(dir) ? [] : readdirSync(dir).map((v) => join(dir, v, 'node_modules', '.bin', 'node')).filter((p) => existsSync(p));
  const byVersion = new Map<string, string>();
  for (const node of [process.execPath, ...named, ...installed]) {
    const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
    if (!byVersion.has(version)) byVersion.set(version, node);
  }
  const major = (v: string) => Number(v.slice(1).split('.')[0]);
  return [...byVersion].map(([version, node]) => ({ node, version })).sort((a, b) => major(a.version) - major(b.version));
}

export interface LineFigures {
  version: string;
  node: string;
  load_average_1min: [number, number];
  steady: Steady;
  whole: WholeRun;
  /** The same run with its report (figures as SVG and PNG, report.html and report.md). */
  with_report: WholeRun;
  workers: WorkerPairs;
  /** The model against the limit reference (bench/fused-limit.ts), fewer rounds than on the bench's own line. */
  limit: LimitComparison;
}

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** The figures on one line; `reuse` gives those this process measured already on its own line. */
export function lineFigures(line: { node: string; version: string }, reuse?: Omit<LineFigures, 'version' | 'node' | 'load_average_1min'>, pairs = 3): LineFigures {
  const load0 = loadavg()[0];
  const cli = here('../sim/cli/main.js');
  const figures = reuse ?? {
    steady: JSON.parse(execFileSync(line.node, [here('./steady.js')], { encoding: 'utf8' })) as Steady,
    whole: wholeRun(cli, BENCH_FILE, 7, line.node),
    with_report: wholeRun(cli, BENCH_FILE, 5, line.node, []),
    workers: workerPairs(cli, BENCH_FILE, pairs, 40, line.node),
    limit: JSON.parse(execFileSync(line.node, [here('./fused-limit.js'), '9'], { encoding: 'utf8' })) as LimitComparison,
  };
  return { ...line, ...figures, load_average_1min: [load0, loadavg()[0]] };
}
