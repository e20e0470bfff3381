import type { Phase } from '../engine/loop.js';
import type { HeadDecision } from '../scenario/schema/decisions.js';
import { seatCampaign } from './secondment.js';
import type { ModelState } from './state.js';
import { CLAIM_RULE, TOLERATED_PENALTY_SHARE } from './levers.js';

/** Days in a round of decisions. */
export const WEEK_DAYS = 7;

/** Set department d's levers to what its head decided. */
export function applyDecision(st: ModelState, d: number, decision: HeadDecision): void {
  st.campaignGain[d] = decision.campaignWeight;
  st.extraSecondment[d] = decision.extraSecondment;
  st.claimRule[d] = CLAIM_RULE[decision.shared];
  st.penaltyShare[d] = decision.tolerateSlack ? TOLERATED_PENALTY_SHARE : 1;
}

/**
 * The heads' decisions as a phase: on the first day of each week, the decisions of that week take
 * effect, in the order listed (a later one for the same department wins). A change in secondment
 * while a campaign runs reseats the county at once. Only part of the model when a scenario carries a
 * decision list, so runs without one are untouched. The week's decisions are read when the week
 * begins: a classroom session appends each week's decisions to the list before running that week.
 */
export function makeDecisions(st: ModelState): Phase<ModelState> | null {
  const list = st.scenario.decisions;
  if (!list) return null;
  const index = new Map(st.unitIds.map((id, u) => [id, u]));
  return {
    name: 'decisions',
    run(s, day) {
      if (day % WEEK_DAYS !== 0) return;
      const week = day / WEEK_DAYS;
      const before = Int32Array.from(s.extraSecondment);
      for (const dec of list) if (dec.week === week) applyDecision(s, index.get(dec.department)!, dec);
      const ci = s.campaignOfDay[day];
      const prev = day > 0 ? s.campaignOfDay[day - 1] : -1;
      // On a campaign's first day the secondment phase seats everyone anyway.
      if (s.hq >= 0 && ci >= 0 && ci === prev && s.extraSecondment.some((x, d) => x !== before[d])) seatCampaign(s, ci);
    },
  };
}
