import { campaignHeadline } from '../headlines.js';
import type { Results } from '../read/results.js';
import { datesOfDays, weeklySeries } from '../series.js';
import { spreadNote, topLevel, type Plot } from './plot.js';
import { campaignSpans, dateX, shadingLayer } from './time.js';

/** Scheduled working hours: every use of a working day (shirked and idle included), as summary.ts's shirk_rate. */
const SCHEDULED = ['hours_regular', 'hours_campaign', 'hours_shared', 'hours_reporting', 'hours_meetings', 'hours_shirked', 'hours_idle'];

/** Shirked hours as a share of scheduled working hours, county, by week. */
export function shirkingPlot(results: Results): Plot | null {
  const daily = results.daily;
  if (!daily) return null;
  const points = weeklySeries(daily, ['county'], SCHEDULED, (s) => {
    const scheduled = SCHEDULED.reduce((a, m) => a + s[m], 0);
    return scheduled > 0 ? s.hours_shirked / scheduled : null;
  });
  const rows = points.map((p) => ({ week_start: p.date, shirk_share: p.value, lo: p.lo, hi: p.hi }));
  const y = { field: 'shirk_share', type: 'quantitative', title: 'Hours shirked (share)', axis: { format: '.0%' } };
  const spec = topLevel('Shirking, county', ['Shirked hours as a share of scheduled working hours, by week; grey: campaigns.', spreadNote(results.replicates)], {
    width: 520,
    height: 260,
    layer: [
      { data: { values: campaignSpans(results, datesOfDays(daily)) }, ...shadingLayer(null) },
      ...(results.replicates > 1
        ? [{ data: { values: rows }, mark: { type: 'area', opacity: 0.25, color: '#e45756' }, encoding: { x: dateX('week_start'), y: { ...y, field: 'lo' }, y2: { field: 'hi' } } }]
        : []),
      {
        data: { values: rows },
        mark: { type: 'line', color: '#e45756', strokeWidth: 2 },
        encoding: {
          x: dateX('week_start'),
          y,
          tooltip: [
            { field: 'week_start', type: 'nominal', title: 'Week of' },
            { field: 'shirk_share', type: 'quantitative', title: 'Shirked', format: '.1%' },
          ],
        },
      },
    ],
  });
  return {
    name: 'shirking',
    headline: campaignHeadline(results, 'shirk_rate'),
    title: 'Shirking over time',
    caption:
      'The share of scheduled working hours that staff spent on other things (shirked) instead of their duties, for the whole county, week by week. Grey bands are the campaigns.',
    spec,
    data: rows,
  };
}
