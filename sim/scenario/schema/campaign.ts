import { z } from 'zod';
import { Id, IsoDate, NonNegative, Share, Stream, Weekday } from './common.js';

export const Secondment = z
  .object({
    /** Staff moved to the campaign headquarters for the whole campaign. */
    total: z.number().int().min(0).default(0),
    /**
     * How the total is drawn: `proportional` to headcount, `equal` per department, or
     * `skilled` (the most skilled people county-wide, wherever they sit).
     */
    rule: z.enum(['proportional', 'equal', 'skilled']).default('proportional'),
    /** Every department gives at least this many (a quota rule), whatever its size. */
    minPerDepartment: z.number().int().min(0).default(0),
    /** On top of `total`, each department detaches this many more (case A, campaign 3). */
    perDepartment: z.number().int().min(0).default(0),
    /** Never take more than this share of a department's headcount. */
    maxShareOfDepartment: Share.default(0.5),
    /**
     * Hours a day of home core work that keep reaching a seconded person, as a share of
     * the contracted day (double load). 0 = a clean break.
     */
    homeLeakShare: Share.default(0.3),
  })
  .strict();
export type Secondment = z.infer<typeof Secondment>;

export const Reversals = z
  .object({
    /** Expected policy reversals per 30 days of campaign. */
    perMonth: NonNegative.default(0),
    /** Share of campaign work done since the last reversal that a reversal throws away. */
    discardShare: Share.default(0.3),
  })
  .strict();
export type Reversals = z.infer<typeof Reversals>;

export const Campaign = z
  .object({
    id: Id,
    name: z.string().min(1).optional(),
    start: IsoDate,
    /** Length in calendar days. */
    days: z.number().int().min(1).max(3650),
    /** Minimum share of a department's working hours that must go to campaign work. */
    minEffortShare: Share.default(0.5),
    /** Hours demanded on a campaign working day (contracted hours become this). */
    hoursPerDay: z.number().min(1).max(18).default(10),
    /** Weekends and public holidays become working days. */
    cancelRestDays: z.boolean().default(true),
    /** Hours demanded on a cancelled rest day. */
    restDayHours: z.number().min(0).max(18).default(8),
    /** Whether overtime (hours beyond the contracted day, and rest-day hours) is paid. */
    overtimePaid: z.boolean().default(true),
    /** Chance per staff member per working day of an unannounced spot check. */
    inspectionRate: Share.default(0.03),
    /** Hours a day each person spends on reports (work diaries). */
    reportingHours: z.number().min(0).max(8).default(0),
    /** Fixed village days: on these weekdays campaign work takes `villageDayShare` of hours. */
    villageDays: z.array(Weekday).default([]),
    villageDayShare: Share.default(0.8),
    secondment: Secondment.prefault({}),
    reversals: Reversals.prefault({}),
    /** Campaign tasks arriving in each department (per staff member at home). */
    tasks: Stream.prefault({ itemsPerStaffDay: 0.6, effortHours: 5, deadlineDays: 7 }),
    /** Campaign tasks a day per seconded person at the headquarters (same effort and deadline). */
    hqItemsPerStaffDay: NonNegative.default(1.8),
  })
  .strict();
export type Campaign = z.infer<typeof Campaign>;
