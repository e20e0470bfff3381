import { z } from 'zod';

/**
 * Who does shared work whose owner is not fixed (cases B-E). The foundation knows only `none`;
 * the coordination mechanisms extend this file.
 */
export const Coordination = z
  .object({
    mechanism: z.enum(['none']).default('none'),
  })
  .strict();
export type Coordination = z.infer<typeof Coordination>;

export const SharedDuty = z.never();
