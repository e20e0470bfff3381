import { z } from 'zod';
import { Id, IsoDate, NonNegative, Share, Stream, Weekday } from './common.js';

export const Secondment = z
  .object({
    total: z.number().int().min(0).default(0).meta({ description: 'Staff moved to the campaign headquarters for the whole campaign.', unit: 'people' }),
    rule: z.enum(['proportional', 'equal', 'skilled']).default('proportional').meta({ description: 'How the total is drawn: `proportional` to headcount, `equal` per department, or `skilled` (the most skilled people county-wide, wherever they sit).' }),
    minPerDepartment: z.number().int().min(0).default(0).meta({ description: 'Every department gives at least this many (a quota rule), whatever its size.', unit: 'people' }),
    perDepartment: z.number().int().min(0).default(0).meta({ description: 'On top of `total`, each department detaches this many more (case A, campaign 3).', unit: 'people' }),
    maxShareOfDepartment: Share.default(0.5).meta({ description: 'Never take more than this share of a department\'s headcount.', unit: 'share' }),
    homeLeakShare: Share.default(0.3).meta({ description: 'Hours a day of home core work that keep reaching a seconded person, as a share of the contracted day (double load). 0 = a clean break.', unit: 'share of the day' }),
  })
  .strict();
export type Secondment = z.infer<typeof Secondment>;

export const Reversals = z
  .object({
    perMonth: NonNegative.default(0).meta({ description: 'Expected policy reversals per 30 days of campaign.', unit: 'reversals/30 days' }),
    discardShare: Share.default(0.3).meta({ description: 'Share of campaign work done since the last reversal that a reversal throws away.', unit: 'share' }),
    reissueShare: Share.default(1).meta({ description: 'Share of the discarded items that the new policy still needs: they come back as new campaign tasks, to be done again.', unit: 'share' }),
  })
  .strict();
export type Reversals = z.infer<typeof Reversals>;

export const Campaign = z
  .object({
    id: Id,
    name: z.string().min(1).optional().meta({ description: 'Name shown in reports.' }),
    start: IsoDate.meta({ description: 'First day of the campaign (inside the calendar).', unit: 'date' }),
    days: z.number().int().min(1).max(3650).meta({ description: 'Length in calendar days.', unit: 'days' }),
    minEffortShare: Share.default(0.5).meta({ description: 'Minimum share of a department\'s working hours that must go to campaign work.', unit: 'share' }),
    hoursPerDay: z.number().min(1).max(18).default(10).meta({ description: 'Hours demanded on a campaign working day (contracted hours become this).', unit: 'hours/day' }),
    cancelRestDays: z.boolean().default(true).meta({ description: 'Weekends and public holidays become working days.' }),
    restDayHours: z.number().min(0).max(18).default(8).meta({ description: 'Hours demanded on a cancelled rest day.', unit: 'hours' }),
    overtimePaid: z.boolean().default(true).meta({ description: 'Whether overtime (hours beyond the contracted day, and rest-day hours) is paid.' }),
    inspectionRate: Share.default(0.03).meta({ description: 'Chance per staff member per working day of an unannounced spot check.', unit: 'chance/person/day' }),
    reportingHours: z.number().min(0).max(8).default(0).meta({ description: 'Hours a day each person spends on reports (work diaries).', unit: 'hours/day' }),
    villageDays: z.array(Weekday).default([]).meta({ description: 'Fixed village days: on these weekdays campaign work takes `villageDayShare` of hours.' }),
    villageDayShare: Share.default(0.8).meta({ description: 'Share of hours that goes to campaign work on a village day.', unit: 'share' }),
    secondment: Secondment.prefault({}).meta({ description: 'Who is moved to the campaign headquarters.' }),
    reversals: Reversals.prefault({}).meta({ description: 'Policy reversals that throw campaign work away.' }),
    tasks: Stream.prefault({ itemsPerStaffDay: 0.8, effortHours: 5, deadlineDays: 7 }).meta({ description: 'Campaign tasks arriving in each department (per staff member at home).' }),
    hqItemsPerStaffDay: NonNegative.default(1.8).meta({ description: 'Campaign tasks a day per seconded person at the headquarters (same effort and deadline).', unit: 'items/person/day' }),
  })
  .strict();
export type Campaign = z.infer<typeof Campaign>;
