import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import ts from 'typescript';

/**
 * Who imports whom among the project's own files, read with the TypeScript compiler's import
 * scanner (no type checking, so the whole tree takes well under a second). Type-only imports count:
 * a loop of types is still a loop in the design, and it becomes a runtime loop the day someone
 * imports a value along it. Paths are relative to the repository root, with `/`.
 */
export type ImportGraph = Map<string, Set<string>>;

const SOURCE = /\.(ts|mts|mjs|js)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'dist' ? [] : sourceFiles(path);
    return SOURCE.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The import graph of every source file under `folders` (relative paths from `root`). */
export function importGraph(root: string, folders: readonly string[]): ImportGraph {
  const files = folders.flatMap((f) => sourceFiles(join(root, f))).map((f) => relative(root, f).split('\\').join('/'));
  const known = new Set(files);
  const graph: ImportGraph = new Map();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
    const targets = new Set<string>();
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue; // a package
      const path = posix.normalize(posix.join(dirname(file), fileName));
      // NodeNext imports name the compiled .js; the source is the .ts beside it (or a plain .mjs/.js).
      const target = [path.replace(/\.js$/, '.ts'), path.replace(/\.mjs$/, '.mts'), path].find((p) => known.has(p));
      if (target) targets.add(target);
    }
    graph.set(file, targets);
  }
  return graph;
}

/** The graph with each file replaced by its folder (`folderOf`); edges inside one folder are dropped. */
export function folderGraph(graph: ImportGraph, folderOf: (file: string) => string): ImportGraph {
  const out: ImportGraph = new Map();
  for (const [file, targets] of graph) {
    const from = folderOf(file);
    if (!out.has(from)) out.set(from, new Set());
    for (const t of targets) if (folderOf(t) !== from) out.get(from)!.add(folderOf(t));
  }
  return out;
}

/**
 * Every loop, as the sorted names of one strongly connected component (Tarjan's algorithm): the
 * nodes that can each reach the others. A file importing itself counts as a loop of one.
 */
export function cycles(graph: ImportGraph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || graph.get(v)?.has(v)) found.push(component.sort());
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return found.sort((a, b) => a[0].localeCompare(b[0]));
}

/** The imports that make up a loop, `a -> b` for each edge between its members, for the failure message. */
export function loopEdges(graph: ImportGraph, members: readonly string[], folderOf: (file: string) => string = (f) => f): string[] {
  const inLoop = new Set(members);
  const edges: string[] = [];
  for (const [file, targets] of graph) {
    for (const t of targets) {
      const a = folderOf(file);
      const b = folderOf(t);
      if (a !== b && inLoop.has(a) && inLoop.has(b)) edges.push(`${file} -> ${t}`);
      else if (a === b && file === t && inLoop.has(a)) edges.push(`${file} -> ${t}`);
    }
  }
  return edges.sort();
}
