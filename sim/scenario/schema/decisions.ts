import { z } from 'zod';
import { Id } from './common.js';

/**
 * What a department head decided for one week (classroom mode, sim/classroom/): the levers a head
 * holds in the cases. A decision holds from the first day of its week until the department's next
 * decision; a department with none behaves as the scenario says. Decisions are data, so a class's
 * session replays byte for byte from the scenario that carries them.
 */
export const HeadDecision = z
  .object({
    week: z.number().int().min(0).max(10_000).meta({ description: 'Week (0 = the first 7 days of the calendar) from whose first day the decision holds.', unit: 'weeks' }),
    department: Id.meta({ description: 'Id of the department whose head decided.' }),
    campaignWeight: z.number().min(0.25).max(4).default(1).meta({ description: 'Multiplier on the weight the department puts on campaign work against its regular duties (1 = as the scenario says).', unit: 'factor' }),
    extraSecondment: z.number().int().min(0).max(50).default(0).meta({ description: 'People seconded to a running campaign beyond the quota (at most all but one of the department).', unit: 'people' }),
    shared: z.enum(['model', 'own', 'pass']).default('model').meta({ description: 'Shared tasks offered to the department (claim or pass): own = claim every one, pass = pass every one, model = as the model\'s heads do.' }),
    tolerateSlack: z.boolean().default(false).meta({ description: 'The head shields staff who slack: a catch costs them half the penalty, so they shirk more and tire less.' }),
  })
  .strict();
export type HeadDecision = z.infer<typeof HeadDecision>;

export const Decisions = z.array(HeadDecision).max(100_000);
