/**
 * The daily record: one row of numbers per unit (each department, the campaign headquarters when a
 * scenario has campaigns, and a county total last). The model writes it in place every day; collectors
 * read it. Hours are booked where a person sits; items are booked to the queue they belong to.
 * Coordination of shared work (cases B-E, sim/model/coordination): work that has no department yet
 * (waiting for an owner) or never gets one (settled in the community, by partners) is booked on the
 * county row only; so on the county row, shared tasks arrived = done + open + waiting.
 */

/** Units of the record's figures (a subset of the registry's MeasureUnit, sim/measures/measure.ts). */
export type RecordUnit = 'people' | 'h' | 'items' | 'tasks' | 'days' | 'events' | 'checks' | 'calls' | 'meetings' | 'times' | '0–1' | '1/day';

/**
 * label, unit, whether it is a level (a state at the end of the day, or a mean over people: not
 * additive over days) or a flow (counted during the day), what it counts, the mechanism that books
 * it, and whether more is better or worse.
 */
export type RecordField = readonly [label: string, unit: RecordUnit, kind: 'level' | 'flow', description: string, phase: string, better?: 'higher' | 'lower'];

/**
 * Each figure of the record, in column order (daily.csv's columns follow it): its label, unit,
 * level or flow, meaning, the mechanism that books it (docs/ODD.md: a phase of sim/model/, or a
 * numbered part of its working-day.ts or end-of-day.ts pass) and which way is good news, if any.
 * This is the one definition of a daily figure: sim/measures/daily-measures.ts derives the registry's
 * entries from it, and the code that books a new figure is the only other place it must be added.
 */
export const RECORD = {
  staff: ['People in the unit', 'people', 'level', 'People sitting in the unit today (seconded staff sit at the headquarters).', 'secondment'],
  staff_working: ['People working', 'people', 'level', 'Of those, on a working day.', 'schedule'],
  staff_resting: ['People resting', 'people', 'level', 'Of those, on a rest day.', 'schedule'],
  staff_sick: ['People sick', 'people', 'level', 'Of those, off sick.', 'sickness', 'lower'],
  seconded_away: ['Seconded away', 'people', 'level', "The department's staff at the campaign headquarters today.", 'secondment'],
  hours_capacity: ['Capacity', 'h', 'flow', 'Scheduled hours on working days plus contracted hours on rest and sick days; the nine uses below add up to it.', 'schedule'],
  hours_regular: ['Hours on regular duties', 'h', 'flow', 'Hours worked on regular items.', 'work'],
  hours_campaign: ['Hours on campaign work', 'h', 'flow', 'Hours worked on campaign items.', 'work'],
  hours_shared: ['Hours on shared work', 'h', 'flow', 'Hours worked on shared tasks.', 'work'],
  hours_reporting: ['Reporting hours', 'h', 'flow', 'Reports and work diaries.', 'day-split', 'lower'],
  hours_meetings: ['Meeting hours', 'h', 'flow', 'Coordination meetings and joint conferences.', 'coordination', 'lower'],
  hours_shirked: ['Hours shirked', 'h', 'flow', 'Hours scheduled but shirked.', 'shirking', 'lower'],
  hours_idle: ['Idle hours', 'h', 'flow', 'Hours present with no work to do.', 'work'],
  hours_rest: ['Rest hours', 'h', 'flow', 'Contracted hours of rest days.', 'schedule'],
  hours_sick: ['Sick hours', 'h', 'flow', 'Contracted hours of sick days.', 'sickness', 'lower'],
  hours_rework: ['Rework hours', 'h', 'flow', 'Part of worked hours whose output was faulty and redone.', 'work', 'lower'],
  arrived_regular: ['Regular items arrived', 'items', 'flow', 'Regular items that arrived today.', 'arrivals'],
  arrived_campaign: ['Campaign items arrived', 'items', 'flow', 'Campaign items that arrived today (reissued ones included).', 'arrivals'],
  arrived_shared: ['Shared tasks arrived', 'tasks', 'flow', 'Shared tasks that arrived today.', 'coordination'],
  done_regular: ['Regular items done', 'items', 'flow', 'Regular items finished today (home work done by seconded staff counts in the home department).', 'work', 'higher'],
  done_campaign: ['Campaign items done', 'items', 'flow', 'Campaign items finished today.', 'work', 'higher'],
  done_shared: ['Shared tasks done', 'tasks', 'flow', 'Shared tasks finished today (partners\' included).', 'work', 'higher'],
  late_regular: ['Regular items late', 'items', 'flow', 'Of the regular items finished today, those past their deadline.', 'work', 'lower'],
  late_campaign: ['Campaign items late', 'items', 'flow', 'Of the campaign items finished today, those past their deadline.', 'work', 'lower'],
  late_shared: ['Shared tasks late', 'tasks', 'flow', 'Of the shared tasks finished today, those past their deadline.', 'work', 'lower'],
  lead_days_regular: ['Lead days, regular', 'days', 'flow', 'Sum over regular items finished today of (finish day − arrival day + 1); divide by done_regular for the mean.', 'work'],
  lead_days_campaign: ['Lead days, campaign', 'days', 'flow', 'The same for campaign items.', 'work'],
  lead_days_shared: ['Lead days, shared', 'days', 'flow', 'The same for shared tasks.', 'work'],
  open_regular: ['Open regular items', 'items', 'level', 'Regular items open at the end of the day.', 'work', 'lower'],
  open_campaign: ['Open campaign items', 'items', 'level', 'Campaign items open at the end of the day.', 'work'],
  open_shared: ['Open shared tasks', 'tasks', 'level', 'Shared tasks with an owner, open at the end of the day.', 'work', 'lower'],
  backlog_hours_regular: ['Regular backlog hours', 'h', 'level', 'Fresh-work hours still needed on open regular items.', 'work', 'lower'],
  undone_regular: ['Regular work left undone', 'items', 'level', 'Open regular items at the end of the day plus every regular item dropped undone (lapsed) since the run began: requests not yet served and requests never served.', 'lapse', 'lower'],
  output_hours: ['Output', 'h', 'flow', 'Fresh-work hours produced today, net of faulty output, all kinds.', 'work', 'higher'],
  lapsed_regular: ['Regular items dropped undone', 'items', 'flow', 'Regular items dropped undone (never served), lapseDays past their deadline: they leave the backlog without being done.', 'lapse', 'lower'],
  discarded_campaign: ['Campaign items discarded', 'items', 'flow', 'Campaign items done earlier and thrown away by a policy reversal today.', 'reversal', 'lower'],
  expired_campaign: ['Campaign items expired', 'items', 'flow', "Campaign items still open at the end of their campaign's last day, closed unfinished (booked on that day).", 'campaign', 'lower'],
  reissued_campaign: ['Campaign items reissued', 'items', 'flow', 'Discarded items the new policy still needs, back as new tasks (also in arrived_campaign).', 'reversal'],
  wasted_hours: ['Hours wasted', 'h', 'flow', 'Effort of the items discarded today.', 'reversal', 'lower'],
  reversals: ['Policy reversal', 'events', 'flow', '1 on a day with a policy reversal (county row: 1 if any unit had one).', 'reversal'],
  inspections: ['Spot checks', 'checks', 'flow', 'Spot checks made.', 'inspection'],
  caught: ['Shirkers caught', 'people', 'flow', 'Shirkers caught by spot checks.', 'inspection'],
  fatigue_mean: ['Mean fatigue', '0–1', 'level', "Mean fatigue of the unit's people (0 rested, 1 exhausted).", 'fatigue', 'lower'],
  fatigue_p90: ['Fatigue, 90th percentile', '0–1', 'level', "90th percentile of the unit's people's fatigue.", 'fatigue', 'lower'],
  motivation_mean: ['Mean motivation', '0–1', 'level', 'Mean motivation.', 'motivation', 'higher'],
  perceived_risk_mean: ['Perceived check risk', '1/day', 'level', 'Mean perceived chance of a spot check per day.', 'inspection'],
  shared_problems: ['Shared problems', 'events', 'flow', 'Shared problems that arose (county row); a whistle makes one task per called department.', 'coordination'],
  shared_assigned: ['Shared tasks taken on', 'tasks', 'flow', 'Shared tasks the unit took on today (claimed, assigned, ruled on or called).', 'coordination'],
  shared_wait_days: ['Wait days of shared tasks', 'days', 'flow', 'Days the tasks taken on today had waited for an owner (sum).', 'coordination', 'lower'],
  shared_passes: ['Shared tasks passed on', 'times', 'flow', 'Times the unit declined a shared task when its turn came, leaving it to another listed department (hand-offs between departments).', 'coordination', 'lower'],
  shared_handbacks: ['Assignments handed back', 'times', 'flow', "Times the unit handed a coordinating office's or command centre's assignment back (it did not stick) and the task waited on.", 'coordination', 'lower'],
  shared_escalations: ['Escalations', 'tasks', 'flow', 'Tasks escalated to superiors (every listed department passed) or to a joint conference.', 'coordination', 'lower'],
  shared_waiting: ['Shared tasks waiting', 'tasks', 'level', 'Shared tasks waiting for an owner at the end of the day (county row).', 'coordination', 'lower'],
  whistles: ['Whistles blown', 'events', 'flow', "Whistles blown: the street's on the county row, a department's on its own row.", 'coordination'],
  response_calls: ['Whistle calls', 'calls', 'flow', 'Whistle calls the unit had to answer.', 'coordination'],
  response_breaches: ['Calls answered late', 'calls', 'flow', 'Calls not answered within the response limit (counted once, the day after the limit).', 'coordination', 'lower'],
  conferences: ['Joint conferences', 'meetings', 'flow', "Joint conferences convened over the unit's task.", 'coordination'],
  community_settled: ['Settled in the community', 'events', 'flow', 'Events triage settled at community level (county row).', 'coordination'],
  partner_taken: ['Taken by partners', 'tasks', 'flow', 'Tasks outside partners took on (county row).', 'coordination'],
  partner_done: ['Done by partners', 'tasks', 'flow', 'Tasks partners settled (county row; also in done_shared).', 'coordination'],
  partner_returned: ['Returned by partners', 'tasks', 'flow', 'Tasks partners finished badly and handed back to wait again (county row).', 'coordination', 'lower'],
  partner_hours: ['Partner hours', 'h', 'flow', 'Hours outside partners worked (county row).', 'coordination'],
  assessment_score: ['Assessment score', '0–1', 'level', 'Two-way assessment score of a department; county: mean over departments.', 'coordination', 'higher'],
} as const satisfies Record<string, RecordField>;

export type MetricName = keyof typeof RECORD;
export const METRICS = Object.keys(RECORD) as readonly MetricName[];

export const NUM_METRICS = METRICS.length;
// Spread into a fresh literal: V8 keeps an object built by Object.fromEntries with this many keys in
// slow dictionary mode, and the daily loop reads these indices millions of times.
export const M = { ...Object.fromEntries(METRICS.map((m, i) => [m, i])) } as { readonly [K in MetricName]: number };

/** Metrics that are levels or means (not additive over days): RECORD's `level` figures. */
export const LEVEL_METRICS: ReadonlySet<MetricName> = new Set(METRICS.filter((m) => (RECORD[m] as RecordField)[2] === 'level'));

/**
 * How the county row of a figure is made from the units' rows, where it is not their sum (every other
 * figure, flow or level, is summed over the units by tally.ts). tally.ts builds its lists from this,
 * and docs/OUTPUTS.md's "over units" column reads it (sim/measures/daily-measures.ts), so the two
 * cannot disagree.
 */
export const COUNTY_ROW = {
  reversals: 'largest', // 1 if any unit had one
  fatigue_mean: 'mean over people',
  fatigue_p90: 'percentile over people', // of all the county's people, from the units' histograms
  motivation_mean: 'mean over people',
  perceived_risk_mean: 'mean over people',
  shared_waiting: 'county only', // work with no owner yet sits on the county row alone
  assessment_score: 'mean over departments',
} as const satisfies Partial<Record<MetricName, string>>;
export type CountyRow = (typeof COUNTY_ROW)[keyof typeof COUNTY_ROW] | 'sum';
/** How a figure's county row combines the units. */
export const countyRow = (m: MetricName): CountyRow => (COUNTY_ROW as Partial<Record<MetricName, CountyRow>>)[m] ?? 'sum';

/** Kinds of work. Each unit has one queue per kind. */
export const KIND = { regular: 0, campaign: 1, shared: 2 } as const;
export const NUM_KINDS = 3;
