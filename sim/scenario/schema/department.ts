import { z } from 'zod';
import { DisplayName, Id, MAX_HEADCOUNT, NonNegative, RegularStream } from './common.js';

/** A department's name in the languages besides English that pages and reports speak (sim/i18n Locale). */
const LocalNames = z.object({ 'zh-CN': DisplayName.optional().meta({ description: 'Simplified Chinese name, as a county writes it (财政局, 宣传部, 妇联).' }) }).strict();

/**
 * Weights a department puts on each kind of work when it splits its hours: incentive x (1 +
 * assessment) (sim/model/allocation.ts). The same three kinds for both, in their own units.
 */
const kindWeights = (unit: string, source: string) =>
  z
    .object({
      regular: NonNegative.default(1).meta({ description: 'Weight on (or assessment of) regular work: the department\'s own duties.', unit, source }),
      campaign: NonNegative.default(1).meta({ description: 'Weight on (or assessment of) campaign work.', unit, source }),
      shared: NonNegative.default(1).meta({ description: 'Weight on (or assessment of) shared duties.', unit, source }),
    })
    .strict();
export const Incentives = kindWeights('weight', 'what the department values (Holmström–Milgrom); equal by default');
export const AssessmentWeights = kindWeights('share', 'what its assessment measures: effort drifts to what is measured (Holmström–Milgrom); half by default, not estimated');
export type KindWeights = z.infer<typeof Incentives>;

export const Department = z
  .object({
    id: Id,
    name: DisplayName.optional().meta({ description: 'Name shown in reports.' }),
    names: LocalNames.optional().meta({
      description:
        'The name in other languages, by language tag, e.g. `names: { zh-CN: 财政局 }`: shown in place of `name` where a page or report is in that language (the classroom\'s phones, projector and debrief in Chinese). Display only: changes no figure of the model.',
    }),
    headcount: z.number().int().min(1).max(MAX_HEADCOUNT).meta({ description: 'Staff on the establishment (people, whole numbers).', unit: 'people', source: 'the establishment; scenario-specific' }),
    regular: RegularStream.prefault({}).meta({ description: 'The department\'s own duties.' }),
    incentives: Incentives.prefault({}).meta({ description: 'How much the department values each kind of work (its incentive weights).' }),
    assessment: AssessmentWeights.prefault({ regular: 0.5, campaign: 0.5, shared: 0.5 }).meta({ description: 'What the assessment of the department measures (0 = not measured, 1 = fully): effort drifts to what is measured.' }),
  })
  .strict();
export type Department = z.infer<typeof Department>;
