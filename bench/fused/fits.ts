import type { Scenario } from './interface.js';

/**
 * Why the reference cannot run a scenario, in one line, or null when it can. It implements what the
 * benchmark county uses (departments, a campaign with secondment, reversals, rest days cancelled,
 * reports; fatigue, shirking, spot checks, sickness, rework, lapses) and refuses the rest rather than
 * run it wrongly. To take in a mechanism, implement it here in bench/fused/ and drop its refusal.
 */
export function fusedFits(s: Scenario): string | null {
  if (s.sharedDuties.length > 0 || s.partners.length > 0) return 'shared duties, coordination and partners are not in the fused reference';
  if (s.departments.some((d) => d.regular.rateFormula) || s.campaigns.some((c) => c.tasks.rateFormula)) return 'arrival-rate formulas are not in the fused reference';
  if (s.staff.productivity.formula) return 'a productivity formula is not in the fused reference';
  if (s.decisions) return "department heads' decisions (classroom mode) are not in the fused reference";
  return null;
}
