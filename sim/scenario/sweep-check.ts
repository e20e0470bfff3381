import { Scenario } from './schema/index.js';
import type { SweepValues } from './schema/sweep.js';
import { getPath, PathError, setPath } from './value-path.js';

/** Values of a parameter tried one at a time; a long list is represented by its extremes. */
const MAX_TRIED = 24;

/** The values worth trying alone: range ends, numeric extremes, and distinct words (capped). */
function samplesOf(spec: SweepValues): unknown[] {
  if (!Array.isArray(spec)) {
    const ends = [spec.from, spec.to];
    return spec.integer ? [Math.ceil(Math.min(...ends)), Math.floor(Math.max(...ends))] : ends;
  }
  const nums = spec.filter((v): v is number => typeof v === 'number');
  const others = [...new Set(spec.filter((v) => typeof v !== 'number'))];
  return [...(nums.length ? [Math.min(...nums), Math.max(...nums)] : []), ...others.slice(0, MAX_TRIED)];
}

/**
 * Check swept parameters against a valid scenario before anything is expanded or run: each path
 * must lead to a field, and each value, set alone, must satisfy that field's own rules (type, range,
 * choices). Rules that tie fields together are left to the points themselves (a swept headcount may
 * need a swept secondment total beside it). Returns one message per bad parameter, by path.
 */
export function sweepParameterProblems(base: Scenario, params: Record<string, SweepValues>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [path, spec] of Object.entries(params)) {
    try {
      getPath(base, path);
    } catch (e) {
      if (!(e instanceof PathError)) throw e;
      out.set(path, e.message);
      continue;
    }
    const segs = path.split('.');
    for (const v of samplesOf(spec)) {
      const data = structuredClone(base) as unknown as Record<string, unknown>;
      setPath(data, path, v);
      const r = Scenario.safeParse(data);
      // Only the field's own rules: issues at the swept field itself (or inside it).
      const issues = r.success ? [] : r.error.issues;
      // A field the schema does not know shows as an unknown key of the group that would hold it.
      const unknown = issues.find(
        (i) => i.code === 'unrecognized_keys' && i.path.length === segs.length - 1 && sameField(data, i.path, segs.slice(0, -1)) && i.keys.includes(segs[segs.length - 1]),
      );
      if (unknown) {
        out.set(path, `${path}: ${segs.slice(0, -1).join('.') || 'the scenario'} has no field "${segs[segs.length - 1]}"`);
        break;
      }
      const own = issues.find((i) => i.path.length >= segs.length && sameField(data, i.path, segs));
      if (own) {
        out.set(path, `${path}=${String(v)} is not a valid value: ${own.message}`);
        break;
      }
    }
  }
  return out;
}

/** Whether an issue path (positions in lists) names the swept path (which may use ids). */
function sameField(data: unknown, issuePath: readonly PropertyKey[], segs: string[]): boolean {
  let cur: unknown = data;
  for (let i = 0; i < segs.length; i++) {
    const k = issuePath[i];
    if (Array.isArray(cur)) {
      const entry = cur[k as number] as { id?: unknown } | undefined;
      if (String(k) !== segs[i] && entry?.id !== segs[i]) return false;
      cur = entry;
    } else {
      if (String(k) !== segs[i]) return false;
      cur = cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[segs[i]] : undefined;
    }
  }
  return true;
}
