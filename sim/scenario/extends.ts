import { parseLocated, type LMap, type LNode } from './located.js';
import { mergeNodes } from './merge.js';
import { resolveFrom } from './paths.js';
import type { Loc, Problem } from './problem.js';
import { decodeText, MAX_SCENARIO_BYTES, tooLarge, unreadable, type SourceFs } from './source.js';

/** Deeper than this is surely a mistake (and a backstop against cycles through symlinks). */
const MAX_DEPTH = 16;

/** Read and parse one file into a located tree, or the problems that stop it. */
export function readLocated(file: string, fs: SourceFs, at?: Loc): { node: LNode | null; problems: Problem[] } {
  let bytes: Uint8Array;
  try {
    const size = fs.size(file);
    if (size > MAX_SCENARIO_BYTES) return { node: null, problems: [{ ...tooLarge(file, size), ...(at ? { loc: at } : {}) }] };
    bytes = fs.read(file);
  } catch (e) {
    return { node: null, problems: [unreadable(file, e, at)] };
  }
  const decoded = decodeText(file, bytes);
  if ('problem' in decoded) return { node: null, problems: [decoded.problem] };
  return parseLocated(file, decoded.text);
}

/**
 * Follow `extends:` from a parsed file up its chain of parents (each path relative to the file that
 * names it) and merge child over parent. The `extends` key itself is removed from the result.
 */
export function resolveExtends(file: string, node: LNode, fs: SourceFs, chain: string[] = [file]): { node: LNode | null; problems: Problem[] } {
  if (node.kind !== 'map') {
    const got = node.kind === 'seq' ? 'a list' : `the value ${JSON.stringify(node.value)}`;
    return { node: null, problems: [{ loc: node.loc, path: '', message: `expected a mapping of keys (name:, departments:, ...) at the top level, got ${got}` }] };
  }
  const ext = node.entries.get('extends');
  if (!ext) return { node, problems: [] };
  const own: LMap = { ...node, entries: new Map(node.entries) };
  own.entries.delete('extends');
  const target = ext.node.kind === 'scalar' ? ext.node.value : undefined;
  if (typeof target !== 'string' || target === '') {
    return { node: null, problems: [{ loc: ext.node.loc, path: 'extends', message: 'expected the path of another scenario file, relative to this one (e.g. extends: baseline.yaml)' }] };
  }
  const parentFile = resolveFrom(file, target);
  if (chain.includes(parentFile) || chain.length >= MAX_DEPTH) {
    return {
      node: null,
      problems: [{ loc: ext.node.loc, path: 'extends', message: `extends cycle: ${[...chain, parentFile].join(' -> ')}; a scenario cannot extend itself, directly or through others` }],
    };
  }
  const parent = readLocated(parentFile, fs, ext.node.loc);
  if (!parent.node) {
    // A missing parent is the child's mistake: report it at the extends line, naming the path tried.
    const problems = parent.problems.map((p) =>
      p.loc === ext.node.loc ? { ...p, path: 'extends', message: `cannot extend ${parentFile}: ${p.message}` } : p,
    );
    return { node: null, problems };
  }
  const resolved = resolveExtends(parentFile, parent.node, fs, [...chain, parentFile]);
  if (!resolved.node) return resolved;
  return { node: mergeNodes(resolved.node, own), problems: [] };
}
