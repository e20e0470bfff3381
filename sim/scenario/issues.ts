import type { z } from 'zod';
import { pathKey, type Plain } from './located.js';
import { pathText, type Loc, type Problem } from './problem.js';
import { keysAt, schemasAt } from './schema-walk.js';
import { nearest } from './suggest.js';

/** The subset of zod 4 issue fields read here (zod's union of issue types is unwieldy to narrow). */
interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  keys?: string[];
  values?: unknown[];
  options?: unknown[];
  errors?: Issue[][];
  note?: string;
}

const EXPECTED: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  object: 'a mapping (indented `key: value` lines or `{ key: value }`)',
  array: 'a list (`- item` lines or `[a, b]`)',
  never: 'nothing here',
};

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

/** A short, quoted rendering of what the user wrote. */
export function describeValue(v: unknown): string {
  if (v === null) return 'an empty value';
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}...` : v);
  return String(v);
}

/** The range a number field declares itself, if any (zod 4 numbers expose minValue / maxValue). */
function ownBound(root: z.ZodType, path: readonly PropertyKey[], data: unknown, small: boolean): number | undefined {
  for (const s of schemasAt(root, path, data)) {
    const v = (s as unknown as { minValue?: number | null; maxValue?: number | null })[small ? 'minValue' : 'maxValue'];
    if (typeof v === 'number' && Math.abs(v) < Number.MAX_SAFE_INTEGER) return v;
  }
  return undefined;
}

const list = (vs: readonly unknown[]) => vs.map((v) => JSON.stringify(v)).join(', ');

/**
 * Turn zod's issues into located problems with messages that say what was expected, what was found
 * and, for a misspelling, what was probably meant.
 */
export function issuesToProblems(issues: readonly Issue[], plain: Plain, root: z.ZodType, fallback: Loc): Problem[] {
  const out: Problem[] = [];
  const locate = (path: readonly PropertyKey[], key = false): Loc => {
    for (let n = path.length; n >= 0; n--) {
      const o = plain.origins.get(pathKey(path.slice(0, n)));
      if (o) return key && n === path.length && o.key ? o.key : o.at;
    }
    return fallback;
  };
  const add = (path: readonly PropertyKey[], message: string, key = false) => out.push({ loc: locate(path, key), path: pathText(path), message });

  const visit = (issue: Issue, base: readonly PropertyKey[]) => {
    const path = [...base, ...issue.path];
    const v = valueAt(plain.data, path);
    switch (issue.code) {
      case 'invalid_type': {
        const expected = EXPECTED[issue.expected ?? ''] ?? issue.expected ?? 'another type';
        if (v === undefined) add(path, `required field is missing (expected ${expected})`);
        else add(path, `expected ${expected}, got ${describeValue(v)}`);
        return;
      }
      case 'too_small':
      case 'too_big': {
        const small = issue.code === 'too_small';
        let bound = Number(small ? issue.minimum : issue.maximum);
        // A whole number too large for exact arithmetic fails zod's safe-integer rule before the
        // field's own range: quote the range (headcount: 100000), not 9007199254740991.
        if (Math.abs(bound) === Number.MAX_SAFE_INTEGER) bound = ownBound(root, path, plain.data, small) ?? bound;
        if (issue.origin === 'array') add(path, `expected ${small ? 'at least' : 'at most'} ${bound} entr${bound === 1 ? 'y' : 'ies'}, got ${Array.isArray(v) ? v.length : 0}`);
        else if (issue.origin === 'string') add(path, small && bound === 1 ? 'expected some text, got an empty string' : `expected text of ${small ? 'at least' : 'at most'} ${bound} characters`);
        else {
          const op = small ? (issue.inclusive ? '>=' : '>') : issue.inclusive ? '<=' : '<';
          add(path, `expected a number ${op} ${bound}, got ${describeValue(v)}`);
        }
        return;
      }
      case 'invalid_value': {
        const values = issue.values ?? [];
        const guess = typeof v === 'string' ? nearest(v, values.map(String)) : null;
        add(path, `expected one of ${list(values)}, got ${describeValue(v)}${guess ? `; did you mean "${guess}"?` : ''}`);
        return;
      }
      case 'unrecognized_keys': {
        const known = keysAt(root, path, plain.data);
        for (const k of issue.keys ?? []) {
          const guess = nearest(k, known);
          const hint = guess ? `did you mean "${guess}"?` : `allowed here: ${known.join(', ')}`;
          add([...path, k], `unknown key "${k}"; ${hint}`, true);
        }
        return;
      }
      case 'invalid_union': {
        if (issue.note === 'No matching discriminator' && issue.options) {
          const guess = typeof v === 'string' ? nearest(v, issue.options.map(String)) : null;
          add(path, `expected one of ${list(issue.options)}, got ${describeValue(v)}${guess ? `; did you mean "${guess}"?` : ''}`);
          return;
        }
        // Report the alternative that came closest (fewest issues): usually the one the user meant.
        const branches = (issue.errors ?? []).filter((b) => b.length > 0).sort((a, b) => a.length - b.length);
        if (branches.length) for (const sub of branches[0]) visit(sub, path);
        else add(path, issue.message);
        return;
      }
      case 'invalid_format':
      case 'custom': {
        // Refinements in the schema phrase what they expect ("a date written as ..."); superRefine
        // messages are whole sentences and pass through.
        if (/^an? /.test(issue.message)) add(path, `expected ${issue.message}, got ${describeValue(v)}`);
        else add(path, issue.message);
        return;
      }
      case 'invalid_key': {
        // A record's key broke its rule (a swept path): say the rule, at the key.
        const why = (issue as Issue & { issues?: Issue[] }).issues?.[0]?.message ?? issue.message;
        add(path, `the key "${String(path[path.length - 1])}" is not ${why}`, true);
        return;
      }
      default:
        add(path, issue.message);
    }
  };
  for (const issue of issues) visit(issue, []);
  // One problem per field: a value that breaks two rules (a malformed date is also not a real date)
  // needs one fix; unknown keys are separate fields and all stay.
  const seen = new Set<string>();
  return out.filter((p) => {
    const k = `${p.loc.file}:${p.loc.line}:${p.loc.col}:${p.path}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
