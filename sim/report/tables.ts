import type { Results } from './read/results.js';
import { datesOfDays } from './series.js';
import { dateAt } from './plots/time.js';
import { statOf } from './stat.js';
import { formatValue, titleOf } from '../metrics/measure.js';
import { measureInfo } from '../metrics/measures.js';
import { cell } from './text.js';

/** A table for both the HTML and the Markdown report: plain text cells, escaped by the writer. */
export interface Table {
  title: string;
  note: string;
  header: string[];
  rows: string[][];
}

/** The measures of the period table; their titles, units and decimals come from the registry. */
const COLUMNS = ['regular_done_per_staff_week', 'worked_hours_per_staff_week', 'shirk_rate', 'fatigue_mean', 'fatigue_p90_mean', 'regular_backlog_end', 'wasted_hours'].map((key) => {
  const info = measureInfo(key)!;
  return [key, titleOf(info), (x: number) => formatValue(info, x)] as const;
});

/** The county's figures per window (before, each campaign, gaps, after, overall). */
export function windowTable(r: Results): Table | null {
  if (r.windows.length === 0) return null;
  const dates = datesOfDays(r.daily);
  const name = (id: string) => r.campaigns.find((c) => c.id === id)?.name ?? ({ baseline: 'Before the campaigns', after: 'After the campaigns', overall: 'Whole run' } as Record<string, string>)[id] ?? id;
  return {
    title: 'County figures by period',
    note: r.replicates > 1 ? `Means of ${r.replicates} replicates, 95% confidence intervals in brackets.` : 'A single run: no intervals.',
    header: ['Period', 'Dates', 'Days', ...COLUMNS.map((c) => c[1])],
    rows: r.windows.map((w) => {
      const from = dateAt(dates, w.from);
      const to = dateAt(dates, w.to - 1);
      return [name(w.id), from && to ? `${from} to ${to}` : `day ${w.from} to ${w.to - 1}`, String(w.to - w.from), ...COLUMNS.map(([k, , f]) => cell(statOf(w.county[k]), f))];
    }),
  };
}

/**
 * The scenario's parameters as path = value rows. Lists of objects with an id are keyed by the id
 * (departments.audit.headcount), which reads better than positions and survives reordering.
 */
export function parameterTable(r: Results): Table | null {
  if (!r.scenario) return null;
  const rows: string[][] = [];
  const walk = (v: unknown, path: string): void => {
    if (Array.isArray(v)) {
      if (v.every((x) => x === null || typeof x !== 'object')) rows.push([path, v.length ? v.map(String).join(', ') : '(none)']);
      else v.forEach((x, i) => walk(x, `${path}.${x && typeof x === 'object' && typeof (x as { id?: unknown }).id === 'string' ? (x as { id: string }).id : i}`));
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) if (k !== '$schema' && k !== 'id') walk(x, path ? `${path}.${k}` : k);
    } else rows.push([path, v === null || v === undefined ? '' : String(v)]);
  };
  const { description: _d, ...rest } = r.scenario;
  walk(rest, '');
  return { title: 'Parameters', note: 'The scenario as run, defaults filled in (see docs/SCENARIOS.md for units and meaning).', header: ['Parameter', 'Value'], rows };
}
