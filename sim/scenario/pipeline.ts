import { readLocated, resolveExtends, type ExtendsOptions } from './extends.js';
import { checkFormulas } from './formulas.js';
import { issuesToProblems } from './issues.js';
import { parseLocated, pathKey, toPlain, type LNode, type Plain } from './located.js';
import { pathText, sortProblems, type Problem } from './problem.js';
import { Scenario } from './schema/index.js';
import { MAX_SCENARIO_BYTES, tooLarge, type SourceFs } from './source.js';
import { sweepParameterProblems } from './sweep-check.js';
import { scenarioWarnings } from './warnings.js';

/** A valid scenario comes with warnings: what the model will not do as written (located like problems). */
export type Outcome = { ok: true; scenario: Scenario; warnings: Problem[] } | { ok: false; problems: Problem[] };

/**
 * Validate plain data against the schema and check its formulas: every problem at once, located
 * through `plain.origins` (data built in code has none: problems then point at line 1 of `file`).
 */
export function validatePlain(plain: Plain, file: string): Outcome {
  const fallback = { file, line: 1, col: 1 };
  // zod skips an own key named __proto__ without a word; no field has that name, so say so here.
  const proto = [...plain.origins].filter(([k]) => k.endsWith(',"__proto__"]') || k === '["__proto__"]');
  if (proto.length) {
    return {
      ok: false,
      problems: sortProblems(proto.map(([k, o]) => ({ loc: o.key ?? o.at, path: pathText(JSON.parse(k)), message: 'unknown key "__proto__"; no field of a scenario has this name' }))),
    };
  }
  const r = Scenario.safeParse(plain.data);
  const problems = [
    ...(r.success ? [] : issuesToProblems(r.error.issues as never, plain, Scenario, fallback)),
    ...checkFormulas(plain, fallback),
  ];
  if (problems.length || !r.success) return { ok: false, problems: sortProblems(problems) };
  // The sweep block's paths and values, checked now rather than when `deptsim sweep` expands them.
  const sweep = sweepParameterProblems(r.data, r.data.sweep?.parameters ?? {});
  if (sweep.size) {
    const at = (key: string) => plain.origins.get(pathKey(['sweep', 'parameters', key]));
    const swept = [...sweep].map(([key, message]) => ({ loc: at(key)?.key ?? at(key)?.at ?? fallback, path: `sweep.parameters.${key}`, message }));
    return { ok: false, problems: sortProblems(swept) };
  }
  const warnings = scenarioWarnings(r.data).map((w) => ({ loc: plain.origins.get(pathKey(w.path))?.at ?? fallback, path: pathText(w.path), message: `warning: ${w.message}` }));
  return { ok: true, scenario: r.data, warnings: sortProblems(warnings) };
}

/** How a file is loaded: options a user gives on the command line. */
export interface LoadOptions extends ExtendsOptions {
  /** Told each warning about a valid scenario (the CLI prints them); ignored when absent. */
  warn?: (w: Problem) => void;
}

function fromNode(file: string, parsed: { node: LNode | null; problems: Problem[] }, fs: SourceFs, opts: LoadOptions): Outcome {
  if (!parsed.node) return { ok: false, problems: parsed.problems };
  const merged = resolveExtends(file, parsed.node, fs, [file], opts);
  if (!merged.node) return { ok: false, problems: sortProblems(merged.problems) };
  return validatePlain(toPlain(merged.node), file);
}

/** Read `file` (and the files it extends) through `fs`, then validate. */
export function validateFile(file: string, fs: SourceFs, opts: LoadOptions = {}): Outcome {
  return fromNode(file, readLocated(file, fs), fs, opts);
}

/** Validate scenario text that claims to live at `file` (so `extends` paths resolve from there). */
export function validateText(text: string, file: string, fs: SourceFs, opts: LoadOptions = {}): Outcome {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_SCENARIO_BYTES) return { ok: false, problems: [tooLarge(file, bytes)] };
  return fromNode(file, parseLocated(file, text), fs, opts);
}
