import type { Scenario } from '../scenario/schema/index.js';
import { getPath } from '../scenario/value-path.js';
import { fromUnit } from './design.js';
import { applyValues } from './path.js';
import { SetError } from './set.js';

/**
 * A factor of a screening, Sobol or discovery design: one coordinate of the unit cube and what it
 * sets in a scenario. A `value` factor gives every path it targets the same value from its range; a
 * `scale` factor multiplies each target's own value (each department's headcount, say), so a list
 * of unlike entries moves together without being made alike.
 */
export interface Factor {
  /** The name in tables and figures: the schema path (`departments[].headcount`) or the --set path. */
  id: string;
  kind: 'value' | 'scale';
  from: number;
  to: number;
  /** Values are whole numbers (headcounts, days). */
  integer: boolean;
  /** The value paths set in a scenario (`departments.3.headcount`); for a plain parameter, its own path. */
  targets: string[];
}

/** A factor for one explicit path and range, as --set gives it. */
export const valueFactor = (path: string, from: number, to: number, integer = false): Factor => ({ id: path, kind: 'value', from, to, integer, targets: [path] });

/**
 * The factor's value at unit coordinate u: `level` for a Morris grid (both ends reachable),
 * `stratum` for samples (for whole numbers each value gets an equal share of [0,1)); a scale is
 * continuous (its result is rounded per target).
 */
export function factorValues(f: Factor, u: number, mode: 'level' | 'stratum' | 'continuous'): number {
  const integer = f.kind === 'value' && f.integer;
  return fromUnit(f.id, { from: f.from, to: f.to, integer }, u, mode === 'continuous' ? 'level' : mode) as number;
}

/** The paths and values a point sets: each factor's value, or each target's own value scaled. */
export function pathValues(base: Scenario, factors: readonly Factor[], values: readonly number[]): Record<string, number> {
  const out: Record<string, number> = {};
  factors.forEach((f, i) => {
    for (const t of f.targets) {
      if (f.kind === 'value') out[t] = values[i];
      else {
        const own = getPath(base, t) as number;
        const scaled = own * values[i];
        out[t] = f.integer ? Math.max(0, Math.round(scaled)) : Number(scaled.toPrecision(6));
      }
    }
  });
  return out;
}

/**
 * The scenario at a point, validated by the schema like any file. A point that breaks a rule across
 * fields (a headquarters larger than the departments may give) is named by the factors' values, not
 * by the dozens of paths they set.
 */
export function applyFactors(base: Scenario, factors: readonly Factor[], values: readonly number[], label: string): Scenario {
  try {
    return applyValues(base, pathValues(base, factors, values), label);
  } catch (e) {
    if (!(e instanceof SetError)) throw e;
    const why = e.message.slice(e.message.indexOf(' is not a valid scenario: ') + ' is not a valid scenario: '.length);
    throw new SetError(`${label} is not a valid scenario: ${why}. Narrow the ranges that lead there (--set path=from:to)`);
  }
}

/**
 * The parameters of a plan in column order: a design over factors keeps them in `design.factors`
 * and leaves `plan.parameters` empty, so that the tables do not repeat dozens of parameter values on
 * every row (a screen of case A's 71 parameters made summary.csv 490 MB); parameters.json has each
 * point's values.
 */
export const planFactorIds = (plan: { parameters: string[]; design?: { factors?: Factor[] } }): string[] => plan.design?.factors?.map((f) => f.id) ?? plan.parameters;
