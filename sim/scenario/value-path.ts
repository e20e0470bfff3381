/**
 * Dotted paths into scenario data (`departments.health.headcount`, `campaigns.0.days`), as `--set`
 * and `sweep.parameters` name them: segments are field names, list positions (0-based) or, in a
 * list of entries with ids, an id. Pure data walking, no node: imports (the browser validates too).
 */

/** A path that leads nowhere; the message names the path and what is there instead. */
export class PathError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PathError';
  }
}

/**
 * Segments that would walk from a value into its prototype (`__proto__.polluted=1`); no field of a
 * scenario has these names, so they are refused before any walk.
 */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
export const reachesPrototype = (segment: string) => FORBIDDEN.has(segment);

/** Throw if a segment of `path` is one that reaches an object's prototype. */
export function checkPathSegments(path: string): void {
  const bad = path.split('.').find(reachesPrototype);
  if (bad !== undefined) throw new PathError(`${path}: "${bad}" is not a field of a scenario; name fields, list positions or ids`);
}

/** Read the value at a path (undefined if an optional field is absent); throws if the path leads nowhere. */
export function getPath(root: unknown, path: string): unknown {
  checkPathSegments(path);
  const segs = path.split('.');
  let cur: unknown = root;
  for (let i = 0; i < segs.length; i++) cur = step(cur, segs, i, i < segs.length - 1);
  return cur;
}

/** Set the value at a path in `root` (changed in place); the field itself may be absent. */
export function setPath(root: Record<string, unknown>, path: string, value: unknown): void {
  checkPathSegments(path);
  const segs = path.split('.');
  let cur: unknown = root;
  for (let i = 0; i < segs.length - 1; i++) cur = step(cur, segs, i, true);
  const last = segs[segs.length - 1];
  if (cur === null || typeof cur !== 'object') {
    throw new PathError(`${path}: ${segs.slice(0, -1).join('.')} is a value, not a group of fields; shorten the path`);
  }
  if (Array.isArray(cur)) cur[index(cur, segs, segs.length - 1)] = value;
  else Object.defineProperty(cur, last, { value, enumerable: true, writable: true, configurable: true });
}

function step(cur: unknown, segs: string[], i: number, mustExist: boolean): unknown {
  const where = segs.slice(0, i).join('.') || 'the scenario';
  if (cur === null || typeof cur !== 'object') {
    throw new PathError(`${segs.join('.')}: ${where} is a value, not a group of fields; shorten the path`);
  }
  if (Array.isArray(cur)) return cur[index(cur, segs, i)];
  const obj = cur as Record<string, unknown>;
  // Own fields only: an inherited name (toString, hasOwnProperty) is not a field of the scenario.
  if (!Object.hasOwn(obj, segs[i])) {
    if (mustExist) throw new PathError(`${segs.join('.')}: ${where} has no field "${segs[i]}" (it has: ${Object.keys(obj).join(', ')})`);
    return undefined;
  }
  return obj[segs[i]];
}

function index(list: unknown[], segs: string[], i: number): number {
  const seg = segs[i];
  const where = segs.slice(0, i).join('.');
  if (/^\d+$/.test(seg)) {
    const k = Number(seg);
    if (k >= list.length) throw new PathError(`${segs.join('.')}: ${where} has ${list.length} entries (0..${list.length - 1}), not ${k + 1}`);
    return k;
  }
  const k = list.findIndex((e) => e !== null && typeof e === 'object' && (e as { id?: unknown }).id === seg);
  if (k < 0) throw new PathError(`${segs.join('.')}: ${where} has no entry with id "${seg}"; use its id or its position (0-based)`);
  return k;
}
