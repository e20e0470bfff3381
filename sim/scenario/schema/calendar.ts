import { z } from 'zod';
import { IsoDate, MAX_HORIZON_DAYS, Weekday } from './common.js';

export const Calendar = z
  .object({
    start: IsoDate.default('2017-01-02').meta({ description: 'First simulated day.', unit: 'date', source: 'case A\'s year' }),
    days: z.number().int().min(1).max(MAX_HORIZON_DAYS).default(365).meta({ description: 'Number of simulated days (the horizon).', unit: 'days', source: 'a year; case A\'s three campaigns and their aftermath need 600 (three-campaigns.yaml)' }),
    weekend: z
      .array(Weekday)
      .default(['sat', 'sun'])
      .refine((w) => new Set(w).size < 7, { message: 'seven rest days a week leave no working day; list only the weekly rest days (e.g. [sat, sun])' })
      .meta({ description: 'Weekly rest days (at most six: a week needs a working day).', unit: 'weekdays', source: 'Chinese civil service five-day week' }),
    holidays: z.array(IsoDate).max(MAX_HORIZON_DAYS).default([]).meta({ description: 'Public holidays (rest days unless a campaign cancels them).', unit: 'dates', source: 'public holidays; case A cancelled them' }),
    warmupDays: z.number().int().min(0).max(3650).default(28).meta({ description: 'Days at the start while queues fill from empty to their ordinary level: left out of the baseline and overall figures (reported as the `warmup` window). Ends early if a campaign starts first.', unit: 'days', source: 'queues start empty and fill in about two to three weeks; left out of the baseline' }),
  })
  .strict();
export type Calendar = z.infer<typeof Calendar>;
