import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: { root: string; version: string } | null = null;

/**
 * deptsim's own folder (where its package.json, scenarios/ and schema/ are), found by walking up
 * from this file: the checkout when run from source or dist/, the installed package otherwise.
 */
function ownPackage(): { root: string; version: string } {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const p = join(dir, 'package.json');
    if (existsSync(p)) {
      const pkg = JSON.parse(readFileSync(p, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'deptsim') return (cached = { root: dir, version: pkg.version ?? 'unknown' });
    }
    dir = dirname(dir);
  }
  return (cached = { root: join(dirname(fileURLToPath(import.meta.url)), '../..'), version: 'unknown' });
}

/** deptsim's version from package.json. */
export const deptsimVersion = (): string => ownPackage().version;

/** deptsim's package folder. */
export const packageRoot = (): string => ownPackage().root;
