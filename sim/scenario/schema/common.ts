import { z } from 'zod';

/** A calendar date written as YYYY-MM-DD (no time, no zone: the model's clock is whole days). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written as YYYY-MM-DD, e.g. 2017-03-20')
  // Date.parse rolls 2017-02-30 over to March 2: only a date that survives the round trip is real.
  .refine((s) => {
    const ms = Date.parse(`${s}T00:00:00Z`);
    return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === s;
  }, 'a real calendar date');

export const Weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
export type Weekday = z.infer<typeof Weekday>;

export const Share = z.number().min(0).max(1);
/**
 * A bound on every number the schema would otherwise leave open (penalties, hours, weights): no
 * quantity of the model comes near a million, and 1e308 must never reach allocation or arithmetic.
 */
export const MAX_QUANTITY = 1_000_000;
export const NonNegative = z.number().min(0).max(MAX_QUANTITY);
export const Positive = z.number().gt(0).max(MAX_QUANTITY);
/**
 * Arrival rates. Every item is simulated (and an open one kept in memory): 10,000 items a day for
 * one stream, or 100 per person, is far past any office, and keeps a run's arrivals countable by
 * the budget (sim/runner/budget.ts) before it starts.
 */
export const MAX_ITEMS_PER_DAY = 10_000;
export const MAX_ITEMS_PER_STAFF_DAY = 100;
export const ItemsPerDay = z.number().min(0).max(MAX_ITEMS_PER_DAY);
export const ItemsPerStaffDay = z.number().min(0).max(MAX_ITEMS_PER_STAFF_DAY);
/** The longest horizon and the longest campaign, in days. */
export const MAX_HORIZON_DAYS = 36_500;
export const MAX_CAMPAIGN_DAYS = 3650;
/** Entries of one list (departments, campaigns, shared duties, partners, holidays). */
export const MAX_LIST_ENTRIES = 1000;
/**
 * Text lengths. Names become plot labels, legend entries and table cells: a 10,000-character name
 * made an 88,000 px wide figure, and 100 kB names took the report builder past 5 GB of memory.
 */
export const MAX_ID_CHARS = 64;
/** People in one department (and so in any per-department quota). */
export const MAX_HEADCOUNT = 100_000;
export const MAX_NAME_CHARS = 100;
export const MAX_DESCRIPTION_CHARS = 5000;

/** Control characters (ESC, BEL, CR, C1...) have no place in a name and can drive a terminal. */
const NO_CONTROLS = /^[^\u0000-\u001f\u007f-\u009f]*$/;
const noControls = <T extends z.ZodString>(s: T) => s.regex(NO_CONTROLS, 'text without control characters (escape, bell, carriage return...)');

/** A name shown in reports (a department, a campaign, a duty, a partner). */
export const DisplayName = noControls(z.string().min(1).max(MAX_NAME_CHARS));
/** The scenario's name: titles of reports and the default output folder. */
export const ScenarioName = noControls(z.string().min(1).max(200));

export const Id = z
  .string()
  .max(MAX_ID_CHARS)
  .regex(/^[a-z][a-z0-9_-]*$/, 'an id of lowercase letters, digits, "-" or "_", starting with a letter')
  .meta({ description: 'An id: lowercase letters, digits, "-" or "_", starting with a letter; unique in its list.' });

/** Work item stream: how many items arrive, how big, how urgent. */
export const Stream = z
  .object({
    itemsPerDay: ItemsPerDay.default(0).meta({ description: 'Items a day that arrive whatever the headcount (duties every unit has).', unit: 'items/day', source: 'duties every unit has whatever its size; scenario-specific' }),
    itemsPerStaffDay: ItemsPerStaffDay.default(0.95).meta({ description: 'Items a day per staff member at home (duties that scale with size).', unit: 'items/person/day', source: 'set by hand for an ordinary load of 70–80% of scheduled hours, checked by a target of scenarios/calibration/case-a.yaml (75% in case A\'s baseline)' }),
    effortHours: Positive.default(6).meta({ description: 'Mean effort of one item, in hours of fresh work.', unit: 'hours/item', source: 'about a day\'s work per item' }),
    effortCv: z.number().min(0).max(3).default(0.5).meta({ description: 'Spread of effort: coefficient of variation of a lognormal (0 = every item the same).', unit: 'ratio', source: 'spread of item sizes; not estimated' }),
    deadlineDays: z.number().int().min(1).max(3650).default(10).meta({ description: 'Days from arrival to the deadline.', unit: 'days', source: 'two working weeks' }),
    rateFormula: z.string().min(1).optional().meta({ description: 'Optional mathjs formula for a multiplier of the arrival rate by day: variables `day` (0-based), `weekday` (0=Mon..6=Sun), `month` (1-12), `campaign` (1 while a campaign runs, else 0).', unit: 'multiplier', source: 'seasonal or campaign-driven load; scenario-specific' }),
  })
  .strict();
export type Stream = z.infer<typeof Stream>;

/** A department's own duties: a stream whose overdue items lapse in the end. */
export const RegularStream = Stream.extend({
  lapseDays: z.number().int().min(0).max(3650).nullable().default(20).meta({ description: 'Days past its deadline after which an open regular item lapses: the matter is dropped undone (the citizen gives up, the permit is refused by default), counted in `lapsed_regular`. null = never.', unit: 'days', source: 'a month from arrival: matters left that long are given up; bounds a campaign\'s burial of regular work (P10 in weeks)' }),
}).strict();
export type RegularStream = z.infer<typeof RegularStream>;
