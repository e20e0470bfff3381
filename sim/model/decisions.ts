import type { Phase } from '../engine/loop.js';
import type { HeadDecision } from '../scenario/schema/decisions.js';
import { seatCampaign } from './secondment.js';
import type { ModelState } from './state.js';

/** How a department answers shared tasks offered to it (claims.ts). */
export const CLAIM_RULE = { model: 0, own: 1, pass: 2 } as const;

/** Share of a catch's penalty a shielded person still bears when the head tolerates slack. */
export const TOLERATED_PENALTY_SHARE = 0.5;

/** Days in a round of decisions. */
export const WEEK_DAYS = 7;

/**
 * The levers department heads hold (classroom mode). Neutral values (1, 0, model) leave every
 * mechanism exactly as the scenario says: multiplying by 1 and adding 0 change no bit.
 */
export interface HeadLevers {
  /** Per unit: multiplier on the weight on campaign work (allocation.ts). */
  readonly campaignGain: Float64Array;
  /** Per department: people seconded beyond the quota while a campaign runs (secondment.ts). */
  readonly extraSecondment: Int32Array;
  /** Per unit: CLAIM_RULE. */
  readonly claimRule: Uint8Array;
  /** Per unit: multiplier on the penalty staff weigh when they shirk (shirking.ts). */
  readonly penaltyShare: Float64Array;
}

export function neutralLevers(U: number, D: number): HeadLevers {
  return {
    campaignGain: new Float64Array(U).fill(1),
    extraSecondment: new Int32Array(D),
    claimRule: new Uint8Array(U),
    penaltyShare: new Float64Array(U).fill(1),
  };
}

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
