import type { Scenario } from '../../scenario/schema/index.js';
import { checkRuns, checkWork, count, type Budget } from '../budget.js';
import { applyValues } from '../path.js';
import type { CalibrationSpec } from './spec.js';

/**
 * Refuse, before the search starts, a calibration over the budget every command shares: its runs
 * are budget x replicates plus recheck x recheckReplicates evaluations of every variant, each variant
 * counted at the parameters' upper ends (the most staff, days and items a candidate can have).
 */
export function checkCalibrationBudget(spec: CalibrationSpec, b: Budget): void {
  const s = spec.search;
  const V = spec.variants.length;
  const evaluations = s.budget * s.replicates + s.recheck * s.recheckReplicates;
  const each = `${count(s.budget)} candidates x ${count(s.replicates)} replicates + ${count(s.recheck)} re-checked x ${count(s.recheckReplicates)} replicates`;
  checkRuns({ runs: evaluations * V, what: V === 1 ? each : `(${each}) x ${V} variants` }, b);
  const high = Object.fromEntries(spec.parameters.map((p) => [p.path, p.hi]));
  const largest = spec.variants.map((v, i): Scenario => {
    try {
      return applyValues(spec.base, { ...high, ...v.set }, `variant ${i}`);
    } catch {
      // The upper ends together are no valid scenario: the variant as given is the estimate.
      return applyValues(spec.base, v.set, `variant ${i}`);
    }
  });
  checkWork(largest, evaluations, false, b);
}
