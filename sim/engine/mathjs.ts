import type * as MathJsNumber from 'mathjs/number';

/**
 * The mathjs build the model uses, loaded on first use and never at import: loading mathjs takes a
 * good part of a second (the package's ES modules are over a thousand files), which every command,
 * worker thread and run without formulas would otherwise pay at start-up. It is the numbers-only
 * build: scenario formulas take numbers and give numbers. (Summaries' mean and sd are loops in
 * sim/metrics/stats.ts, the same arithmetic as mathjs's.)
 *
 * Node loads them with a synchronous require found through `process.getBuiltinModule`, so this file
 * imports nothing from Node and bundles for a browser as it is. A browser has no require: its bundle
 * imports the build itself and hands it over with `provideMathjs` before the first run
 * (web/library.ts does).
 */
export interface MathjsBuilds {
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
  let num: typeof MathJsNumber | null = null;
  return {
    number: () => (num ??= load('mathjs/number') as typeof MathJsNumber),
  };
}

let builds: MathjsBuilds = nodeBuilds();

/** Use these builds from now on (a browser bundle's statically imported copies). */
export function provideMathjs(b: MathjsBuilds): void {
  builds = b;
}

export const mathjsNumber = (): typeof MathJsNumber => builds.number();
