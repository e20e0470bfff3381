import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEMPORARY_MARKER } from './atomic.js';
import { stableJson } from './format.js';

/**
 * Which files of an output folder are deptsim's: exactly those its manifest.json lists with the
 * sha256 of their bytes, written by deptsim as the last step before the folder is put in place.
 * A name proves nothing (a user may keep notes in plots/), so anything unlisted, or changed since,
 * is the user's and a folder holding it is never replaced or rewritten.
 */

export const MANIFEST = 'manifest.json';

const HASH = /^sha256:[0-9a-f]{64}$/;

const sha256Of = (file: string) => `sha256:${createHash('sha256').update(readFileSync(file)).digest('hex')}`;

/** Every entry under `dir` by relative path ('/'-separated), without following links. */
function entries(dir: string): { path: string; file: boolean }[] {
  const out: { path: string; file: boolean }[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(join(dir, rel)).sort()) {
      const r = rel ? `${rel}/${name}` : name;
      const st = lstatSync(join(dir, r));
      if (st.isDirectory()) walk(r);
      else out.push({ path: r, file: st.isFile() });
    }
  };
  walk('');
  return out;
}

/** The sha256 of every file under `dir` but manifest.json (and a temporary folder's marker), by relative path in sorted order. */
export function fileHashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of entries(dir)) if (e.file && e.path !== MANIFEST && e.path !== TEMPORARY_MARKER) out[e.path] = sha256Of(join(dir, e.path));
  return out;
}

/**
 * Record in `dir`/manifest.json the hash of every other file in `dir`: the folder's last write
 * before it is renamed into place, so the list is exactly what deptsim put there. `recorded`: files
 * a user changed that deptsim carries over unread (a report rebuilt beside an edited table) keep
 * the hash deptsim first wrote, so they stay the user's.
 */
export function sealManifest(dir: string, recorded: Record<string, string> = {}): void {
  const manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(dir, MANIFEST), stableJson({ ...manifest, files: { ...fileHashes(dir), ...recorded } }));
}

/** The files a manifest lists with their hashes, or null when it lists none that way (not deptsim's, or an earlier deptsim's). */
export function listedFiles(manifest: Record<string, unknown>): Record<string, string> | null {
  const files = manifest.files;
  if (!files || typeof files !== 'object' || Array.isArray(files)) return null;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(files)) {
    if (typeof v !== 'string' || !HASH.test(v) || k === MANIFEST || k.split('/').some((part) => part === '' || part === '.' || part === '..')) return null;
    out[k] = v;
  }
  return out;
}

/** How a folder's files stand against its manifest's list: what is not listed, and what changed since. */
export interface FileCheck {
  /** Files, links and odd entries the manifest does not list: the user's. */
  unlisted: string[];
  /** Listed files whose bytes are no longer those deptsim wrote (edited by hand, or the list is forged). */
  changed: string[];
}

export function checkFiles(dir: string, listed: Record<string, string>): FileCheck {
  const unlisted: string[] = [];
  const changed: string[] = [];
  for (const e of entries(dir)) {
    if (e.path === MANIFEST && e.file) continue;
    const hash = listed[e.path];
    if (hash === undefined || !e.file) unlisted.push(e.path);
    else if (sha256Of(join(dir, e.path)) !== hash) changed.push(e.path);
  }
  return { unlisted, changed };
}

/** A few names for a message, and how many there are in all. */
export const someOf = (names: readonly string[]) => names.slice(0, 3).join(', ') + (names.length > 3 ? `, ... (${names.length} in all)` : '');
