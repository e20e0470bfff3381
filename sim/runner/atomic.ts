import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync, mkdtempSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';

/**
 * Write a whole output folder or nothing: files go to a hidden temporary sibling, which is renamed
 * into place only when every file is written. An existing folder is replaced only then.
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
  const tmp = mkdtempSync(join(parent, `.${basename(dir)}.tmp-`));
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

export function writeFileIn(dir: string, name: string, content: string | Uint8Array): void {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}
