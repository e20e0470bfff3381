import { readFileSync, statSync } from 'node:fs';
import { validateFile } from './pipeline.js';
import type { Problem } from './problem.js';
import type { Scenario } from './schema/index.js';
import type { SourceFs } from './source.js';
import { parseScenario, unwrapOutcome } from './text.js';

export { ScenarioError, formatProblem, type Problem } from './problem.js';
export { validateScenarioData } from './text.js';

/** Scenario files on the local disk. */
export const diskFs: SourceFs = {
  size: (file) => {
    const st = statSync(file);
    if (st.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    return st.size;
  },
  read: (file) => readFileSync(file),
};

/** Read, parse, merge (`extends`) and validate a scenario file; throws ScenarioError with every problem. */
export function loadScenario(file: string, fs: SourceFs = diskFs): Scenario {
  return unwrapOutcome(validateFile(file, fs));
}

/** Scenario text already in memory (an editor buffer, a test) that claims to live at `file`, whose `extends` read the disk. */
export function loadScenarioText(text: string, file = '<scenario>', fs: SourceFs = diskFs): Scenario {
  return parseScenario(text, file, fs);
}

/** Every problem of a file, in file order; empty when it is valid. */
export function scenarioProblems(file: string, fs: SourceFs = diskFs): Problem[] {
  const o = validateFile(file, fs);
  return o.ok ? [] : o.problems;
}
