import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { STAGE_LINE, TIMING_ENV, TIMING_LINE } from '../sim/cli/timing.js';
import { spread, type Spread } from './spread.js';

/**
 * The CLI as users meet it, each figure a whole `node .../main.js` process: start-up, JIT warm-up,
 * output and exit included (issue 15). The machines are shared and noisy: every figure is a median
 * with its range, and two things compared are timed in alternating order so that a drift in the
 * machine's load weighs on both alike.
 */

/** A scratch folder for the runs' outputs, removed when `f` is done. */
function inScratch<T>(f: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'deptsim-bench-process-'));
  try {
    return f(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let outputs = 0;

/** One `deptsim run` process, timed from outside, with the times it reported itself (DEPTSIM_TIMING). */
export interface Ran {
  seconds: number;
  /** When its first simulated day was done (a single run; null for replicates, which run in threads). */
  firstDay: number | null;
  /** An experiment: when its first run was handed to the threads, and when its last was done. */
  runsStart: number | null;
  runsDone: number | null;
}

/**
 * One `deptsim run` process on `node` (this bench's Node unless another line is named): its wall
 * time in seconds, and the moments it reported, in seconds since the process started (the CLI's
 * DEPTSIM_TIMING lines, sim/cli/timing.ts).
 */
export function runProcess(cli: string, args: readonly string[], scratch: string, node = process.execPath): Ran {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(node, [cli, 'run', ...args, '--out', join(scratch, `out-${outputs++}`)], {
    encoding: 'utf8',
    env: { ...process.env, CI: '1', [TIMING_ENV]: '1' },
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${node} ${cli} run ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  const at = (prefix: string) => {
    const line = r.stderr.split('\n').find((l) => l.startsWith(prefix));
    return line ? Number(line.slice(prefix.length)) / 1000 : null;
  };
  return { seconds, firstDay: at(TIMING_LINE), runsStart: at(STAGE_LINE('runs start')), runsDone: at(STAGE_LINE('runs done')) };
}

/**
 * An experiment's serial part: the seconds before its first run was handed to the threads and after
 * its last was done (start-up, planning, the tables and files), which more threads cannot shorten.
 */
export function serialSeconds(r: Ran): { serial: number; before: number; after: number } {
  if (r.runsStart === null || r.runsDone === null) throw new Error('the run printed no timing of its stages (DEPTSIM_TIMING)');
  const after = r.seconds - r.runsDone;
  return { serial: r.runsStart + after, before: r.runsStart, after };
}

export interface WholeRun {
  /** Wall time of the whole process. */
  seconds: Spread;
  /** Time from the process's start to the end of the first simulated day. */
  first_day_seconds: Spread;
  load_average_1min: [number, number];
}

/**
 * `deptsim run <file>` as a whole process, `runs` times (after one untimed run: disk cache), with
 * `options` (`--no-report` unless given: data only; `[]` is the run with its report).
 */
export function wholeRun(cli: string, file: string, runs = 7, node = process.execPath, options: readonly string[] = ['--no-report']): WholeRun {
  const load0 = loadavg()[0];
  return inScratch((scratch) => {
    runProcess(cli, [file, ...options], scratch, node);
    const t = Array.from({ length: runs }, () => runProcess(cli, [file, ...options], scratch, node));
    return {
      seconds: spread(t.map((x) => x.seconds)),
      first_day_seconds: spread(t.map((x) => x.firstDay ?? NaN)),
      load_average_1min: [load0, loadavg()[0]],
    };
  });
}

export interface WorkerPairs {
  replicates: number;
  /** Per pair: whole-command time with 1 worker, with 2, and their ratio. */
  pairs: { seconds_1: number; seconds_2: number; speedup: number }[];
  speedup: Spread;
  seconds_1: Spread;
  seconds_2: Spread;
  /** With 2 workers: the serial part (serialSeconds), and its two pieces. */
  serial_seconds_2: Spread;
  serial_before_runs_2: Spread;
  serial_after_runs_2: Spread;
  load_average_1min: [number, number];
}

/**
 * `deptsim run <file> --replicates R --workers 1` against `--workers 2`, in alternating pairs (1
 * then 2, then 2 then 1, ...): each pair's ratio is taken while the machine is in one state, and
 * the median of the ratios is the figure.
 */
export function workerPairs(cli: string, file: string, pairs = 5, replicates = 40, node = process.execPath): WorkerPairs {
  const load0 = loadavg()[0];
  return inScratch((scratch) => {
    const serial2: ReturnType<typeof serialSeconds>[] = [];
    const time = (w: number) => {
      const r = runProcess(cli, [file, '--replicates', String(replicates), '--workers', String(w), '--no-report'], scratch, node);
      if (w === 2) serial2.push(serialSeconds(r));
      return r.seconds;
    };
    const out = Array.from({ length: pairs }, (_, i) => {
      const [a, b] = i % 2 === 0 ? [1, 2] : [2, 1];
      const ta = time(a);
      const tb = time(b);
      const [s1, s2] = a === 1 ? [ta, tb] : [tb, ta];
      return { seconds_1: s1, seconds_2: s2, speedup: s1 / s2 };
    });
    return {
      replicates,
      pairs: out,
      speedup: spread(out.map((p) => p.speedup)),
      seconds_1: spread(out.map((p) => p.seconds_1)),
      seconds_2: spread(out.map((p) => p.seconds_2)),
      serial_seconds_2: spread(serial2.map((x) => x.serial)),
      serial_before_runs_2: spread(serial2.map((x) => x.before)),
      serial_after_runs_2: spread(serial2.map((x) => x.after)),
      load_average_1min: [load0, loadavg()[0]],
    };
  });
}

export interface AgainstRun {
  /** Per pair, the whole-process seconds of this build's CLI and of the other. */
  pairs: { this: number; other: number; ratio: number }[];
  ratio: Spread;
}

/**
 * This build's CLI against another build's (e.g. main's, built in another worktree) on the same
 * command, in alternating order: ratio = other / this (above 1: this build is faster).
 */
export function againstRun(cli: string, other: string, args: readonly string[], pairs = 7): AgainstRun {
  return inScratch((scratch) => {
    const out = Array.from({ length: pairs }, (_, i) => {
      const order = i % 2 === 0 ? [cli, other] : [other, cli];
      const [ta, tb] = order.map((c) => runProcess(c, args, scratch).seconds);
      const [mine, theirs] = order[0] === cli ? [ta, tb] : [tb, ta];
      return { this: mine, other: theirs, ratio: theirs / mine };
    });
    return { pairs: out, ratio: spread(out.map((p) => p.ratio)) };
  });
}

/** What node itself costs to start and stop here, for scale (median of 7). */
export function bareNode(): Spread {
  return spread(
    Array.from({ length: 7 }, () => {
      const t0 = process.hrtime.bigint();
      execFileSync(process.execPath, ['-e', '0']);
      return Number(process.hrtime.bigint() - t0) / 1e9;
    }),
  );
}

export const fmt = (s: Spread, d = 2, unit = ' s') => `${s.median.toFixed(d)}${unit} (${s.min.toFixed(d)}-${s.max.toFixed(d)}, n=${s.n})`;
