import { randomBytes } from 'node:crypto';
import { linkSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExperimentError } from './errors.js';
import { ownerState, thisProcess, type Owner } from './owner.js';

export const LOCK_FILE = 'lock.json';
/** The owner touches its lock this often, so a process on another host can tell it is alive. */
const HEARTBEAT_MS = 15_000;
/** A lock from another host not touched for this long is a crashed run's (its pid cannot be checked). */
export const STALE_LOCK_MS = 60_000;

interface LockRecord extends Owner {
  started: string;
}

/**
 * The lock of a work folder: lock.json names the process that writes it (pid and host). A live
 * owner's lock refuses a second process; a dead one's (same host: the pid is gone; another host: no
 * heartbeat for a minute, e.g. a requeued cluster task on a new node) is taken over.
 */
export class WorkLock {
  private timer: NodeJS.Timeout | null = null;

  private constructor(
    private readonly file: string,
    private readonly text: string,
  ) {
    this.timer = setInterval(() => this.touch(), HEARTBEAT_MS);
    this.timer.unref();
  }

  /** Write a lock for this process into a folder not yet visible to others (see WorkFolder.create). */
  static placeIn(dir: string): WorkLock {
    const text = lockText();
    writeFileSync(join(dir, LOCK_FILE), text);
    return new WorkLock(join(dir, LOCK_FILE), text);
  }

  /** The folder moved: the lock goes with it. */
  movedTo(dir: string): WorkLock {
    if (this.timer) clearInterval(this.timer);
    return new WorkLock(join(dir, LOCK_FILE), this.text);
  }

  static take(dir: string): WorkLock {
    const file = join(dir, LOCK_FILE);
    const text = lockText();
    const me = JSON.parse(text) as LockRecord;
    const held = readLock(file);
    if (held) {
      if (isLive(file, held.record)) throw busy(dir, held.record);
      // Stale: move it aside under a name of our own; of two takers, one rename wins.
      const aside = `${file}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
      try {
        renameSync(file, aside);
      } catch {
        throw busy(dir, readLock(file)?.record ?? held.record);
      }
      const moved = readLock(aside);
      if (moved && moved.text !== held.text) {
        // Another taker's fresh lock: put it back (link never replaces) and give way.
        try {
          linkSync(aside, file);
        } catch {
          /* a third process holds it now */
        }
        rmSync(aside, { force: true });
        throw busy(dir, moved.record);
      }
      rmSync(aside, { force: true });
    }
    try {
      writeFileSync(file, text, { flag: 'wx' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const other = readLock(file);
      throw busy(dir, other?.record ?? me);
    }
    return new WorkLock(file, text);
  }

  private touch(): void {
    const now = new Date();
    try {
      utimesSync(this.file, now, now);
    } catch {
      /* the folder is gone: nothing to keep alive */
    }
  }

  /** Drop the lock if it is still ours. */
  release(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    const cur = readLock(this.file);
    if (cur && cur.text === this.text) rmSync(this.file, { force: true });
  }
}

const lockText = () => `${JSON.stringify({ ...thisProcess(), started: new Date().toISOString() } satisfies LockRecord)}\n`;

function readLock(file: string): { text: string; record: LockRecord } | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  try {
    const r = JSON.parse(text) as LockRecord;
    // An unreadable lock (a crash while writing it) belongs to no live process.
    return { text, record: typeof r === 'object' && r !== null ? r : { pid: 0, host: '', started: '' } };
  } catch {
    return { text, record: { pid: 0, host: '', started: '' } };
  }
}

function isLive(file: string, r: LockRecord): boolean {
  const state = typeof r.host === 'string' && r.host ? ownerState(r) : 'dead';
  if (state !== 'unknown') return state === 'alive';
  try {
    return Date.now() - statSync(file).mtimeMs < STALE_LOCK_MS;
  } catch {
    return false;
  }
}

function busy(dir: string, r: LockRecord): ExperimentError {
  const since = r.started ? ` since ${r.started}` : '';
  return new ExperimentError(
    `${dir} is in use by another deptsim (pid ${r.pid} on ${r.host}${since}); wait for it to finish or stop it, or write to another --out`,
  );
}
