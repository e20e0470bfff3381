import { z } from 'zod';
import { Id, NonNegative, Share, Stream } from './common.js';

/** Weights a department puts on each kind of work when it splits its hours. */
export const KindWeights = z
  .object({
    regular: NonNegative.default(1),
    campaign: NonNegative.default(1),
    shared: NonNegative.default(1),
  })
  .strict();
export type KindWeights = z.infer<typeof KindWeights>;

export const Department = z
  .object({
    id: Id,
    name: z.string().min(1).optional(),
    /** Staff on the establishment (people, whole numbers). */
    headcount: z.number().int().min(1).max(100_000),
    /** The department's own duties. */
    regular: Stream.prefault({}),
    /**
     * Share of regular work that is core work only this unit's skilled people can do: a seconded
     * person's home unit keeps sending them this share of its core work (double load).
     */
    coreShare: Share.default(0.3),
    /** How much the department values each kind of work (its incentive weights). */
    incentives: KindWeights.prefault({}),
    /**
     * What the assessment of the department measures (0 = not measured, 1 = fully): effort drifts
     * to what is measured.
     */
    assessment: KindWeights.prefault({ regular: 0.5, campaign: 0.5, shared: 0.5 }),
  })
  .strict();
export type Department = z.infer<typeof Department>;
