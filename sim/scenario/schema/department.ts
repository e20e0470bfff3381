import { z } from 'zod';
import { Id, NonNegative, RegularStream } from './common.js';

/** Weights a department puts on each kind of work when it splits its hours. */
export const KindWeights = z
  .object({
    regular: NonNegative.default(1).meta({ description: 'Weight on (or assessment of) regular work: the department\'s own duties.' }),
    campaign: NonNegative.default(1).meta({ description: 'Weight on (or assessment of) campaign work.' }),
    shared: NonNegative.default(1).meta({ description: 'Weight on (or assessment of) shared duties.' }),
  })
  .strict();
export type KindWeights = z.infer<typeof KindWeights>;

export const Department = z
  .object({
    id: Id,
    name: z.string().min(1).optional().meta({ description: 'Name shown in reports.' }),
    headcount: z.number().int().min(1).max(100_000).meta({ description: 'Staff on the establishment (people, whole numbers).', unit: 'people' }),
    regular: RegularStream.prefault({}).meta({ description: 'The department\'s own duties.' }),
    incentives: KindWeights.prefault({}).meta({ description: 'How much the department values each kind of work (its incentive weights).' }),
    assessment: KindWeights.prefault({ regular: 0.5, campaign: 0.5, shared: 0.5 }).meta({ description: 'What the assessment of the department measures (0 = not measured, 1 = fully): effort drifts to what is measured.' }),
  })
  .strict();
export type Department = z.infer<typeof Department>;
