import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cycles, folderGraph, importGraph, loopEdges, type ImportGraph } from '../support/import-graph.js';

/**
 * The data flows one way (docs: CONTRIBUTING.md, "How the code is laid out"): a folder never imports
 * a folder that imports it back, and no two files import each other, directly or round a longer
 * loop. A loop ties files together so that neither can be read, tested or moved alone, and at
 * runtime one of them sees the other half-loaded.
 */
const graph = importGraph('.', ['sim', 'bench', 'web']);

/** A file's layer: sim/<layer> for the source (sub-folders belong to their layer), else the top folder. */
function layerOf(file: string): string {
  const parts = file.split('/');
  if (parts.length === 1) return file;
  if (parts[0] !== 'sim') return parts[0];
  return parts.length > 2 ? `sim/${parts[1]}` : file; // sim/index.ts, the package entry, stands alone
}

/**
 * Loops that were there before this test and are being untied elsewhere. Each entry is one loop's
 * members, sorted and joined by " <-> ". Remove an entry when its loop is gone (the test says so);
 * never add one: untie the new loop instead. Both sets are empty since issue 27 untied the last two
 * (the manifest and shards; metrics, model and scenario, by moving the measure registries to sim/measures).
 */
const KNOWN_FILE_LOOPS = new Set<string>();
const KNOWN_FOLDER_LOOPS = new Set<string>();

const named = (loop: string[]) => loop.join(' <-> ');

function unexpected(g: ImportGraph, known: Set<string>, folderOf?: (f: string) => string): string[] {
  const loops = cycles(folderOf ? folderGraph(g, folderOf) : g);
  return loops.filter((l) => !known.has(named(l))).map((l) => `${named(l)}\n    ${loopEdges(g, l, folderOf).join('\n    ')}`);
}

describe('no import loops between files or folders', () => {
  it('reads the imports (a scan that found nothing would pass the checks below)', () => {
    expect(graph.size).toBeGreaterThan(150);
    expect(graph.get('sim/library/collect-run.ts')).toContain('sim/library/simulation.ts');
    // Type-only imports count, and .js in an import names the .ts source.
    expect(graph.get('sim/report/read/results.ts')).toContain('sim/report/read/experiment.ts');
  });

  it('no two files under sim/, bench/ or web/ import each other, directly or round a loop', () => {
    expect(unexpected(graph, KNOWN_FILE_LOOPS), 'new import loops between files: untie them').toEqual([]);
  });

  it('no layer (sim/engine, sim/model, ..., bench, web) imports a layer that imports it back', () => {
    expect(unexpected(graph, KNOWN_FOLDER_LOOPS, layerOf), 'new import loops between folders: untie them').toEqual([]);
  });

  it('every known loop is still there (remove the entry once its loop is untied)', () => {
    const files = new Set(cycles(graph).map(named));
    const folders = new Set(cycles(folderGraph(graph, layerOf)).map(named));
    expect([...KNOWN_FILE_LOOPS].filter((l) => !files.has(l))).toEqual([]);
    expect([...KNOWN_FOLDER_LOOPS].filter((l) => !folders.has(l))).toEqual([]);
  });
});

describe("the bench's limit reference reaches the model through its stated interface only", () => {
  /** What bench/fused/interface.ts may import: the scenario's type and the random streams (issue 27). */
  const INTERFACE = new Set(['sim/scenario/schema/index.ts', 'sim/engine/rng.ts']);
  const files = [...graph.keys()].filter((f) => f.startsWith('bench/fused/'));

  it('bench/fused/interface.ts imports the scenario type and the random streams, nothing else', () => {
    expect(files).toContain('bench/fused/interface.ts');
    expect([...graph.get('bench/fused/interface.ts')!].sort()).toEqual([...INTERFACE].sort());
  });

  it('every other file of bench/fused/ imports only files of bench/fused/, and no package', () => {
    expect(files.length).toBeGreaterThan(5);
    const outside = files.filter((f) => f !== 'bench/fused/interface.ts').flatMap((f) => [...graph.get(f)!].filter((t) => !t.startsWith('bench/fused/')).map((t) => `${f} -> ${t}`));
    expect(outside, 'reach the model through bench/fused/interface.ts').toEqual([]);
    const packages = files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bfrom\s+'([^'.][^']*)'/g)].map((m) => `${f} -> ${m[1]}`));
    expect(packages).toEqual([]);
  });
});

describe('the loop finder', () => {
  const g = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges).map(([k, v]) => [k, new Set(v)]));

  it('finds a two-file loop, a longer loop and a self-import, and nothing in a chain', () => {
    const made = g({ a: ['b'], b: ['a', 'c'], c: ['d'], d: ['e'], e: ['c'], f: ['f'], g: ['a'] });
    expect(cycles(made)).toEqual([['a', 'b'], ['c', 'd', 'e'], ['f']]);
    expect(cycles(g({ a: ['b'], b: ['c'], c: [] }))).toEqual([]);
    expect(loopEdges(made, ['a', 'b'])).toEqual(['a -> b', 'b -> a']);
  });

  it('finds a folder loop made of files that form no loop themselves', () => {
    const made = g({ 'sim/x/one.ts': ['sim/y/two.ts'], 'sim/y/two.ts': [], 'sim/y/three.ts': ['sim/x/four.ts'], 'sim/x/four.ts': [] });
    expect(cycles(made)).toEqual([]);
    expect(cycles(folderGraph(made, layerOf))).toEqual([['sim/x', 'sim/y']]);
    expect(loopEdges(made, ['sim/x', 'sim/y'], layerOf)).toEqual(['sim/x/one.ts -> sim/y/two.ts', 'sim/y/three.ts -> sim/x/four.ts']);
  });

  it('a sub-folder belongs to its layer', () => {
    expect(layerOf('sim/model/coordination/whistle.ts')).toBe('sim/model');
    expect(layerOf('sim/index.ts')).toBe('sim/index.ts');
    expect(layerOf('bench/fused/run.ts')).toBe('bench');
  });
});
