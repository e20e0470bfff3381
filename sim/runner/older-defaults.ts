import { isDeepStrictEqual } from 'node:util';
import { scenarioJsonSchema } from '../scenario/json-schema.js';
import { deptsimVersion } from './version.js';

/**
 * Results written by an earlier deptsim whose defaults differ. Every new or changed default changes
 * the scenario as run (scenario.json, an arm's scenarios/<arm>.json, parameters.json's fixed
 * scenario) and so the plan hash: a folder the previous version wrote with the very same scenario
 * files, seed and design is then "other settings". This tells the two apart, so the user who
 * upgraded reads what changed and that rerunning is safe, rather than wondering what they changed.
 * A run and every experiment are told apart this way; a shard's folder (a step towards `merge`, of
 * one version by design) and a calibration's keep the plain "other settings".
 */

/** A path into a JSON value: keys of objects, positions in lists. */
export type JsonPath = readonly (string | number)[];

/** A file the command writes that holds scenarios as run: its content, and where in it each scenario sits ([] for the whole file). */
export interface ScenarioFile {
  content: unknown;
  scenarios: JsonPath[];
}

/**
 * What decides a folder's results, as the command is about to write them: its manifest.json before
 * sealing (what was run: kind, name, seed, replicates, points), and its files that hold a scenario.
 */
export interface Settings {
  manifest: Record<string, unknown>;
  scenarioFiles: Record<string, ScenarioFile>;
}

/** One value that differs between a file in the folder and what this version will write there. */
interface Difference {
  path: JsonPath;
  before: unknown;
  after: unknown;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

/** Every leaf that differs, walking objects by key and lists of objects by position (a list of numbers is one value). */
function differences(before: unknown, after: unknown, path: JsonPath = [], out: Difference[] = []): Difference[] {
  const objects = (v: unknown) => isObject(v) || (Array.isArray(v) && v.some((x) => isObject(x)));
  if (objects(before) || objects(after)) {
    const b = (before ?? {}) as Json;
    const a = (after ?? {}) as Json;
    if (Array.isArray(before) !== Array.isArray(after) && before !== undefined && after !== undefined) out.push({ path, before, after });
    else for (const k of new Set([...Object.keys(b), ...Object.keys(a)])) differences(b[k], a[k], [...path, Array.isArray(a) || Array.isArray(b) ? Number(k) : k], out);
  } else if (!isDeepStrictEqual(before, after)) out.push({ path, before, after });
  return out;
}

/** The JSON Schema nodes for a path of the scenario (through $ref, lists, maps and unions); none if the schema has no such path. */
function schemaAt(root: Json, path: JsonPath): Json[] {
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
const pathText = (p: JsonPath) => p.join('.');

/**
 * A manifest's fields that say what was run, whatever the version: the hashes (which change with any
 * default), the version, the file hashes and the statuses are left out.
 */
function whatWasRun(m: Json): unknown {
  const scenarios = Array.isArray(m.scenarios) ? m.scenarios.map((s) => (isObject(s) ? { ...s, hash: undefined } : s)) : m.scenarios;
  const runs = Array.isArray(m.runs) ? m.runs.map((r) => (isObject(r) ? { ...r, status: undefined } : r)) : m.runs;
  const { deptsim: _v, plan_hash: _h, files: _f, counts: _c, complete: _d, ...rest } = m;
  return JSON.parse(JSON.stringify({ ...rest, scenarios, runs })) as unknown;
}

const startsWith = (path: JsonPath, prefix: JsonPath) => prefix.length <= path.length && prefix.every((p, i) => path[i] === p);

/**
 * If a folder's manifest is of the same run or experiment (kind, name, seed, replicates, points and
 * their values: everything but hashes) written by another deptsim version, and each of its scenario
 * files (`read`, by name) differs from what this version will write only inside a scenario, where
 * today's value is the default (so the user's file did not set it, or set it to that very value):
 * the version and what changed, e.g. `fatigue.recovery 0.1 -> 0.12`, once however many arms share it;
 * otherwise null (the results are of other settings).
 */
export function olderDefaults(manifest: Json, read: (file: string) => Json | null, now: Settings): { version: string; changed: string[] } | null {
  const version = manifest.deptsim;
  if (typeof version !== 'string' || version === deptsimVersion()) return null;
  if (!isDeepStrictEqual(whatWasRun(manifest), whatWasRun(now.manifest))) return null;
  const schema = scenarioJsonSchema();
  const changed = new Set<string>();
  for (const [file, { content, scenarios }] of Object.entries(now.scenarioFiles)) {
    const before = read(file);
    if (!before) return null;
    for (const d of differences(before, JSON.parse(JSON.stringify(content)) as unknown)) {
      const at = scenarios.find((p) => startsWith(d.path, p));
      if (!at) return null; // outside every scenario: the design, the points or the swept parameters differ
      const inScenario = { ...d, path: d.path.slice(at.length) };
      if (!isDefault(schema, inScenario)) return null;
      changed.add(`${pathText(inScenario.path)} ${shown(d.before)} -> ${shown(d.after)}`);
    }
  }
  return changed.size ? { version, changed: [...changed] } : null;
}
