import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { Scenario } from './schema/index.js';

/** A problem with a scenario file that the user can fix; the CLI prints `message` and exits non-zero. */
export class ScenarioError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScenarioError';
  }
}

/** Validate already-parsed scenario data (defaults filled). */
export function parseScenario(data: unknown, file = '<scenario>'): Scenario {
  const r = Scenario.safeParse(data);
  if (!r.success) {
    throw new ScenarioError(r.error.issues.map((i) => `${file}: ${i.path.join('.') || '(top)'}: ${i.message}`).join('\n'));
  }
  return r.data;
}

/** Read, parse and validate a scenario file. */
export function loadScenario(file: string): Scenario {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ScenarioError(`${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'}); check the path`);
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (e) {
    throw new ScenarioError(`${file}: not valid YAML: ${(e as Error).message}`);
  }
  return parseScenario(data, file);
}
