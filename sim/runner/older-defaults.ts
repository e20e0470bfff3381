import { isDeepStrictEqual } from 'node:util';
import { scenarioJsonSchema } from '../scenario/json-schema.js';
import { deptsimVersion } from './version.js';

/**
 * Results written by an earlier deptsim whose defaults differ. Every new or changed default changes
 * the scenario as run (scenario.json) and so the run's plan hash: a folder the previous version wrote
 * with the very same scenario file and seed is then "other settings". This tells the two apart, so
 * the user who upgraded reads what changed and that rerunning is safe, rather than wondering what
 * they changed. Only single runs (`deptsim run`: a scenario and a seed decide the files) are told
 * apart; an experiment's folder keeps the plain "other settings".
 */

/** A single run about to be written: the scenario as it will run (defaults filled) and its seed. */
export interface RunSettings {
  scenario: unknown;
  seed: number;
}

/** One value that differs between the folder's scenario.json and today's resolution. */
interface Difference {
  path: (string | number)[];
  before: unknown;
  after: unknown;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

/** Every leaf that differs, walking objects by key and lists of objects by position (a list of numbers is one value). */
function differences(before: unknown, after: unknown, path: (string | number)[] = [], out: Difference[] = []): Difference[] {
  const objects = (v: unknown) => isObject(v) || (Array.isArray(v) && v.some((x) => isObject(x)));
  if (objects(before) || objects(after)) {
    const b = (before ?? {}) as Json;
    const a = (after ?? {}) as Json;
    if (Array.isArray(before) !== Array.isArray(after) && before !== undefined && after !== undefined) out.push({ path, before, after });
    else for (const k of new Set([...Object.keys(b), ...Object.keys(a)])) differences(b[k], a[k], [...path, Array.isArray(a) || Array.isArray(b) ? Number(k) : k], out);
  } else if (!isDeepStrictEqual(before, after)) out.push({ path, before, after });
  return out;
}

/** The JSON Schema node for a path of the scenario (through $ref, lists, maps and unions), or null. */
function schemaAt(root: Json, path: readonly (string | number)[]): Json[] {
  const defs = (root.$defs ?? {}) as Json;
  const resolve = (n: Json): Json[] => {
    if (typeof n.$ref === 'string') return resolve(defs[n.$ref.replace('#/$defs/', '')] as Json);
    const options = [...((n.anyOf ?? []) as Json[]), ...((n.oneOf ?? []) as Json[]), ...((n.allOf ?? []) as Json[])];
    return options.length ? [n, ...options.flatMap(resolve)] : [n];
  };
  let nodes = resolve(defs.scenario as Json);
  for (const step of path) {
    nodes = nodes.flatMap((n) => {
      const props = n.properties as Json | undefined;
      if (typeof step === 'string' && props?.[step]) return resolve(props[step] as Json);
      if (typeof step === 'number' && isObject(n.items)) return resolve(n.items);
      if (typeof step === 'string' && isObject(n.additionalProperties)) return resolve(n.additionalProperties);
      return [];
    });
  }
  return nodes;
}

/** Whether today's value at `path` is what today's schema gives when a file does not set it. */
function isDefault(root: Json, d: Difference): boolean {
  if (d.after === undefined) return true; // a field this version no longer has: no file can set it
  return schemaAt(root, d.path).some((n) => 'default' in n && isDeepStrictEqual(n.default, d.after));
}

const shown = (v: unknown) => (v === undefined ? 'none' : JSON.stringify(v));
const pathText = (p: readonly (string | number)[]) => p.join('.');

/**
 * If a folder's manifest is of a single run written by another deptsim version with the same seed,
 * and its scenario.json (`before`) differs from today's only where today's value is the default (so the user's file did
 * not set it, or set it to that very value), what changed, e.g. `fatigue.recovery 0.1 -> 0.12`;
 * otherwise null (the results are of other settings).
 */
export function olderDefaults(manifest: Json, before: Json | null, run: RunSettings): { version: string; changed: string[] } | null {
  const version = manifest.deptsim;
  if (typeof version !== 'string' || version === deptsimVersion() || manifest.kind !== 'run' || manifest.seed !== run.seed || !before) return null;
  const diffs = differences(before, JSON.parse(JSON.stringify(run.scenario)) as unknown);
  if (diffs.length === 0) return null;
  const schema = scenarioJsonSchema();
  if (!diffs.every((d) => isDefault(schema, d))) return null;
  return { version, changed: diffs.map((d) => `${pathText(d.path)} ${shown(d.before)} -> ${shown(d.after)}`) };
}
