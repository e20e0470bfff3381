/**
 * The reference's daily figures, by name: a row per unit and one for the county, a column per figure.
 * The names are the model's published column names (daily.csv, the library's METRICS); the order is
 * the reference's own, and test/bench/fused.test.ts matches the two by name. A figure the model adds
 * must be added here (and computed) or to NOT_MODELLED: the test names it otherwise.
 */
export const FIGURES = [
  // People, where they sit.
  'staff', 'staff_working', 'staff_resting', 'staff_sick', 'seconded_away',
  // Hours by use; with the two below that are always 0 here (shared work, meetings), they add up to the capacity.
  'hours_capacity', 'hours_regular', 'hours_campaign', 'hours_reporting', 'hours_shirked', 'hours_idle', 'hours_rest', 'hours_sick', 'hours_rework',
  // Items.
  'arrived_regular', 'arrived_campaign', 'done_regular', 'done_campaign', 'late_regular', 'late_campaign',
  'lead_days_regular', 'lead_days_campaign', 'open_regular', 'open_campaign', 'backlog_hours_regular',
  'undone_regular', 'output_hours', 'lapsed_regular',
  // Campaign events.
  'discarded_campaign', 'expired_campaign', 'reissued_campaign', 'wasted_hours', 'reversals',
  // Checks and the people's levels.
  'inspections', 'caught', 'fatigue_mean', 'fatigue_p90', 'motivation_mean', 'perceived_risk_mean',
] as const;

export type Figure = (typeof FIGURES)[number];

/**
 * The model's figures of mechanisms the reference refuses (shared duties, coordination, partners:
 * fits.ts). They are 0 on every scenario the reference accepts, which the test checks.
 */
export const NOT_MODELLED = [
  'hours_shared', 'hours_meetings', 'arrived_shared', 'done_shared', 'late_shared', 'lead_days_shared', 'open_shared', 'shared_problems', 'shared_assigned',
  'shared_wait_days', 'shared_passes', 'shared_handbacks', 'shared_escalations', 'shared_waiting', 'whistles',
  'response_calls', 'response_breaches', 'conferences', 'community_settled', 'partner_taken', 'partner_done',
  'partner_returned', 'partner_hours', 'assessment_score',
] as const;

/** Columns of a row. */
export const WIDTH = FIGURES.length;

/** Each figure's column. */
// Spread into a fresh literal: V8 keeps an object made by Object.fromEntries with this many keys in
// slow dictionary mode.
export const COL = { ...Object.fromEntries(FIGURES.map((f, i) => [f, i])) } as { readonly [F in Figure]: number };
