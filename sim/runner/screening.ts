import type { Scenario } from '../scenario/schema/index.js';
import { scenarioJsonSchema } from '../scenario/json-schema.js';
import { modelParameters } from '../scenario/odd-params.js';
import { SCREENING_RANGES } from '../scenario/screening-ranges.js';
import { getPath } from '../scenario/value-path.js';
import type { Factor } from './factors.js';

/** A parameter a screen leaves out, and why (printed, so the reader knows what was not varied). */
export interface LeftOut {
  id: string;
  why: string;
}

/** The coordination sections only one mechanism reads: screening them under another moves nothing. */
const MECHANISM_SECTIONS: Record<string, string> = {
  'coordination.office': 'office',
  'coordination.whistle': 'whistle',
  'coordination.commandCentre': 'command-centre',
};

/**
 * Every numeric model parameter the scenario uses, as a factor over its screening range
 * (sim/scenario/screening-ranges.ts): fields of a list (`departments[].headcount`) act on every
 * entry of the scenario's list; a list the scenario leaves empty, a mechanism it does not use, and
 * the run's own design (its horizon) are left out, each with the reason.
 */
export function screeningFactors(base: Scenario): { factors: Factor[]; left: LeftOut[] } {
  const factors: Factor[] = [];
  const left: LeftOut[] = [];
  for (const row of modelParameters(scenarioJsonSchema()).filter((r) => r.numeric)) {
    const id = row.path;
    const range = SCREENING_RANGES[id];
    if (!range) throw new Error(`${id} has no screening range in sim/scenario/screening-ranges.ts`);
    if (range.kind === 'held') {
      left.push({ id, why: range.reason });
      continue;
    }
    const section = Object.keys(MECHANISM_SECTIONS).find((s) => id.startsWith(`${s}.`));
    if (section && base.coordination.mechanism !== MECHANISM_SECTIONS[section]) {
      left.push({ id, why: `read only by a coordination mechanism this scenario does not use (it uses ${base.coordination.mechanism})` });
      continue;
    }
    const targets = expand(base, id).filter((t) => typeof getPath(base, t) === 'number');
    if (targets.length === 0) {
      left.push({ id, why: id.includes('[]') ? 'the scenario has no entries of that list (or none with a value there)' : 'not set in this scenario' });
      continue;
    }
    factors.push({ id, kind: range.kind, from: range.from, to: range.to, integer: row.type.startsWith('whole number'), targets });
  }
  return { factors, left };
}

/** `departments[].regular.lapseDays` -> `departments.0.regular.lapseDays`, ... for each entry. */
function expand(base: Scenario, id: string): string[] {
  const at = id.indexOf('[]');
  if (at < 0) return [id];
  const list = getPath(base, id.slice(0, at));
  if (!Array.isArray(list)) return [];
  const rest = id.slice(at + 2);
  return list.flatMap((_, i) => expand(base, `${id.slice(0, at)}.${i}${rest}`));
}
