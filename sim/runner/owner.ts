import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';

/**
 * A process that may own a folder: its pid, the host it runs on (shared file systems span hosts)
 * and when it started, as the kernel counts it: a pid is reused once its process is gone, and the
 * start time tells the owner from a later process that happens to get the same pid.
 */
export interface Owner {
  pid: number;
  host: string;
  /** The process's start time (Linux: field 22 of /proc/<pid>/stat); absent where it cannot be read. */
  start?: string;
}

/** The start time of a running process, or undefined where /proc cannot tell (not Linux, or gone). */
export function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces and parentheses): state is field 3, start time 22.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/**
 * Whether a live pid runs deptsim: one of its arguments is deptsim's bin (`.../deptsim`, the npm
 * link) or its entry script (`.../sim/cli/main.js`); true where /proc cannot tell. Arguments, not
 * the whole line: a path that merely contains the word (a Node installed under
 * `deptsim-node-lines/`, a checkout in `~/deptsim/`) does not make a process deptsim.
 */
function runsDeptsim(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8')
      .split('\0')
      .some((arg) => /(^|[\\/])deptsim$|(^|[\\/])sim[\\/]cli[\\/]main\.js$/.test(arg));
  } catch {
    return true;
  }
}

export const thisProcess = (): Owner => {
  const start = processStart(process.pid);
  return { pid: process.pid, host: hostname(), ...(start ? { start } : {}) };
};

/** A short tag for this host that is safe in a file name (host names may hold anything). */
export const hostTag = (host = hostname()) => createHash('sha256').update(host).digest('hex').slice(0, 6);

/**
 * Whether an owner is still running: 'alive' or 'dead' on this host (kill 0 only asks, EPERM means
 * it exists under another user), 'unknown' on another host, where no pid can be checked.
 */
export function ownerState(o: Owner): 'alive' | 'dead' | 'unknown' {
  if (o.host !== hostname()) return 'unknown';
  return ownerAlive(o) ? 'alive' : 'dead';
}

/**
 * Whether the owner itself still runs on this host: its pid is alive and is the same process (same
 * start time; for an owner that recorded none, a process whose command line is deptsim's).
 */
export function ownerAlive(o: Owner): boolean {
  if (!pidAlive(o.pid)) return false;
  const now = processStart(o.pid);
  if (typeof o.start === 'string' && now !== undefined) return now === o.start;
  return runsDeptsim(o.pid);
}

/** Whether a process of this host runs under that pid. */
export function pidAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
