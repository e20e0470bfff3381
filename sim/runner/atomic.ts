import { randomBytes } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { namingFile } from './errors.js';
import { hostTag, ownerAlive, thisProcess, type Owner } from './owner.js';

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

/**
 * The marker inside every temporary folder deptsim makes beside an output folder: which process
 * made it. Only a folder holding a marker that parses is ever removed as a leftover; a name alone
 * proves nothing (a user's `.results.tmp-backup` looks like one).
 */
export const TEMPORARY_MARKER = '.deptsim-temporary.json';

interface Marker extends Owner {
  deptsim_temporary: true;
  tag: string;
}

function writeMarker(dir: string): void {
  writeFileSync(join(dir, TEMPORARY_MARKER), JSON.stringify({ deptsim_temporary: true, tag: hostTag(), ...thisProcess() } satisfies Marker));
}

function readMarker(dir: string): Marker | null {
  try {
    const m = JSON.parse(readFileSync(join(dir, TEMPORARY_MARKER), 'utf8')) as Marker;
    return m?.deptsim_temporary === true && typeof m.tag === 'string' && Number.isSafeInteger(m.pid) ? m : null;
  } catch {
    return null;
  }
}

/** As writeFolderAtomic, for folders too big to hold in memory: `fill` writes into the temporary folder. */
export function writeFolderAtomicWith(dir: string, fill: (tmp: string) => void): void {
  const parent = dirname(dir);
  mkdirSync(parent, { recursive: true });
  removeLeftovers(dir);
  // mkdirSync (unlike mkdtemp's 0700) follows the umask, so colleagues can read results.
  const tmp = join(parent, `.${basename(dir)}.tmp-${hostTag()}-${process.pid}-${randomBytes(4).toString('hex')}`);
  mkdirSync(tmp);
  writeMarker(tmp);
  try {
    fill(tmp);
    // The marker leaves just before the folder takes its place: a results folder never holds it.
    rmSync(join(tmp, TEMPORARY_MARKER));
    if (existsSync(dir)) {
      const old = `${tmp}.old`;
      renameSync(dir, old);
      renameSync(tmp, dir);
      // Marked only once the new folder is in place: killed between the renames, the old results
      // stay (unmarked, never removed) rather than being lost with nothing in their place.
      writeMarker(old);
      rmSync(old, { recursive: true, force: true });
    } else {
      renameSync(tmp, dir);
    }
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    // A full disk or a refused write names the file as the user will look for it, not its temporary twin.
    const err = e as NodeJS.ErrnoException;
    if (typeof err?.path === 'string' && err.path.startsWith(tmp)) err.path = dir + err.path.slice(tmp.length);
    throw e;
  }
}

/**
 * Remove temporary siblings of `dir` that a killed deptsim left behind: hidden folders named
 * `.<name>.tmp-...` that hold deptsim's marker, of a process of this host that is gone, or of
 * another host after a day. A live writer's folder, and any folder without the marker, is never touched.
 */
export function removeLeftovers(dir: string): string[] {
  const parent = dirname(dir);
  const prefix = `.${basename(dir)}.tmp-`;
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const path = join(parent, name);
    const st = lstatSync(path, { throwIfNoEntry: false });
    if (!st?.isDirectory()) continue;
    const m = readMarker(path);
    if (!m) continue;
    const stale = m.tag === hostTag() ? !ownerAlive(m) : Date.now() - st.mtimeMs > FOREIGN_HOST_LEFTOVER_MS;
    if (!stale) continue;
    rmSync(path, { recursive: true, force: true });
    removed.push(path);
  }
  return removed;
}

export function writeFileIn(dir: string, name: string, content: string | Uint8Array): void {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  namingFile(path, () => writeFileSync(path, content));
}
