import { Scenario } from '../scenario/schema/index.js';
import { SetError } from './set.js';

/**
 * Set a value at a dotted path in a copy of a scenario and validate the result with the scenario
 * schema, so every swept point is checked as strictly as a file. Segments name fields, list
 * positions (0-based) or, in a list of entries with ids, an id: `departments.health.headcount`.
 */
export function applyValues(base: Scenario, values: Record<string, unknown>, label: string): Scenario {
  const data = structuredClone(base) as unknown as Record<string, unknown>;
  for (const [path, value] of Object.entries(values)) setPath(data, path, value);
  const r = Scenario.safeParse(data);
  if (!r.success) {
    const shown = Object.entries(values)
      .map(([p, v]) => `${p}=${String(v)}`)
      .join(' ');
    const issues = r.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ');
    throw new SetError(`${label} (${shown}) is not a valid scenario: ${issues}`);
  }
  return r.data;
}

/** Read the value at a path (undefined if an optional field is absent); throws if the path leads nowhere. */
export function getPath(root: unknown, path: string): unknown {
  const segs = path.split('.');
  let cur: unknown = root;
  for (let i = 0; i < segs.length; i++) cur = step(cur, segs, i, i < segs.length - 1);
  return cur;
}

function setPath(root: Record<string, unknown>, path: string, value: unknown): void {
  const segs = path.split('.');
  let cur: unknown = root;
  for (let i = 0; i < segs.length - 1; i++) cur = step(cur, segs, i, true);
  const last = segs[segs.length - 1];
  if (cur === null || typeof cur !== 'object') {
    throw new SetError(`${path}: ${segs.slice(0, -1).join('.')} is a value, not a group of fields; shorten the path`);
  }
  if (Array.isArray(cur)) cur[index(cur, segs, segs.length - 1)] = value;
  else (cur as Record<string, unknown>)[last] = value;
}

function step(cur: unknown, segs: string[], i: number, mustExist: boolean): unknown {
  const where = segs.slice(0, i).join('.') || 'the scenario';
  if (cur === null || typeof cur !== 'object') {
    throw new SetError(`${segs.join('.')}: ${where} is a value, not a group of fields; shorten the path`);
  }
  if (Array.isArray(cur)) return cur[index(cur, segs, i)];
  const obj = cur as Record<string, unknown>;
  if (!(segs[i] in obj) && mustExist) {
    throw new SetError(`${segs.join('.')}: ${where} has no field "${segs[i]}" (it has: ${Object.keys(obj).join(', ')})`);
  }
  return obj[segs[i]];
}

function index(list: unknown[], segs: string[], i: number): number {
  const seg = segs[i];
  const where = segs.slice(0, i).join('.');
  if (/^\d+$/.test(seg)) {
    const k = Number(seg);
    if (k >= list.length) throw new SetError(`${segs.join('.')}: ${where} has ${list.length} entries (0..${list.length - 1}), not ${k + 1}`);
    return k;
  }
  const k = list.findIndex((e) => e !== null && typeof e === 'object' && (e as { id?: unknown }).id === seg);
  if (k < 0) throw new SetError(`${segs.join('.')}: ${where} has no entry with id "${seg}"; use its id or its position (0-based)`);
  return k;
}
