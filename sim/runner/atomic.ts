import { randomBytes } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { hostTag, pidAlive } from './owner.js';

/** Leftovers of a writer on another host are removed once this old (no pid can be checked there). */
const FOREIGN_HOST_LEFTOVER_MS = 24 * 3600 * 1000;

/**
 * Write a whole output folder or nothing: files go to a hidden temporary sibling, which is renamed
 * into place only when every file is written. An existing folder is replaced only then. Callers
 * decide whether it may be replaced at all (output-folder.ts): this layer only swaps.
 */
export function writeFolderAtomic(dir: string, files: Record<string, string | Uint8Array>): void {
  writeFolderAtomicWith(dir, (tmp) => {
    for (const [name, content] of Object.entries(files)) writeFileIn(tmp, name, content);
  });
}

/** As writeFolderAtomic, for folders too big to hold in memory: `fill` writes into the temporary folder. */
export function writeFolderAtomicWith(dir: string, fill: (tmp: string) => void): void {
  const parent = dirname(dir);
  mkdirSync(parent, { recursive: true });
  removeLeftovers(dir);
  // The name carries host and pid, so a later run can tell a killed writer's leftovers from a live
  // one's. mkdirSync (unlike mkdtemp's 0700) follows the umask, so colleagues can read results.
  const tmp = join(parent, `.${basename(dir)}.tmp-${hostTag()}-${process.pid}-${randomBytes(4).toString('hex')}`);
  mkdirSync(tmp);
  try {
    fill(tmp);
    if (existsSync(dir)) {
      const old = `${tmp}.old`;
      renameSync(dir, old);
      renameSync(tmp, dir);
      rmSync(old, { recursive: true, force: true });
    } else {
      renameSync(tmp, dir);
    }
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}

/** `.<name>.tmp-<host>-<pid>-<random>[.old]`, and mkdtemp's `.<name>.tmp-XXXXXX` of earlier versions. */
function leftoverPattern(name: string): RegExp {
  const n = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\.${n}\\.tmp-(?:([0-9a-f]{6})-(\\d+)-[0-9a-f]{8}|[A-Za-z0-9]{6})(?:\\.old)?$`);
}

/**
 * Remove hidden temporary siblings of `dir` that a killed deptsim left behind: those of a dead pid
 * on this host, of another host after a day, and the unnamed ones of earlier versions after an hour.
 * A live writer's folder is never touched.
 */
export function removeLeftovers(dir: string): string[] {
  const parent = dirname(dir);
  const pattern = leftoverPattern(basename(dir));
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = pattern.exec(name);
    if (!m) continue;
    const path = join(parent, name);
    const st = lstatSync(path, { throwIfNoEntry: false });
    if (!st?.isDirectory()) continue;
    const age = Date.now() - st.mtimeMs;
    const stale = m[1] === undefined
      ? age > 3600 * 1000
      : m[1] === hostTag()
        ? !pidAlive(Number(m[2]))
        : age > FOREIGN_HOST_LEFTOVER_MS;
    if (!stale) continue;
    rmSync(path, { recursive: true, force: true });
    removed.push(path);
  }
  return removed;
}

export function writeFileIn(dir: string, name: string, content: string | Uint8Array): void {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}
