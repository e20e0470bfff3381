import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import { againstRun, bareNode, fmt, wholeRun, workerPairs } from './process.js';

/**
 * The CLI's whole-process figures alone (npm run bench prints them too, among the rest):
 *   node dist/bench/process-main.js [--runs 7] [--pairs 5] [--replicates 40] [--no-workers] [--no-report] [--cli other/main.js] [--node path/to/node]
 *   node dist/bench/process-main.js --against ../main/dist/sim/cli/main.js [--pairs 7] [--replicates 40]
 * `--against` times this build's CLI and another build's on the same command in alternating order
 * (before/after a change); with --replicates it runs that many replicates on 2 workers, else one run.
 */
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const file = here('../../scenarios/large-county.yaml');
const { values: o } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    pairs: { type: 'string' },
    replicates: { type: 'string' },
    'no-workers': { type: 'boolean' },
    // --no-report: leave out the run with its report (5 more runs).
    'no-report': { type: 'boolean' },
    against: { type: 'string' },
    cli: { type: 'string' },
    node: { type: 'string' },
  },
});
// --cli: time another build's CLI (e.g. main's) with the same figures.
const cli = o.cli ?? here('../sim/cli/main.js');
// --node: run the CLI on another Node binary (a supported line, see bench/lines.ts).
const node = o.node ?? process.execPath;
const load = () => loadavg()[0].toFixed(1);
const out = (s: string) => process.stdout.write(`${s}\n`);

if (o.against) {
  const args = o.replicates ? [file, '--replicates', o.replicates, '--workers', '2', '--no-report'] : [file, '--no-report'];
  const r = againstRun(cli, o.against, args, Number(o.pairs ?? 7));
  out(`deptsim run ${args.slice(1).join(' ')}: other/this = ${fmt(r.ratio, 3, 'x')} (load ${load()})`);
  for (const p of r.pairs) out(`  this ${p.this.toFixed(2)} s, other ${p.other.toFixed(2)} s`);
} else {
  out(`node -e 0: ${fmt(bareNode())} (load ${load()})`);
  const w = wholeRun(cli, file, Number(o.runs), node);
  out(`deptsim run large-county --no-report: ${fmt(w.seconds)}; first day done at ${fmt(w.first_day_seconds)} (load ${w.load_average_1min.map((x) => x.toFixed(1)).join(' -> ')})`);
  if (!o['no-report']) {
    const r = wholeRun(cli, file, 5, node, []);
    out(`deptsim run large-county with its report: ${fmt(r.seconds)} (load ${r.load_average_1min.map((x) => x.toFixed(1)).join(' -> ')})`);
  }
  if (!o['no-workers']) {
    const p = workerPairs(cli, file, Number(o.pairs ?? 5), Number(o.replicates ?? 40), node);
    out(`--replicates ${p.replicates}, 2 workers against 1: ${fmt(p.speedup, 2, 'x')}; 1 worker ${fmt(p.seconds_1)}, 2 workers ${fmt(p.seconds_2)} (load ${p.load_average_1min.map((x) => x.toFixed(1)).join(' -> ')})`);
    out(`  serial part with 2 workers: ${fmt(p.serial_seconds_2)} = before the first run ${fmt(p.serial_before_runs_2)} + after the last ${fmt(p.serial_after_runs_2)}`);
  }
}
