import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { validateScenarioData } from '../../sim/scenario/load.js';
import type { Scenario, ScenarioInput } from '../../sim/scenario/schema/index.js';

/** The shipped case-A scenario as plain data, to vary in tests. */
export function caseA(): ScenarioInput {
  return parse(readFileSync(new URL('../../scenarios/three-campaigns.yaml', import.meta.url), 'utf8')) as ScenarioInput;
}

/** Validate a variant (defaults filled), failing loudly if the test wrote something invalid. */
export function scenario(data: ScenarioInput): Scenario {
  return validateScenarioData(data, 'test');
}

export function deepCopy<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

/** Share of pairs where `a[i] > b[i]`. */
export function shareGreater(a: number[], b: number[]): number {
  return a.filter((x, i) => x > b[i]).length / a.length;
}

export const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

export const REPLICATES = 20;
export const seedKeys = (n = REPLICATES) => Array.from({ length: n }, (_, r) => `test/rep:${r}`);
