import type { Results } from '../read/results.js';
import { datesOfDays, weeklySeries } from '../series.js';
import { spreadNote, topLevel, type Plot } from './plot.js';
import { campaignSpans, dateX, shadingLayer } from './time.js';

const WORKED = ['hours_regular', 'hours_campaign', 'hours_shared', 'hours_reporting', 'hours_meetings'];

/** Shirked hours as a share of hours at work (worked + shirked), county, by week. */
export function shirkingPlot(results: Results): Plot | null {
  const daily = results.daily;
  if (!daily) return null;
  const points = weeklySeries(daily, ['county'], [...WORKED, 'hours_shirked'], (s) => {
    const worked = WORKED.reduce((a, m) => a + s[m], 0);
    return worked + s.hours_shirked > 0 ? s.hours_shirked / (worked + s.hours_shirked) : null;
  });
  const rows = points.map((p) => ({ week_start: p.date, shirk_share: p.value, lo: p.lo, hi: p.hi }));
  const y = { field: 'shirk_share', type: 'quantitative', title: 'Hours shirked (share)', axis: { format: '.0%' } };
  const spec = topLevel('Shirking, county', ['Shirked hours as a share of hours at work, by week; grey: campaigns.', spreadNote(results.replicates)], {
    width: 640,
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
    title: 'Shirking over time',
    caption:
      'The share of hours at work that staff spent on other things (shirked) instead of their duties, for the whole county, week by week. Grey bands are the campaigns.',
    spec,
    data: rows,
  };
}
