import { readLocated, resolveExtends } from './extends.js';
import { checkFormulas } from './formulas.js';
import { issuesToProblems } from './issues.js';
import { parseLocated, toPlain, type LNode, type Plain } from './located.js';
import { sortProblems, type Problem } from './problem.js';
import { Scenario } from './schema/index.js';
import { MAX_SCENARIO_BYTES, tooLarge, type SourceFs } from './source.js';

export type Outcome = { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] };

/**
 * Validate plain data against the schema and check its formulas: every problem at once, located
 * through `plain.origins` (data built in code has none: problems then point at line 1 of `file`).
 */
export function validatePlain(plain: Plain, file: string): Outcome {
  const fallback = { file, line: 1, col: 1 };
  const r = Scenario.safeParse(plain.data);
  const problems = [
    ...(r.success ? [] : issuesToProblems(r.error.issues as never, plain, Scenario, fallback)),
    ...checkFormulas(plain, fallback),
  ];
  if (problems.length || !r.success) return { ok: false, problems: sortProblems(problems) };
  return { ok: true, scenario: r.data };
}

function fromNode(file: string, parsed: { node: LNode | null; problems: Problem[] }, fs: SourceFs): Outcome {
  if (!parsed.node) return { ok: false, problems: parsed.problems };
  const merged = resolveExtends(file, parsed.node, fs);
  if (!merged.node) return { ok: false, problems: sortProblems(merged.problems) };
  return validatePlain(toPlain(merged.node), file);
}

/** Read `file` (and the files it extends) through `fs`, then validate. */
export function validateFile(file: string, fs: SourceFs): Outcome {
  return fromNode(file, readLocated(file, fs), fs);
}

/** Validate scenario text that claims to live at `file` (so `extends` paths resolve from there). */
export function validateText(text: string, file: string, fs: SourceFs): Outcome {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_SCENARIO_BYTES) return { ok: false, problems: [tooLarge(file, bytes)] };
  return fromNode(file, parseLocated(file, text), fs);
}
