// The levers department heads hold, neutral by default (no imports: the model state includes them).

/** How a department answers shared tasks offered to it (claims.ts). */
export const CLAIM_RULE = { model: 0, own: 1, pass: 2 } as const;

/** Share of a catch's penalty a shielded person still bears when the head tolerates slack. */
export const TOLERATED_PENALTY_SHARE = 0.5;

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
  /** Per unit: multiplier on the penalty staff weigh when they shirk (working-day.ts, part 2: shirking). */
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

