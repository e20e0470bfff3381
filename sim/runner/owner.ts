import { createHash } from 'node:crypto';
import { hostname } from 'node:os';

/** A process that may own a folder: its pid and the host it runs on (shared file systems span hosts). */
export interface Owner {
  pid: number;
  host: string;
}

export const thisProcess = (): Owner => ({ pid: process.pid, host: hostname() });

/** A short tag for this host that is safe in a file name (host names may hold anything). */
export const hostTag = (host = hostname()) => createHash('sha256').update(host).digest('hex').slice(0, 6);

/**
 * Whether an owner is still running: 'alive' or 'dead' on this host (kill 0 only asks, EPERM means
 * it exists under another user), 'unknown' on another host, where no pid can be checked.
 */
export function ownerState(o: Owner): 'alive' | 'dead' | 'unknown' {
  if (o.host !== hostname()) return 'unknown';
  return pidAlive(o.pid) ? 'alive' : 'dead';
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
