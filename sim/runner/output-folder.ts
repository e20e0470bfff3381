import { accessSync, constants, lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, parse, resolve, sep } from 'node:path';
import { writeFolderAtomicWith } from './atomic.js';
import { RESULT_FILES } from './contract.js';
import { ExperimentError } from './errors.js';
import { checkFiles, listedFiles, MANIFEST, sealManifest, someOf, type FileCheck } from './ownership.js';
import { olderDefaults, type Settings } from './older-defaults.js';

const escaped = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('<arm>', '[^/]+');

/**
 * The names of the files deptsim writes into an output folder, by relative path: the results contract's files
 * (a calibration's among them), a shard's (plan.json, results.jsonl, daily/<job>.csv), and the report's. A folder
 * holding anything else is not deptsim's alone, and is never replaced (a long test runs the
 * commands and checks each file they write matches).
 */
export const OUTPUT_FILES = new RegExp(
  `^(${[
    ...Object.keys(RESULT_FILES).map(escaped),
    'plan\\.json', 'results\\.jsonl', 'daily/\\d+\\.csv',
    'report\\.html', 'report\\.md', 'plots/.+',
  ].join('|')})$`,
);

/** Where a command writes and what it will write there. */
export interface OutputTarget {
  dir: string;
  /** What decides the results (manifest.json's plan_hash, and the shard): the same identity means the same files. */
  identity: string;
  /** Replace deptsim's own results of other settings (never a folder deptsim did not write). */
  force: boolean;
  /** Scenario files the command reads: the output folder must not hold them. */
  inputs?: readonly string[];
  /** What the command will write (its manifest and scenario files; built only when a folder of other settings is found): lets the check tell an earlier deptsim's defaults from other settings (older-defaults.ts). */
  settings?: () => Settings;
}

/** What an existing path is, as far as replacing it goes. */
export type FolderState =
  | { kind: 'absent' }
  | { kind: 'empty' }
  | { kind: 'ours'; identity: string; what: string; manifest: Record<string, unknown> }
  | { kind: 'foreign'; why: string };

/** The identity a manifest records: its plan hash, and the shard for a shard's folder. */
export const manifestIdentity = (planHash: string, shard?: string) => (shard ? `${planHash}#shard-${shard}` : planHash);
/** A calibration's folder: its calibration.json's plan hash (its manifest.json is the re-check's). */
export const calibrationIdentity = (planHash: string) => `calibrate:${planHash}`;

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** A path without trailing separators: `link/` names the symbolic link itself, not the folder it points to. */
export const withoutTrailingSlash = (p: string) => (p.length > 1 ? p.replace(/[\\/]+$/, '') || p : p);

/**
 * Is `dir` a folder deptsim wrote? Its manifest.json must say so and list every other file in it
 * with the hash deptsim recorded when it wrote the file (ownership.ts): a user's own file dropped
 * into a results folder, or a listed file edited since, makes the folder the user's.
 */
export function folderState(path: string): FolderState {
  const dir = withoutTrailingSlash(path);
  let st;
  try {
    st = lstatSync(dir, { throwIfNoEntry: false });
  } catch (e) {
    // A file where a parent folder should be: nothing here to replace (checkCreatable says why).
    if ((e as NodeJS.ErrnoException).code === 'ENOTDIR') return { kind: 'absent' };
    throw e;
  }
  if (!st) return { kind: 'absent' };
  if (st.isSymbolicLink()) return { kind: 'foreign', why: 'it is a symbolic link' };
  if (!st.isDirectory()) return { kind: 'foreign', why: 'it is a file, not a folder' };
  const top = readdirSync(dir);
  if (top.length === 0) return { kind: 'empty' };
  const files = ownedFiles(dir);
  if ('why' in files) return { kind: 'foreign', why: files.why };
  const { manifest, unlisted, changed } = files;
  if (unlisted.length) return { kind: 'foreign', why: `it holds files deptsim did not write: ${someOf(unlisted)}` };
  if (changed.length) return { kind: 'foreign', why: changedWhy(changed) };
  // A calibration is known by its search's plan (calibration.json, or abc.json for ABC-SMC).
  const calibrationFile = ['calibration.json', 'abc.json'].find((f) => top.includes(f));
  const calibration = calibrationFile ? jsonObject(join(dir, calibrationFile)) : null;
  const identity = (calibration?.kind === 'calibrate' || calibration?.kind === 'calibrate-abc') && typeof calibration.plan_hash === 'string'
    ? calibrationIdentity(calibration.plan_hash)
    : manifestIdentity(manifest.plan_hash as string, typeof manifest.shard === 'string' ? manifest.shard : undefined);
  const reps = typeof manifest.replicates === 'number' ? `, ${plural(manifest.replicates, 'replicate')}` : '';
  const what = `${String(manifest.kind ?? 'results')} of ${String(manifest.name ?? '?')}, seed ${String(manifest.seed ?? '?')}${reps}`;
  return { kind: 'ours', identity, what, manifest };
}

export const changedWhy = (changed: readonly string[]) => `its files do not match its manifest.json (changed since deptsim wrote them: ${someOf(changed)})`;

/**
 * A folder's deptsim manifest and how its files stand against it (ownership.ts), or why it has
 * none: not written by deptsim, or by one that recorded no hashes.
 */
export function ownedFiles(dir: string): ({ manifest: Record<string, unknown>; listed: Record<string, string> } & FileCheck) | { why: string } {
  const manifest = jsonObject(join(dir, MANIFEST));
  if (!manifest || typeof manifest.deptsim !== 'string' || typeof manifest.plan_hash !== 'string' || !/^[0-9a-f]{64}$/.test(manifest.plan_hash)) {
    return { why: 'it was not written by deptsim (no deptsim manifest.json)' };
  }
  const listed = listedFiles(manifest);
  if (!listed) return { why: 'its manifest.json lists no file hashes (not written by this deptsim), so deptsim cannot tell its files from yours' };
  return { manifest, listed, ...checkFiles(dir, listed) };
}

export function jsonObject(file: string): Record<string, unknown> | null {
  try {
    const v = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const real = (p: string) => {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
};
const within = (inner: string, outer: string) => inner === outer || inner.startsWith(outer.endsWith(sep) ? outer : outer + sep);

/**
 * Refuse, before anything is computed, an output folder deptsim must not or cannot write: empty,
 * the working folder or one above it, one holding the scenario, a file, a folder deptsim did not
 * write, its own results of other settings (unless --force), or a place it cannot create.
 */
export function checkOutputFolder(t: OutputTarget): void {
  const dir = withoutTrailingSlash(t.dir);
  if (dir.trim() === '') throw new ExperimentError('--out is empty: name a folder for the results, e.g. --out results/my-run');
  const abs = real(dir);
  if (within(real(process.cwd()), abs) || abs === parse(abs).root) {
    throw new ExperimentError(`--out ${dir} is the folder you are working in, or holds it: results need a folder of their own, e.g. --out ${join(dir, 'results')}`);
  }
  for (const input of t.inputs ?? []) {
    if (within(real(input), abs)) throw new ExperimentError(`--out ${dir} holds the scenario file ${input}: results need a folder of their own, e.g. --out results/run`);
  }
  const state = folderState(dir);
  if (state.kind === 'foreign') {
    throw new ExperimentError(
      `${dir} exists and ${state.why}; give --out a new folder (deptsim replaces only folders it wrote itself, even with --force)`,
    );
  }
  if (state.kind === 'ours' && state.identity !== t.identity && !t.force) {
    const older = t.settings ? olderDefaults(state.manifest, (file) => jsonObject(join(dir, file)), t.settings()) : null;
    if (older) {
      const list = older.changed.length > 4 ? `${older.changed.slice(0, 4).join(', ')} and ${older.changed.length - 4} more` : older.changed.join(', ');
      const these = state.manifest.kind === 'run' ? 'this scenario and seed' : `this ${String(state.manifest.kind)} (the same scenarios, seed and design)`;
      throw new ExperimentError(
        `${dir} holds results of ${these} written by deptsim ${older.version} with other defaults: ${list} changed (your settings did not); rerun with --force to replace them, or give another --out`,
      );
    }
    throw new ExperimentError(`${dir} holds earlier results (${state.what}) of other settings; add --force to replace them, or give another --out`);
  }
  checkCreatable(dir);
}

/** The folder's parent must be a folder we can write, or creatable under one. */
function checkCreatable(dir: string): void {
  let p = dirname(resolve(dir));
  for (;;) {
    const st = lstatSync(p, { throwIfNoEntry: false });
    if (st) {
      if (!st.isDirectory() && !lstatSync(realpathSync(p)).isDirectory()) throw new ExperimentError(`cannot write ${dir}: ${p} is a file, not a folder`);
      try {
        accessSync(p, constants.W_OK | constants.X_OK);
      } catch {
        throw new ExperimentError(`cannot write ${dir}: no permission to write in ${p}; give --out a folder you can write`);
      }
      return;
    }
    const up = dirname(p);
    if (up === p) return;
    p = up;
  }
}

/** Check the target once more (time has passed since the first check), then write it atomically. */
export function writeOutputFolder(t: OutputTarget, fill: (tmp: string) => void): void {
  checkOutputFolder(t);
  writeFolderAtomicWith(withoutTrailingSlash(t.dir), (tmp) => {
    fill(tmp);
    sealManifest(tmp);
  });
}
