import { parseLocated, type LMap, type LNode } from './located.js';
import { mergeNodes } from './merge.js';
import { dirOf, resolveFrom } from './paths.js';
import type { Loc, Problem } from './problem.js';
import { decodeText, MAX_SCENARIO_BYTES, tooLarge, unreadable, type SourceFs } from './source.js';

/** Deeper than this is surely a mistake (and a backstop against cycles through symlinks). */
export const MAX_EXTENDS_DEPTH = 16;

export interface ExtendsOptions {
  /**
   * Let `extends` name any file. Off by default: it may name only files in the folder of the scenario
   * the user gave or below it, or in `roots` or below them, so that a scenario from a pull request
   * cannot read ~/.npmrc on a CI machine.
   */
  allowOutside?: boolean;
  /** More trusted folders, written as paths are (the CLI gives `.` and the working folder). */
  roots?: string[];
}

/**
 * Read and parse one file into a located tree, or the problems that stop it. With `at` (the
 * `extends:` line naming the file), problems reading the file are reported there.
 */
export function readLocated(file: string, fs: SourceFs, at?: Loc): { node: LNode | null; problems: Problem[] } {
  const here = (p: Problem): Problem => (at ? { ...p, loc: at } : p);
  let bytes: Uint8Array;
  try {
    const size = fs.size(file);
    if (size > MAX_SCENARIO_BYTES) return { node: null, problems: [here(tooLarge(file, size))] };
    bytes = fs.read(file);
  } catch (e) {
    return { node: null, problems: [unreadable(file, e, at)] };
  }
  const decoded = decodeText(file, bytes);
  if ('problem' in decoded) return { node: null, problems: [here(decoded.problem)] };
  return parseLocated(file, decoded.text);
}

/** What a top level that is not a mapping holds, without quoting it (it may be someone's secret). */
function notAMapping(node: LNode): string {
  if (node.kind === 'seq') return 'a list';
  const v = node.kind === 'scalar' ? node.value : null;
  return typeof v === 'string' ? `a single line of text (${v.length} characters)` : `a single ${typeof v} value`;
}

const segments = (p: string) => p.split('/').filter((s) => s !== '' && s !== '.');

/** Whether normalised `file` lies in folder `root` or below it (both as resolveFrom writes them). */
export function insideFolder(root: string, file: string): boolean {
  if (root.startsWith('/') !== file.startsWith('/')) return false;
  const r = segments(root);
  const f = segments(file);
  return r.every((s, i) => f[i] === s) && !f.slice(r.length).includes('..');
}

/**
 * Whether `file` lies in one of `roots`, both as written and, where the file system has links, where
 * they really lead (a link in the scenario's folder to ~/.npmrc is as outside as the path itself).
 * A file that cannot be resolved (missing) passes here; reading it then reports it missing.
 */
function whereIs(file: string, roots: string[], fs: SourceFs): 'inside' | 'outside' | 'linked-outside' {
  if (!roots.some((r) => insideFolder(r, file))) return 'outside';
  if (!fs.realPath) return 'inside';
  const real = (p: string) => {
    try {
      return fs.realPath!(p);
    } catch {
      return null;
    }
  };
  const target = real(file);
  if (target === null) return 'inside';
  const inReach = roots.some((r) => {
    const root = real(r);
    return root !== null && insideFolder(root, target);
  });
  return inReach ? 'inside' : 'linked-outside';
}

/**
 * Why `file`, a path named in `from` (a file the user gave), may not be read, or null: the one rule
 * for every path a user's file names (`extends:`, a targets file's `scenario:`): in the folder of
 * `from` or below it, or in a trusted root, links followed; `allowOutside` lifts it.
 */
export function reachProblem(file: string, from: string, fs: SourceFs, opts: ExtendsOptions): string | null {
  if (opts.allowOutside) return null;
  const root = dirOf(from);
  const place = whereIs(file, [root, ...(opts.roots ?? [])], fs);
  if (place === 'inside') return null;
  return `it ${place === 'linked-outside' ? 'is a link that leads' : 'is'} outside ${root}/ (the folder of ${from})${opts.roots?.length ? ' and outside the working folder' : ''}`;
}

/**
 * Follow `extends:` from a parsed file up its chain of parents (each path relative to the file that
 * names it) and merge child over parent. The `extends` key itself is removed from the result.
 */
export function resolveExtends(
  file: string,
  node: LNode,
  fs: SourceFs,
  chain: string[] = [file],
  opts: ExtendsOptions = {},
): { node: LNode | null; problems: Problem[] } {
  if (node.kind !== 'map') {
    return { node: null, problems: [{ loc: node.loc, path: '', message: `expected a mapping of keys (name:, departments:, ...) at the top level, got ${notAMapping(node)}` }] };
  }
  const ext = node.entries.get('extends');
  if (!ext) return { node, problems: [] };
  const own: LMap = { ...node, entries: new Map(node.entries) };
  own.entries.delete('extends');
  const target = ext.node.kind === 'scalar' ? ext.node.value : undefined;
  const at = ext.node.loc;
  const fail = (message: string) => ({ node: null, problems: [{ loc: at, path: 'extends', message }] });
  if (typeof target !== 'string' || target === '') {
    return fail('expected the path of another scenario file, relative to this one (e.g. extends: baseline.yaml)');
  }
  const parentFile = resolveFrom(file, target);
  if (chain.includes(parentFile)) {
    return fail(`extends cycle: ${[...chain, parentFile].join(' -> ')}; a scenario cannot extend itself, directly or through others`);
  }
  if (chain.length >= MAX_EXTENDS_DEPTH) {
    return fail(`extends chain too deep: ${chain[0]} passes through ${chain.length} files before ${parentFile}; at most ${MAX_EXTENDS_DEPTH} files in all are allowed, so merge some of them`);
  }
  const outside = reachProblem(parentFile, chain[0], fs, opts);
  if (outside) return fail(`cannot extend ${parentFile}: ${outside}; copy the parent next to the scenario, or pass --allow-extends-outside if you trust it`);
  const parent = readLocated(parentFile, fs, at);
  if (!parent.node) {
    // A parent that cannot be read is the child's mistake: report it at the extends line, naming the path tried.
    const problems = parent.problems.map((p) => (p.loc === at ? { ...p, path: 'extends', message: `cannot extend ${parentFile}: ${p.message}` } : p));
    return { node: null, problems };
  }
  if (parent.node.kind !== 'map') {
    return fail(`cannot extend ${parentFile}: it is not a scenario (its top level is ${notAMapping(parent.node)}, not a mapping of keys)`);
  }
  const resolved = resolveExtends(parentFile, parent.node, fs, [...chain, parentFile], opts);
  if (!resolved.node) return resolved;
  return { node: mergeNodes(resolved.node, own), problems: [] };
}
