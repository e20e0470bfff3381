/** A place in a scenario file: 1-based line and column, as editors count them. */
export interface Loc {
  file: string;
  line: number;
  col: number;
}

/** One thing wrong with a scenario, located in the file the user must edit. */
export interface Problem {
  loc: Loc;
  /** Field path such as `departments[2].headcount`; empty for file-level problems. */
  path: string;
  message: string;
}

/** `departments[2].regular.itemsPerDay` from `['departments', 2, 'regular', 'itemsPerDay']`. */
export function pathText(path: readonly PropertyKey[]): string {
  let s = '';
  for (const k of path) {
    if (typeof k === 'number') s += `[${k}]`;
    else s += s ? `.${String(k)}` : String(k);
  }
  return s;
}

/** The one-line form every tool prints: `file:line:column: path: message`. */
export function formatProblem(p: Problem): string {
  return `${p.loc.file}:${p.loc.line}:${p.loc.col}: ${p.path ? `${p.path}: ` : ''}${p.message}`;
}

/** Problems in file order, so a user can fix them top to bottom. */
export function sortProblems(ps: Problem[]): Problem[] {
  return [...ps].sort(
    (a, b) => a.loc.file.localeCompare(b.loc.file) || a.loc.line - b.loc.line || a.loc.col - b.loc.col,
  );
}

/**
 * A scenario the user can fix: `message` holds one formatted line per problem (the CLI prints it as
 * is); `problems` keeps them structured for tests and tools.
 */
export class ScenarioError extends Error {
  readonly problems: Problem[];
  constructor(problemsOrMessage: Problem[] | string) {
    const problems = typeof problemsOrMessage === 'string' ? [] : sortProblems(problemsOrMessage);
    super(typeof problemsOrMessage === 'string' ? problemsOrMessage : problems.map(formatProblem).join('\n'));
    this.name = 'ScenarioError';
    this.problems = problems;
  }
}
