/**
 * The county figures the report's comparison, sweep and sensitivity charts show, with plain labels
 * and units. Shares are shown in percent (scale 100) so every panel reads in its own unit.
 */
export const KEY_METRICS = [
  { key: 'regular_done_per_staff_week', label: 'Regular items done per staff member per week', short: 'Regular work (items/staff/week)', scale: 1, digits: 2 },
  { key: 'worked_hours_per_staff_week', label: 'Hours worked per staff member per week', short: 'Hours worked (h/staff/week)', scale: 1, digits: 1 },
  { key: 'shirk_rate', label: 'Shirking (% of working hours)', short: 'Shirking (% of working hours)', scale: 100, digits: 1 },
  { key: 'fatigue_mean', label: 'Mean fatigue (0 = rested, 1 = exhausted)', short: 'Mean fatigue (0 to 1)', scale: 1, digits: 2 },
  { key: 'regular_backlog_end', label: 'Regular backlog at the end of the period (items)', short: 'Regular backlog at end (items)', scale: 1, digits: 0 },
  { key: 'wasted_hours', label: 'Hours wasted by policy reversals', short: 'Hours wasted by reversals', scale: 1, digits: 0 },
] as const;

export type KeyMetric = (typeof KEY_METRICS)[number];

/** Periods in plain words, short enough for an axis: a campaign's name without its parenthesis. */
export function periodName(id: string, campaigns: { id: string; name: string }[]): string {
  return campaigns.find((c) => c.id === id)?.name.replace(/\s*\(.*$/, '') ?? ({ baseline: 'Before campaigns', after: 'After campaigns', overall: 'Whole run' } as Record<string, string>)[id] ?? id;
}
