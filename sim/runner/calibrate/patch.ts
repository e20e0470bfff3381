import { dirname, relative, resolve } from 'node:path';
import { stringify } from 'yaml';
import type { Scenario } from '../../scenario/schema/index.js';
import type { Point } from '../design.js';

type Tree = Record<string, unknown>;
const hasIds = (list: unknown[]) => list.length > 0 && list.every((e) => e !== null && typeof e === 'object' && typeof (e as Tree).id === 'string');

/**
 * The smallest scenario patch that sets `values` when merged over `base` by `extends`: mappings
 * nest, lists of entries with ids get an entry `{id, ...}` (merged by id), and a list without ids
 * (which `extends` replaces whole) is written whole with the value in place.
 */
export function scenarioPatch(base: Scenario, values: Point): Tree {
  const root: Tree = {};
  for (const [path, value] of Object.entries(values)) {
    const segs = path.split('.');
    let b: unknown = base;
    let o: unknown = root;
    for (let i = 0; i < segs.length; i++) {
      const seg = segs[i];
      if (Array.isArray(b)) {
        const k = /^\d+$/.test(seg) ? Number(seg) : b.findIndex((e) => (e as Tree | null)?.id === seg);
        const id = (b[k] as Tree).id;
        const list = o as Tree[];
        let entry = list.find((e) => e.id === id);
        if (!entry) list.push((entry = { id }));
        b = b[k];
        o = entry;
        continue;
      }
      const here = o as Tree;
      if (i === segs.length - 1) {
        here[seg] = value;
        break;
      }
      const next = (b as Tree | undefined)?.[seg];
      if (Array.isArray(next) && !hasIds(next)) {
        here[seg] ??= structuredClone(next);
        let c = here[seg] as Tree;
        for (let j = i + 1; j < segs.length - 1; j++) c = c[segs[j]] as Tree;
        c[segs[segs.length - 1]] = value;
        break;
      }
      here[seg] ??= Array.isArray(next) ? [] : {};
      b = next ?? {};
      o = here[seg];
    }
  }
  return root;
}

/**
 * best.yaml: the base scenario's file extended with the fitted values, runnable by `deptsim run`.
 * `extends` is relative to the folder the file is written in, as the loader reads it.
 */
export function bestScenarioYaml(file: string, scenarioFile: string, targetsFile: string, base: Scenario, values: Point, note: string): string {
  const ext = relative(dirname(resolve(file)), resolve(scenarioFile)).split('\\').join('/');
  const body = {
    extends: ext,
    name: `${base.name}-calibrated`,
    description: `${base.name} with parameters fitted by deptsim calibrate ${targetsFile.split('\\').join('/')}. ${note}`.trim(),
    ...scenarioPatch(base, values),
  };
  return `# Written by deptsim calibrate: the base scenario with the best parameters found.\n# Run it: deptsim run <this file> --replicates 20 (the extends path is relative to this file's folder)\n${stringify(body, { lineWidth: 0 })}`;
}
