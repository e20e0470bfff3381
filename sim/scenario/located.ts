import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Alias, type Node as YamlNode } from 'yaml';
import type { Loc, Problem } from './problem.js';

/**
 * A YAML value that remembers where it was written. Scenarios are merged (`extends`) and validated as
 * these trees, so every value of the final scenario still knows its file, line and column.
 */
export type LNode = LMap | LSeq | LScalar;
export interface LMap {
  kind: 'map';
  loc: Loc;
  entries: Map<string, { keyLoc: Loc; node: LNode }>;
}
export interface LSeq {
  kind: 'seq';
  loc: Loc;
  items: LNode[];
}
export interface LScalar {
  kind: 'scalar';
  loc: Loc;
  value: unknown;
}

/** Aliases can expand exponentially ("billion laughs"); no honest scenario has this many values. */
const MAX_NODES = 200_000;

/** First line of a yaml error message, without the position (we print that ourselves). */
function shortMessage(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').replace(/:$/, '');
}

/** Parse one file's text; `node` is null when the file is empty or has YAML errors. */
export function parseLocated(file: string, text: string): { node: LNode | null; problems: Problem[] } {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Loc => {
    const p = lc.linePos(offset);
    return { file, line: p.line, col: p.col };
  };
  const problems: Problem[] = doc.errors.map((e) => ({
    loc: at(e.pos[0]),
    path: '',
    message: `YAML syntax: ${shortMessage(e.message)}`,
  }));
  if (problems.length) return { node: null, problems };
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return {
      node: null,
      problems: [{ loc: at(0), path: '', message: 'the file is empty; a scenario needs at least `name:` and `departments:` (`deptsim init NAME` writes a starter)' }],
    };
  }
  const targets = aliasTargets(doc.contents as YamlNode);
  let count = 0;
  const walk = (n: YamlNode | null | undefined, fallback: Loc): LNode => {
    if (++count > MAX_NODES) throw new TooManyNodes(fallback);
    if (n && isAlias(n)) return walk(targets.get(n), fallback);
    const loc = n?.range ? at(n.range[0]) : fallback;
    if (n && isMap(n)) {
      const entries = new Map<string, { keyLoc: Loc; node: LNode }>();
      for (const pair of n.items) {
        const k = pair.key as YamlNode | null;
        const keyLoc = k && (k as YamlNode).range ? at((k as YamlNode).range![0]) : loc;
        if (k && !isScalar(k)) {
          problems.push({ loc: keyLoc, path: '', message: 'a key must be a plain name, not a list or mapping' });
          continue;
        }
        const key = String(k ? k.value : null);
        entries.set(key, { keyLoc, node: walk(pair.value as YamlNode | null, keyLoc) });
      }
      return { kind: 'map', loc, entries };
    }
    if (n && isSeq(n)) return { kind: 'seq', loc, items: n.items.map((it) => walk(it as YamlNode | null, loc)) };
    return { kind: 'scalar', loc, value: n && isScalar(n) ? n.value : null };
  };
  try {
    const node = walk(doc.contents as YamlNode, at(0));
    return { node: problems.length ? null : node, problems };
  } catch (e) {
    if (!(e instanceof TooManyNodes)) throw e;
    return { node: null, problems: [{ loc: e.loc, path: '', message: `more than ${MAX_NODES} values once aliases are expanded; a scenario this large is a mistake` }] };
  }
}

/**
 * The node each alias stands for, found in one pass in document order (an alias names the latest
 * anchor of that name before it). yaml's own Alias.resolve searches the whole document per alias,
 * which made 400 aliases of one formula take seconds, and a few thousand take minutes.
 */
function aliasTargets(root: YamlNode): Map<Alias, YamlNode> {
  const anchors = new Map<string, YamlNode>();
  const targets = new Map<Alias, YamlNode>();
  visit(root, (_key, node) => {
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (target) targets.set(node, target);
    } else if ((node as YamlNode).anchor) anchors.set((node as YamlNode).anchor as string, node as YamlNode);
  });
  return targets;
}

class TooManyNodes extends Error {
  constructor(readonly loc: Loc) {
    super('too many nodes');
  }
}

/** Plain data for the schema, and where each value (and each key) came from, by path. */
export interface Plain {
  data: unknown;
  /** JSON of the path -> where its value starts and, for map entries, where its key is. */
  origins: Map<string, { at: Loc; key?: Loc }>;
}

export const pathKey = (path: readonly PropertyKey[]) => JSON.stringify(path.map((p) => (typeof p === 'number' ? p : String(p))));

export function toPlain(node: LNode): Plain {
  const origins: Plain['origins'] = new Map();
  const go = (n: LNode, path: (string | number)[], key?: Loc): unknown => {
    origins.set(pathKey(path), { at: n.loc, key });
    if (n.kind === 'scalar') return n.value;
    if (n.kind === 'seq') return n.items.map((it, i) => go(it, [...path, i]));
    const out: Record<string, unknown> = {};
    for (const [k, e] of n.entries) {
      // defineProperty: a key named __proto__ must stay a plain key, not change the prototype.
      Object.defineProperty(out, k, { value: go(e.node, [...path, k], e.keyLoc), enumerable: true, writable: true, configurable: true });
    }
    return out;
  };
  return { data: go(node, []), origins };
}
