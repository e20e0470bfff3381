import { readFileSync, statSync } from 'node:fs';
import { validateFile, validatePlain, validateText, type Outcome } from './pipeline.js';
import { ScenarioError, type Problem } from './problem.js';
import type { Scenario } from './schema/index.js';
import type { SourceFs } from './source.js';

export { ScenarioError, formatProblem, type Problem } from './problem.js';

/** Scenario files on the local disk. */
export const diskFs: SourceFs = {
  size: (file) => {
    const st = statSync(file);
    if (st.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    return st.size;
  },
  read: (file) => readFileSync(file),
};

function unwrap(o: Outcome): Scenario {
  if (!o.ok) throw new ScenarioError(o.problems);
  return o.scenario;
}

/** Validate already-parsed scenario data (defaults filled); problems point at `file` line 1. */
export function parseScenario(data: unknown, file = '<scenario>'): Scenario {
  return unwrap(validatePlain({ data, origins: new Map() }, file));
}

/** Read, parse, merge (`extends`) and validate a scenario file; throws ScenarioError with every problem. */
export function loadScenario(file: string, fs: SourceFs = diskFs): Scenario {
  return unwrap(validateFile(file, fs));
}

/** The same for text already in memory (an editor buffer, a test) that claims to live at `file`. */
export function loadScenarioText(text: string, file = '<scenario>', fs: SourceFs = diskFs): Scenario {
  return unwrap(validateText(text, file, fs));
}

/** Every problem of a file, in file order; empty when it is valid. */
export function scenarioProblems(file: string, fs: SourceFs = diskFs): Problem[] {
  const o = validateFile(file, fs);
  return o.ok ? [] : o.problems;
}
