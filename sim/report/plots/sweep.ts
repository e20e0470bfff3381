import { shownMeasures } from '../metrics.js';
import type { Results } from '../read/results.js';
import { hasInterval, statOf } from '../stat.js';
import { parameterInfo } from '../../scenario/field-info.js';
import { experimentHeadline } from '../headlines.js';
import { topLevel, type Plot } from './plot.js';
import { parameterLabel, parameterTitle, tr, type Locale } from '../locale.js';


/**
 * A sweep's county figures over the whole run against the swept parameters: a line with its 95%
 * band over one parameter, a heatmap over two (with more than two, the first two; the rest are
 * averaged over, and the subtitle says so). One panel per measure.
 */
export function sweepPlot(results: Results, locale: Locale = 'en'): Plot | null {
  const exp = results.experiment;
  if (!exp || exp.kind !== 'sweep' || exp.parameters.length === 0 || exp.designFigure) return null;
  const [p1, p2] = exp.parameters;
  const SWEEP_METRICS = shownMeasures(results, locale);
  const rows: Record<string, unknown>[] = [];
  for (const pt of exp.points) {
    const w = pt.windows.find((x) => x.kind === 'overall' || x.id === 'overall');
    if (!w) continue;
    for (const m of SWEEP_METRICS) {
      const s = statOf(w.county[m.key]);
      if (!s) continue;
      rows.push({ metric: m.short, [p1]: pt.values[p1], ...(p2 ? { [p2]: pt.values[p2] } : {}), mean: s.mean * m.scale, ...(hasInterval(s) ? { ci_low: s.lo * m.scale, ci_high: s.hi * m.scale } : {}) });
    }
  }
  if (rows.length === 0) return null;
  const numeric = (p: string) => rows.every((r) => typeof r[p] === 'number');
  // Axes say the parameter in words with its unit, from the schema; the subtitle gives its path, as --set and the CSVs name it.
  const axis = (p: string) => ({ field: p, type: numeric(p) ? 'quantitative' : 'ordinal', title: parameterTitle(p, locale) });
  const n = exp.replicates;
  const measures = SWEEP_METRICS;
  const facet = { field: 'metric', type: 'nominal', title: null, sort: measures.map((m) => m.short) };
  const rest = exp.parameters.slice(2);
  const hasBand = !p2 && rows.some((r) => r.ci_low !== undefined);
  const en = locale === 'en';
  const reps = `mean of ${n} replicate${n === 1 ? '' : 's'}`;
  const band = hasBand ? '; band: 95% confidence interval' : '';
  const two = p2 ? 'yes' : 'no';
  const notes = [en ? `Whole run, county. Each ${p2 ? 'cell' : 'point'}: ${reps}${band}.` : tr('sweepNoteEach', locale, { two, n, band: hasBand ? 'yes' : 'no' })];
  notes.push(en ? `${p2 ? 'Across' : 'Along'}: ${p1}${p2 ? `; up: ${p2}` : ''}.` : tr('sweepNoteAxes', locale, { two, p1, p2: p2 ?? '' }));
  if (rest.length) notes.push(en ? `Averaged over ${rest.join(', ')}.` : tr('sweepNoteAveraged', locale, { rest: rest.join(tr('listSeparator', locale)) }));
  // Parameter paths contain dots, which vega-lite reads as nested fields, and a hand-edited table may
  // hold brackets or quotes, which it reads as access paths: escape them all.
  const f = (p: string) => p.replace(/[.[\]\\"']/g, '\\$&');
  const body = p2
    ? {
        data: { values: rows },
        facet,
        columns: 2,
        resolve: { scale: { color: 'independent' } },
        spec: {
          width: 260,
          height: 200,
          layer: [
            {
              mark: { type: 'rect' },
              encoding: {
                x: { ...axis(p1), field: f(p1), type: 'ordinal', axis: { labelAngle: 0 } },
                y: { ...axis(p2), field: f(p2), type: 'ordinal', sort: 'descending' },
                color: { aggregate: 'mean', field: 'mean', type: 'quantitative', title: null, scale: { scheme: 'viridis' }, legend: { orient: 'right' } },
                tooltip: [
                  { field: f(p1), type: 'ordinal', title: parameterTitle(p1, locale) },
                  { field: f(p2), type: 'ordinal', title: parameterTitle(p2, locale) },
                  { aggregate: 'mean', field: 'mean', type: 'quantitative', title: tr('mean', locale), format: '.3~f' },
                ],
              },
            },
          ],
        },
      }
    : {
        data: { values: rows },
        facet,
        columns: 2,
        resolve: { scale: { y: 'independent' } },
        spec: {
          width: 300,
          height: 180,
          layer: [
            ...(rows.some((r) => r.ci_low !== undefined)
              ? [{ mark: { type: 'area', opacity: 0.25, color: '#4c78a8' }, encoding: { x: { ...axis(p1), field: f(p1) }, y: { field: 'ci_low', type: 'quantitative', title: null }, y2: { field: 'ci_high' } } }]
              : []),
            {
              mark: { type: 'line', point: true, color: '#4c78a8' },
              encoding: {
                x: { ...axis(p1), field: f(p1) },
                y: { field: 'mean', type: 'quantitative', title: null, scale: { zero: false } },
                tooltip: [
                  { field: f(p1), type: 'quantitative', title: parameterTitle(p1, locale) },
                  { field: 'mean', type: 'quantitative', title: tr('mean', locale), format: '.3~f' },
                ],
              },
            },
          ],
        },
      };
  return {
    name: 'sweep',
    headline: experimentHeadline(results, measures[0]?.key, locale),
    ...(en
      ? {
          title: p2 ? `Sweep over ${p1} and ${p2}` : `Sweep over ${p1}`,
          caption: p2
            ? `Each panel is one county measure over the whole run; each cell is one combination of ${p1} (across) and ${p2} (up), coloured by the mean over replicates.`
            : `Each panel is one county measure over the whole run, as ${p1} changes; the line joins the means over replicates and the band is their 95% confidence interval.`,
          spec: topLevel(p2 ? `Measures over ${parameterInfo(p1).label.toLowerCase()} and ${parameterInfo(p2).label.toLowerCase()}` : `Measures as ${parameterInfo(p1).label.toLowerCase()} changes`, notes, body),
        }
      : {
          title: tr('sweepShort', locale, { two, p1: parameterLabel(p1, locale), p2: p2 ? parameterLabel(p2, locale) : '' }),
          caption: tr('sweepCaption', locale, { two, p1: parameterLabel(p1, locale), p2: p2 ? parameterLabel(p2, locale) : '' }),
          spec: topLevel(p2 ? tr('sweepTitleTwo', locale, { p1: parameterLabel(p1, locale), p2: parameterLabel(p2, locale) }) : tr('sweepTitleOne', locale, { param: parameterLabel(p1, locale) }), notes, body),
        }),
    data: rows,
  };
}
