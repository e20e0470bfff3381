import type { LMap, LNode, LSeq } from './located.js';

/** The `id` of a list entry, if it is a mapping with a scalar id. */
function idOf(n: LNode): string | null {
  if (n.kind !== 'map') return null;
  const id = n.entries.get('id');
  return id && id.node.kind === 'scalar' && id.node.value !== null ? String(id.node.value) : null;
}

/** Lists whose entries all carry an id are merged entry by entry; other lists are replaced whole. */
function byId(s: LSeq): boolean {
  return s.items.length > 0 && s.items.every((it) => idOf(it) !== null);
}

/**
 * `child` written over `parent` (the `extends` rule):
 * - mappings merge key by key, recursively;
 * - lists of entries with `id` merge by id: a child entry with a parent's id is merged into it (in
 *   the parent's place), new ids are appended in the child's order;
 * - an empty list, any other list and any scalar replace the parent's value.
 * Each value keeps the location of the file that wrote it last, so errors point there.
 */
export function mergeNodes(parent: LNode, child: LNode): LNode {
  if (parent.kind === 'map' && child.kind === 'map') return mergeMaps(parent, child);
  if (parent.kind === 'seq' && child.kind === 'seq' && byId(parent) && byId(child)) return mergeLists(parent, child);
  return child;
}

function mergeMaps(parent: LMap, child: LMap): LMap {
  const entries = new Map(parent.entries);
  for (const [k, c] of child.entries) {
    const p = entries.get(k);
    entries.set(k, p ? { keyLoc: c.keyLoc, node: mergeNodes(p.node, c.node) } : c);
  }
  return { kind: 'map', loc: child.loc, entries };
}

function mergeLists(parent: LSeq, child: LSeq): LSeq {
  const items = [...parent.items];
  const index = new Map(items.map((it, i) => [idOf(it)!, i]));
  for (const c of child.items) {
    const i = index.get(idOf(c)!);
    if (i === undefined) {
      index.set(idOf(c)!, items.length);
      items.push(c);
    } else items[i] = mergeNodes(items[i], c);
  }
  return { kind: 'seq', loc: child.loc, items };
}
