import { z } from 'zod';
import { IsoDate, Weekday } from './common.js';

export const Calendar = z
  .object({
    start: IsoDate.default('2017-01-02').meta({ description: 'First simulated day.', unit: 'date' }),
    days: z.number().int().min(1).max(36_500).default(365).meta({ description: 'Number of simulated days (the horizon).', unit: 'days' }),
    weekend: z.array(Weekday).default(['sat', 'sun']).meta({ description: 'Weekly rest days.' }),
    holidays: z.array(IsoDate).default([]).meta({ description: 'Public holidays (rest days unless a campaign cancels them).', unit: 'dates' }),
  })
  .strict();
export type Calendar = z.infer<typeof Calendar>;
