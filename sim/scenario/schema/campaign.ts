import { z } from 'zod';
import { DisplayName, MAX_CAMPAIGN_DAYS, MAX_HEADCOUNT, Id, IsoDate, ItemsPerStaffDay, NonNegative, Share, Stream, Weekday } from './common.js';

export const Secondment = z
  .object({
    total: z.number().int().min(0).max(MAX_HEADCOUNT).default(0).meta({ description: 'Staff moved to the campaign headquarters for the whole campaign.', unit: 'people', source: 'case A: about 100' }),
    rule: z.enum(['proportional', 'equal', 'skilled']).default('proportional').meta({ description: 'How the total is drawn: `proportional` to headcount, `equal` per department, or `skilled` (the most skilled people county-wide, wherever they sit).', source: 'the rule the county states' }),
    minPerDepartment: z.number().int().min(0).max(MAX_HEADCOUNT).default(0).meta({ description: 'Every department gives at least this many (a quota rule), whatever its size.', unit: 'people', source: 'a quota every unit must meet' }),
    perDepartment: z.number().int().min(0).max(MAX_HEADCOUNT).default(0).meta({ description: 'On top of `total`, each department detaches this many more (case A, campaign 3).', unit: 'people', source: 'case A campaign 3: two more cadres each' }),
    maxShareOfDepartment: Share.default(0.5).meta({ description: 'Never take more than this share of a department\'s headcount.', unit: 'share', source: 'a unit keeps at least half its people' }),
    homeLeakShare: Share.default(0.3).meta({ description: 'The most home core work a day that reaches a seconded person, as a share of the contracted day (double load): they get their per-head share of the home department\'s open regular work up to this. 0 = a clean break.', unit: 'share of the day', source: 'case A: first secretaries kept home core work; the most home work per day that reaches a seconded person' }),
  })
  .strict();
export type Secondment = z.infer<typeof Secondment>;

export const Reversals = z
  .object({
    perMonth: z.number().min(0).max(30).default(0).meta({ description: 'Expected policy reversals per 30 days of campaign.', unit: 'reversals/30 days', source: 'case A: policy reversed several times; none by default' }),
    discardShare: Share.default(0.3).meta({ description: 'Share of campaign work done since the last reversal that a reversal throws away.', unit: 'share', source: 'work done since the last change that is wasted; not estimated' }),
    reissueShare: Share.default(1).meta({ description: 'Share of the discarded items that the new policy still needs: they come back as new campaign tasks, to be done again.', unit: 'share', source: 'the new policy still needs the work: discarded items come back to be redone (case A); share not estimated' }),
  })
  .strict();
export type Reversals = z.infer<typeof Reversals>;

/**
 * Campaign tasks: a stream like a department's regular duties, with its own defaults (set where
 * `tasks` is declared) and so its own sources for them.
 */
export const CampaignTasks = Stream.extend({
  itemsPerStaffDay: Stream.shape.itemsPerStaffDay.meta({ source: 'campaign demand above the minimum share, so departments give it more than half their duty hours and their incentive weights decide the rest (case A)' }),
  effortHours: Stream.shape.effortHours.meta({ source: 'a little under a day\'s work per task; not estimated' }),
  deadlineDays: Stream.shape.deadlineDays.meta({ source: 'campaign deadlines are short: a week; not estimated' }),
}).strict();

export const Campaign = z
  .object({
    id: Id,
    name: DisplayName.optional().meta({ description: 'Name shown in reports.' }),
    start: IsoDate.meta({ description: 'First day of the campaign (inside the calendar).', unit: 'date', source: 'scenario-specific (case A in three-campaigns.yaml: Mar, Jul and Oct 2017)' }),
    days: z.number().int().min(1).max(MAX_CAMPAIGN_DAYS).meta({ description: 'Length in calendar days.', unit: 'days', source: 'case A: 100 days' }),
    minEffortShare: Share.default(0.5).meta({ description: 'Minimum share of a department\'s working hours that must go to campaign work.', unit: 'share', source: 'case A: "more than half of its effort"' }),
    hoursPerDay: z.number().min(1).max(18).default(10).meta({ description: 'Hours demanded on a campaign working day (contracted hours become this).', unit: 'hours/day', source: 'case A: "very heavy hours"' }),
    cancelRestDays: z.boolean().default(true).meta({ description: 'Weekends and public holidays become working days.', source: 'case A: all public holidays cancelled' }),
    restDayHours: z.number().min(0).max(18).default(8).meta({ description: 'Hours demanded on a cancelled rest day.', unit: 'hours/day', source: 'a full day on cancelled rest days' }),
    overtimePaid: z.boolean().default(true).meta({ description: 'Whether overtime (hours beyond the contracted day, and rest-day hours) is paid.', source: 'case A campaign 3: holiday overtime pay banned' }),
    inspectionRate: Share.default(0.03).meta({ description: 'Chance per staff member per working day of an unannounced spot check.', unit: 'chance/person/day', source: 'case A: unannounced spot checks' }),
    reportingHours: z.number().min(0).max(8).default(0).meta({ description: 'Hours a day each person spends on reports (work diaries).', unit: 'hours/day', source: 'case A campaign 2: daily work diaries' }),
    villageDays: z.array(Weekday).default([]).meta({ description: 'Fixed village days: on these weekdays campaign work takes `villageDayShare` of hours.', unit: 'weekdays', source: 'case A campaign 2: fixed village days (Tue, Thu, Sat)' }),
    villageDayShare: Share.default(0.8).meta({ description: 'Share of hours that goes to campaign work on a village day.', unit: 'share', source: 'case A campaign 2: fixed village days; share not estimated' }),
    secondment: Secondment.prefault({}).meta({ description: 'Who is moved to the campaign headquarters.' }),
    reversals: Reversals.prefault({}).meta({ description: 'Policy reversals that throw campaign work away.' }),
    tasks: CampaignTasks.prefault({ itemsPerStaffDay: 0.8, effortHours: 5, deadlineDays: 7 }).meta({ description: 'Campaign tasks arriving in each department (per staff member at home).' }),
    hqItemsPerStaffDay: ItemsPerStaffDay.default(1.8).meta({ description: 'Campaign tasks a day per seconded person at the headquarters (same effort and deadline).', unit: 'items/person/day', source: 'keeps the headquarters fully loaded' }),
  })
  .strict();
export type Campaign = z.infer<typeof Campaign>;
