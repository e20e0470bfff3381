import type { Measure } from './presets.js';

/** What a comparison reports, in this order; 'better' is the direction a class would call better. */
export const MEASURES: readonly Measure[] = [
  'regular_done_per_staff_week', 'regular_backlog_end', 'regular_lapsed', 'worked_hours_per_staff_week', 'shirk_rate', 'fatigue_mean',
  'wasted_hours', 'shared_done', 'shared_wait_days_mean', 'meeting_hours',
];
