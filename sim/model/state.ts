import type { Calendar } from '../engine/calendar.js';
import type { Streams } from '../engine/rng.js';
import type { WorkQueue } from '../engine/queue.js';
import type { UnitHistogram } from '../engine/histogram.js';
import type { Scenario, Campaign } from '../scenario/schema/index.js';
import type { Seating } from './seating.js';
import type { DayPlan } from './day-plan.js';
import type { HeadLevers } from './levers.js';

/** What a person does today. */
export const STATUS = { working: 0, resting: 1, sick: 2 } as const;

/**
 * The whole state of one run, in plain typed arrays indexed by person, unit or day. Mechanisms read
 * and write it; they never call each other. "Unit" means a department, or the campaign headquarters
 * (index `hq`) where seconded staff sit; row `total` of the record is the county.
 */
export interface ModelState extends Seating, HeadLevers {
  readonly scenario: Scenario;
  readonly cal: Calendar;
  readonly days: number;
  /** Departments are units 0..D-1. */
  readonly D: number;
  /** Unit index of the campaign headquarters, or -1 when the scenario has no campaigns. */
  readonly hq: number;
  /** Number of units (departments plus headquarters). */
  readonly U: number;
  /** Record row of the county total (= U). */
  readonly total: number;
  readonly unitIds: readonly string[];
  /** Number of staff. */
  readonly N: number;
  readonly streams: Streams;

  // Per person, fixed at build.
  readonly home: Int32Array;
  readonly skill: Float64Array;
  readonly motivationBase: Float64Array;
  /** Headcount per department (establishment). */
  readonly headcount: Int32Array;

  // Per person, carried from day to day (and where each sits: `unit` and its runs, from Seating).
  readonly fatigue: Float64Array;
  readonly motivation: Float64Array;
  /** Perceived chance per working day of a spot check. */
  readonly risk: Float64Array;
  /** Working days in a row without a rest day. */
  readonly streak: Int32Array;

  // Per person, today. Uses add up to `cap`.
  readonly status: Uint8Array;
  readonly cap: Float64Array;
  /** Hours demanded today on a working day (0 otherwise). */
  readonly scheduled: Float64Array;
  readonly hRegular: Float64Array;
  readonly hCampaign: Float64Array;
  readonly hShared: Float64Array;
  readonly hReporting: Float64Array;
  readonly hMeetings: Float64Array;
  readonly hShirked: Float64Array;
  readonly hIdle: Float64Array;
  readonly hRest: Float64Array;
  readonly hSick: Float64Array;
  /** Hours of home work reaching a seconded person today (home-work.ts; 0 for everyone else). */
  readonly homeHours: Float64Array;
  /** Hours a person means to spend on work queues today, after reporting, meetings and shirking. */
  readonly planned: Float64Array;
  /** Of `planned`, hours of home core work reaching a seconded person (double load). */
  readonly leakPlanned: Float64Array;
  /** Share of output that was faulty today (to be redone). */
  readonly errorShare: Float64Array;

  // Per unit, today.
  /** Queues, index unit * NUM_KINDS + kind. */
  readonly queues: WorkQueue[];
  /** Minimum output (fresh hours) a unit must put on each kind today, set by coordination; index unit * NUM_KINDS + kind. */
  readonly mustOutput: Float64Array;
  /** Meeting hours a unit must supply today (set by coordination), spread over its working staff. */
  readonly meetingDemand: Float64Array;
  /** Multiplier on a unit's incentive weight for each kind (two-way assessment); 1 = as the scenario says. Index unit * NUM_KINDS + kind. */
  readonly incentiveGain: Float64Array;
  /** Share of each working person's queue hours going to each kind; index unit * NUM_KINDS + kind. */
  readonly kindShare: Float64Array;
  /** Share of planned queue hours left idle for want of work. */
  readonly idleShare: Float64Array;
  /** Per unit: spot checks seen today, a catch counting catchSalience more (working-day.ts); per working person at the end of the day (end-of-day.ts). */
  readonly checksSeen: Float64Array;
  /** Per department: share of seconded staff's home-leak hours that found work. */
  readonly leakUsedShare: Float64Array;

  // Campaigns.
  /** Campaign index active on each day, or -1. */
  readonly campaignOfDay: Int16Array;
  /** Day-level settings of every day, the campaigns' included (day-plan.ts). */
  readonly plan: DayPlan;
  /** Campaign active today, or null. */
  campaign: Campaign | null;
  campaignIndex: number;
  /** Campaign items done per unit since the last reversal, and their effort (hours). */
  readonly doneSinceReversal: Float64Array;
  readonly effortSinceReversal: Float64Array;

  /** Per unit: regular items dropped undone (lapsed) since the run began (the record's undone_regular adds the open ones). */
  readonly lapsedSoFar: Float64Array;

  /** Today's record: (U + 1) rows of NUM_METRICS. */
  readonly rec: Float64Array;
  readonly hist: UnitHistogram[];
}
