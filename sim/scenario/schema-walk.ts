import type { z } from 'zod';

/** The parts of zod 4's internal definition this file reads; zod's public types do not expose them. */
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  entries?: Record<string, string | number>;
  values?: unknown[];
}
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Strip wrappers (default, optional, pipe, ...) down to the schema that holds the structure. */
function unwrap(s: z.ZodType): z.ZodType {
  for (let i = 0; i < 32; i++) {
    const d = defOf(s);
    if (d.innerType) s = d.innerType;
    else if (d.type === 'pipe' && d.in) s = d.in;
    else break;
  }
  return s;
}

/**
 * The schemas that may apply at `path` in `data` (several where a union has not been decided, e.g.
 * a discriminator that is itself misspelt). Used to list the keys allowed where an unknown key was
 * found, and the values allowed where an enum failed, without hard-coding the schema's layout, so
 * it keeps working as others add fields.
 */
export function schemasAt(root: z.ZodType, path: readonly PropertyKey[], data: unknown): z.ZodType[] {
  let current: Candidate[] = expandUnions([{ s: root, v: data }]);
  for (const step of path) {
    const next: Candidate[] = [];
    for (const { s, v } of current) {
      const d = defOf(s);
      const child = (k: string | number) => (v && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined);
      if (d.type === 'object' && d.shape && typeof step === 'string' && d.shape[step]) next.push({ s: d.shape[step], v: child(step) });
      else if (d.type === 'array' && d.element && typeof step === 'number') next.push({ s: d.element, v: child(step) });
      else if (d.type === 'record' && typeof step === 'string') {
        const vt = (d as unknown as { valueType?: z.ZodType }).valueType;
        if (vt) next.push({ s: vt, v: child(step) });
      }
    }
    current = expandUnions(next);
  }
  return current.map((c) => c.s);
}

interface Candidate {
  s: z.ZodType;
  v: unknown;
}

/** Unwrap each candidate and replace unions by the options that fit the data's discriminator. */
function expandUnions(list: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const queue = list.map((c) => ({ s: unwrap(c.s), v: c.v }));
  while (queue.length) {
    const { s, v } = queue.shift()!;
    const d = defOf(s);
    if (d.type !== 'union' || !d.options) {
      out.push({ s, v });
      continue;
    }
    const disc = d.discriminator;
    const tag = disc && v && typeof v === 'object' ? (v as Record<string, unknown>)[disc] : undefined;
    const fits = d.options.filter((o) => {
      const shape = defOf(unwrap(o)).shape;
      return !disc || tag === undefined || !shape || allowedValues(shape[disc]).includes(tag);
    });
    for (const o of fits.length ? fits : d.options) queue.push({ s: unwrap(o), v });
  }
  return out;
}

/** Keys an object schema at `path` accepts (union of all candidate schemas). */
export function keysAt(root: z.ZodType, path: readonly PropertyKey[], data: unknown): string[] {
  const keys = new Set<string>();
  for (const s of schemasAt(root, path, data)) {
    const shape = defOf(unwrap(s)).shape;
    if (shape) for (const k of Object.keys(shape)) keys.add(k);
  }
  return [...keys];
}

/** Literal or enum values a schema accepts, if it is one. */
export function allowedValues(s: z.ZodType | undefined): unknown[] {
  if (!s) return [];
  const d = defOf(unwrap(s));
  if (d.type === 'enum' && d.entries) return Object.values(d.entries);
  if (d.type === 'literal' && d.values) return d.values;
  return [];
}
