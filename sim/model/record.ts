/**
 * The daily record: one row of numbers per unit (each department, the campaign headquarters when a
 * scenario has campaigns, and a county total last). The model writes it in place every day; collectors
 * read it. Hours are booked where a person sits; items are booked to the queue they belong to.
 */
export const METRICS = [
  'staff', // people sitting in the unit today
  'staff_working',
  'staff_resting',
  'staff_sick',
  'seconded_away', // staff of this department at the campaign headquarters today
  'hours_capacity', // scheduled hours on working days, contracted hours on rest and sick days
  'hours_regular',
  'hours_campaign',
  'hours_shared',
  'hours_reporting',
  'hours_meetings',
  'hours_shirked',
  'hours_idle',
  'hours_rest',
  'hours_sick',
  'hours_rework', // part of worked hours whose output was faulty and had to be redone
  'arrived_regular',
  'arrived_campaign',
  'arrived_shared',
  'done_regular',
  'done_campaign',
  'done_shared',
  'late_regular',
  'late_campaign',
  'late_shared',
  'lead_days_regular', // sum over items done today of (done day - arrival day + 1)
  'lead_days_campaign',
  'lead_days_shared',
  'open_regular',
  'open_campaign',
  'open_shared',
  'backlog_hours_regular', // hours of fresh work still needed on open regular items
  'output_hours', // fresh-work hours produced today (net of faulty output), all kinds
  'lapsed_regular', // regular items dropped undone, lapseDays past their deadline
  'discarded_campaign', // campaign items done earlier and thrown away by a policy reversal today
  'expired_campaign', // campaign items still open when their campaign ended, closed unfinished
  'reissued_campaign', // discarded items the new policy still needs, back as new tasks (also in arrived_campaign)
  'wasted_hours', // hours spent on the discarded items
  'reversals',
  'inspections',
  'caught',
  'fatigue_mean',
  'fatigue_p90',
  'motivation_mean',
  'perceived_risk_mean',
  // Coordination of shared work (cases B-E, sim/model/coordination). Work that has no department yet
  // (waiting for an owner) or never gets one (settled in the community, by partners) is booked on the
  // county row only; so on the county row, shared tasks arrived = done + open + waiting.
  'shared_problems', // shared problems that arose (county row); a whistle makes one task per called department
  'shared_assigned', // shared tasks the unit took on today (claimed, assigned, ruled on or called)
  'shared_wait_days', // days those tasks had waited for an owner
  'shared_passes', // times the unit passed a shared task on (declined it, or handed an assignment back)
  'shared_escalations', // tasks escalated to superiors (every listed department passed) or to a joint conference
  'shared_waiting', // shared tasks waiting for an owner at the end of the day (county row)
  'whistles', // whistles blown: the street's on the county row, a department's on its own row
  'response_calls', // whistle calls the unit had to answer
  'response_breaches', // calls not answered within the response limit (counted once, the day after the limit)
  'conferences', // joint conferences convened over the unit's task
  'community_settled', // events triage settled at community level (county row)
  'partner_taken', // tasks outside partners took on (county row)
  'partner_done', // tasks partners settled (county row; also in done_shared)
  'partner_returned', // tasks partners finished badly and handed back to wait again (county row)
  'partner_hours', // hours outside partners worked (county row)
  'assessment_score', // two-way assessment score of a department, 0..1; county: mean over departments
] as const;

export type MetricName = (typeof METRICS)[number];
export const NUM_METRICS = METRICS.length;
// Spread into a fresh literal: V8 keeps an object built by Object.fromEntries with this many keys in
// slow dictionary mode, and the daily loop reads these indices millions of times.
export const M = { ...Object.fromEntries(METRICS.map((m, i) => [m, i])) } as { readonly [K in MetricName]: number };

/** Metrics that are levels or means (not additive over days). */
export const LEVEL_METRICS: ReadonlySet<MetricName> = new Set([
  'staff', 'staff_working', 'staff_resting', 'staff_sick', 'seconded_away',
  'open_regular', 'open_campaign', 'open_shared', 'backlog_hours_regular',
  'fatigue_mean', 'fatigue_p90', 'motivation_mean', 'perceived_risk_mean',
  'shared_waiting', 'assessment_score',
]);

/** Kinds of work. Each unit has one queue per kind. */
export const KIND = { regular: 0, campaign: 1, shared: 2 } as const;
export const NUM_KINDS = 3;
