import type { Results } from './read/results.js';
import { datesOfDays } from './series.js';
import { dateAt } from './plots/time.js';
import { statOf } from './stat.js';
import { formatValue } from '../measures/measure.js';
import { measureInfo, type WindowMeasureName } from '../measures/measures.js';
import { cell, plural } from './text.js';
import { bySizeThatMatters, differenceCells } from './findings.js';
import { shownMeasures, windowName } from './metrics.js';
import { measureTitle, tr, type Locale } from './locale.js';

/** A table for both the HTML and the Markdown report: plain text cells, escaped by the writer. */
export interface Table {
  title: string;
  note: string;
  header: string[];
  rows: string[][];
  /** Columns whose cells must not wrap (dates: "2017-01-02 to 2017-01-29" read whole or not at all). */
  nowrap?: number[];
}

/** The measures of the period table; their titles, units and decimals come from the registry. */
const COLUMNS = (['regular_done_per_staff_week', 'scheduled_hours_per_staff_week', 'shirk_rate', 'shirked_hours_per_staff_week', 'fatigue_mean', 'fatigue_p90_mean', 'regular_backlog_end', 'wasted_hours'] satisfies WindowMeasureName[]).map((key) => {
  const info = measureInfo(key)!;
  return [key, (x: number) => formatValue(info, x)] as const;
});

/** The county's figures per window (before, each campaign, gaps, after, overall). */
export function windowTable(r: Results, locale: Locale = 'en'): Table | null {
  if (r.windows.length === 0) return null;
  const dates = datesOfDays(r.daily);
  return {
    title: tr('periodTable', locale),
    note: r.replicates > 1 ? tr('periodNoteReplicates', locale, { n: r.replicates }) : tr('periodNoteSingle', locale),
    header: [tr('period', locale), tr('dates', locale), tr('days', locale), ...COLUMNS.map(([k]) => measureTitle(k, locale))],
    nowrap: [1],
    rows: r.windows.map((w) => {
      const from = dateAt(dates, w.from);
      const to = dateAt(dates, w.to - 1);
      const when = from && to ? tr('dateRange', locale, { from, to }) : tr('dayRange', locale, { from: String(w.from), to: String(w.to - 1) });
      return [windowName(w.id, r.campaigns, locale, w.to - w.from), when, String(w.to - w.from), ...COLUMNS.map(([k, f]) => cell(statOf(w.county[k]), f))];
    }),
  };
}

/**
 * The scenario's parameters as path = value rows. Lists of objects with an id are keyed by the id
 * (departments.audit.headcount), which reads better than positions and survives reordering.
 */
export function parameterTable(r: Results, locale: Locale = 'en'): Table | null {
  if (!r.scenario) return null;
  const rows: string[][] = [];
  const walk = (v: unknown, path: string): void => {
    if (Array.isArray(v)) {
      if (v.every((x) => x === null || typeof x !== 'object')) rows.push([path, v.length ? v.map(String).join(', ') : tr('none', locale)]);
      else v.forEach((x, i) => walk(x, `${path}.${x && typeof x === 'object' && typeof (x as { id?: unknown }).id === 'string' ? (x as { id: string }).id : i}`));
    } else if (v && typeof v === 'object') {
      // `names` holds a department's name in other languages: a translation, not a parameter.
      for (const [k, x] of Object.entries(v)) if (k !== '$schema' && k !== 'id' && k !== 'names') walk(x, path ? `${path}.${k}` : k);
    } else rows.push([path, v === null || v === undefined ? '' : String(v)]);
  };
  const { description: _d, ...rest } = r.scenario;
  walk(rest, '');
  return { title: tr('parameters', locale), note: tr('parameterNote', locale), header: [tr('parameter', locale), tr('value', locale)], rows };
}

/**
 * A comparison's results, county, whole run: each arm against the baseline on the measures the
 * report is about, largest change that matters first (findings.ts), with the interval, the relative
 * change and its size in words, the standardised difference and the pairs' count.
 */
export function compareTable(r: Results, locale: Locale = 'en'): Table | null {
  const exp = r.experiment;
  if (exp?.kind !== 'compare' || !exp.differences) return null;
  const keys = shownMeasures(r, locale).map((m) => m.key);
  const rows = exp.differences.filter((d) => d.window === 'overall' && d.unit === 'county' && keys.includes(d.metric) && d.diff_mean !== null).sort(bySizeThatMatters);
  if (rows.length === 0) return null;
  const arms = new Set(rows.map((d) => d.arm)).size > 1;
  const zh = locale !== 'en';
  return {
    title: zh ? tr('compareTable', locale) : 'Results',
    note: zh ? tr('compareTableNote', locale, { n: exp.replicates }) : `County, whole run after the warm-up; ${plural(exp.replicates, 'paired replicate')} (the same seeds in every scenario). Shares in %, their differences in percentage points; change: the difference over the baseline's mean (under 5% small, under 20% moderate); standardised difference: the mean paired difference over its standard deviation. differences.csv has every measure and period.`,
    header: zh
      ? [tr('measure', locale), ...(arms ? [tr('scenario', locale)] : []), rows[0].baseline, arms ? tr('armValue', locale) : rows[0].arm, tr('difference', locale), tr('ci95', locale), tr('change', locale), tr('effect', locale), tr('higherIn', locale)]
      : ['Measure', ...(arms ? ['Scenario'] : []), rows[0].baseline, arms ? 'Value' : rows[0].arm, 'Difference', '95% CI', 'Change', 'Standardised difference', 'Higher than the baseline in'],
    nowrap: [arms ? 5 : 4],
    rows: rows.map((d) => {
      const c = differenceCells(d, locale);
      return [c.measure, ...(arms ? [d.arm] : []), c.baseline, c.arm, c.difference, c.ci, c.relative, c.effect, c.higher];
    }),
  };
}
