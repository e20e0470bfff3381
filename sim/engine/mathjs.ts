import type * as MathJs from 'mathjs';
import type * as MathJsNumber from 'mathjs/number';

/**
 * The two mathjs builds the model uses, loaded on first use and never at import: loading mathjs takes
 * a good part of a second (the package's ES modules are over a thousand files), which every command,
 * worker thread and run without formulas or summaries would otherwise pay at start-up.
 *
 * - `full`: the single-file build (mean and std along a dimension of a matrix, for summaries).
 * - `number`: the numbers-only build (scenario formulas: numbers in, numbers out).
 *
 * Node loads them with a synchronous require found through `process.getBuiltinModule`, so this file
 * imports nothing from Node and bundles for a browser as it is. A browser has no require: its bundle
 * imports both builds itself and hands them over with `provideMathjs` before the first run
 * (web/library.ts does).
 */
export interface MathjsBuilds {
  full(): typeof MathJs;
  number(): typeof MathJsNumber;
}

type NodeRequire = (id: string) => unknown;
type ModuleBuiltin = { createRequire(from: string): NodeRequire };

function nodeBuilds(): MathjsBuilds {
  let req: NodeRequire | null = null;
  const load = (id: string) => {
    if (!req) {
      const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
      const mod = proc?.getBuiltinModule?.('module') as ModuleBuiltin | undefined;
      if (!mod) throw new Error('mathjs is not loaded: a browser bundle must call provideMathjs() before running a model');
      req = mod.createRequire(import.meta.url);
    }
    return req(id);
  };
  let full: typeof MathJs | null = null;
  let num: typeof MathJsNumber | null = null;
  return {
    full: () => (full ??= load('mathjs/lib/browser/math.js') as typeof MathJs),
    number: () => (num ??= load('mathjs/number') as typeof MathJsNumber),
  };
}

let builds: MathjsBuilds = nodeBuilds();

/** Use these builds from now on (a browser bundle's statically imported copies). */
export function provideMathjs(b: MathjsBuilds): void {
  builds = b;
}

export const mathjsFull = (): typeof MathJs => builds.full();
export const mathjsNumber = (): typeof MathJsNumber => builds.number();
