import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { cutToBytes } from '../../runner/contract.js';

/** Where results go when no --out is given. */
export const REPORTS_DIR = 'reports';

/** A file name as a folder name: letters and digits of any script kept, no leading dot, never empty, at most 80 bytes. */
export function slugOf(file: string): string {
  const stem = basename(file).replace(/\.ya?ml$/i, '').normalize('NFC');
  const slug = stem
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^[.-]+|[.-]+$/g, '');
  return cutToBytes(slug, 80) || 'scenario';
}

const hash6 = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 6);

const real = (f: string) => {
  try {
    return realpathSync(f);
  } catch {
    return resolve(f);
  }
};

/**
 * The default output folder of a command on these scenario files: `reports/<file name>[-kind]-<h>/`,
 * where h is 6 hex digits of the files' absolute paths. The same file always writes to the same
 * folder; two files never share one, whatever their names or scenario names (Chinese names, `.`).
 * `kind` tells experiments apart: `sweep`, `morris`; a comparison names its arms.
 */
export function defaultOutDir(files: readonly string[], kind?: string): string {
  const stems = files.map(slugOf);
  const name = (files.length > 1 ? `compare-${stems.join('-vs-')}` : stems[0]) + (kind ? `-${kind}` : '');
  // Cut by bytes, not characters: a file name may hold 255 bytes, a Chinese character takes 3, and
  // the temporary sibling (atomic.ts) adds about 35 to the name.
  return join(REPORTS_DIR, `${cutToBytes(name, 200)}-${hash6(files.map(real).join('\n'))}`);
}

/** A teachers' page link has no file: `reports/link-<scenario name>-<h>/`, h from the link itself. */
export function defaultOutDirOfLink(scenarioName: string, link: string): string {
  return join(REPORTS_DIR, `link-${slugOf(scenarioName)}-${hash6(link)}`);
}
