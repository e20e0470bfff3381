import { z } from 'zod';
import { IsoDate, Weekday } from './common.js';

export const Calendar = z
  .object({
    /** First simulated day. */
    start: IsoDate.default('2017-01-02'),
    /** Number of simulated days (the horizon). */
    days: z.number().int().min(1).max(36_500).default(365),
    /** Weekly rest days. */
    weekend: z.array(Weekday).default(['sat', 'sun']),
    /** Public holidays (rest days unless a campaign cancels them). */
    holidays: z.array(IsoDate).default([]),
  })
  .strict();
export type Calendar = z.infer<typeof Calendar>;
