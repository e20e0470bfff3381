import { Scenario } from '../scenario/schema/index.js';
import { setPath } from '../scenario/value-path.js';
import { SetError } from './set.js';

export { getPath } from '../scenario/value-path.js';

/**
 * Set a value at a dotted path in a copy of a scenario and validate the result with the scenario
 * schema, so every swept point is checked as strictly as a file. Segments name fields, list
 * positions (0-based) or, in a list of entries with ids, an id: `departments.health.headcount`.
 */
export function applyValues(base: Scenario, values: Record<string, unknown>, label: string): Scenario {
  const data = structuredClone(base) as unknown as Record<string, unknown>;
  for (const [path, value] of Object.entries(values)) setPath(data, path, value);
  const r = Scenario.safeParse(data);
  if (!r.success) {
    const shown = Object.entries(values)
      .map(([p, v]) => `${p}=${String(v)}`)
      .join(' ');
    const issues = r.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ');
    throw new SetError(`${label} (${shown}) is not a valid scenario: ${issues}`);
  }
  return r.data;
}
