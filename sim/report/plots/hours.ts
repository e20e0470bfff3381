import { campaignHeadline } from '../headlines.js';
import type { Results } from '../read/results.js';
import { weeklySeries } from '../series.js';
import { topLevel, type Plot } from './plot.js';
import { dateX } from './time.js';

/** Uses of paid time, in stacking order (work at the bottom, time off at the top), with fixed colours. */
const USES = [
  { metric: 'hours_regular', label: 'Regular work', color: '#4c78a8' },
  { metric: 'hours_campaign', label: 'Campaign work', color: '#f58518' },
  { metric: 'hours_shared', label: 'Shared work', color: '#72b7b2' },
  { metric: 'hours_reporting', label: 'Reporting', color: '#eeca3b' },
  { metric: 'hours_meetings', label: 'Meetings', color: '#b279a2' },
  { metric: 'hours_shirked', label: 'Hours shirked', color: '#e45756' },
  { metric: 'hours_idle', label: 'Idle (no work to do)', color: '#bab0ac' },
  { metric: 'hours_sick', label: 'Sick', color: '#9d755d' },
  { metric: 'hours_rest', label: 'Rest days', color: '#d6e4ea' },
] as const;

/**
 * Where the county's hours went, per staff member per week, stacked. Campaigns show as the orange
 * band growing and the rest-day band shrinking (rest days cancelled).
 */
export function hoursPlot(results: Results): Plot | null {
  const daily = results.daily;
  if (!daily) return null;
  const rows: Record<string, unknown>[] = [];
  USES.forEach((u, order) => {
    for (const p of weeklySeries(daily, ['county'], [u.metric, 'staff'], (s) => (s.staff > 0 ? (s[u.metric] / (s.staff / s.days)) * (7 / s.days) : null))) {
      rows.push({ week_start: p.date, use: u.label, order, hours_per_staff_week: p.value });
    }
  });
  const note = results.replicates > 1 ? `Mean of ${results.replicates} replicates.` : 'A single run (one seed).';
  const spec = topLevel('Hours by use, county', ['Hours per staff member per week, stacked: work, reporting, meetings, hours shirked and idle make the hours at work.', note], {
    data: { values: rows },
    width: 520,
    height: 300,
    mark: { type: 'area', interpolate: 'step-after' },
    encoding: {
      x: dateX('week_start'),
      y: { field: 'hours_per_staff_week', type: 'quantitative', stack: 'zero', title: 'Hours per staff member per week' },
      color: {
        field: 'use',
        type: 'nominal',
        title: 'Use of time',
        scale: { domain: USES.map((u) => u.label), range: USES.map((u) => u.color) },
        legend: { orient: 'right' },
      },
      order: { field: 'order', type: 'quantitative' },
      tooltip: [
        { field: 'week_start', type: 'nominal', title: 'Week of' },
        { field: 'use', type: 'nominal', title: 'Use' },
        { field: 'hours_per_staff_week', type: 'quantitative', title: 'Hours / staff / week', format: '.1f' },
      ],
    },
  });
  return {
    name: 'hours',
    headline: campaignHeadline(results, 'scheduled_hours_per_staff_week'),
    title: 'Hours by use',
    caption:
      'How an average staff member of the county spent paid time each week. Rest days count at contracted hours, so the stack is the full paid week; campaigns show as campaign work pushing out rest days and regular work.',
    spec,
    data: rows.map(({ order: _o, ...r }) => r),
  };
}
