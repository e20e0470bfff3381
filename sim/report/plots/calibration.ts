import type { Results } from '../read/results.js';
import { topLevel, type Plot } from './plot.js';
import { tr, type Locale } from '../locale.js';

/**
 * A calibration's fit (fit.csv): for each target, what the chosen parameters achieved on fresh
 * seeds (point, 95% interval) against the target (a shaded interval, or a line at the value). A
 * pattern shows the mean paired difference a - b against zero, the side it should be on shaded.
 * One row per target, each with its own scale.
 */
export function calibrationPlot(results: Results, locale: Locale = 'en'): Plot | null {
  const fit = results.tables['fit.csv']?.rows;
  if (!fit || fit.length === 0) return null;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const rows = fit.map((f) => {
    const pattern = f.kind === 'pattern';
    const mean = num(f.mean);
    const lo = num(f.ci_low) ?? mean;
    const hi = num(f.ci_high) ?? mean;
    // A pattern's target side runs from 0 out past whatever was achieved, so the shading shows which side is wanted.
    const reach = Math.max(Math.abs(lo ?? 0), Math.abs(hi ?? 0), 1e-9) * 1.2;
    const positive = f.sign === 'positive';
    const targetLow = pattern ? (positive ? 0 : -reach) : num(f.target_low);
    const targetHigh = pattern ? (positive ? reach : 0) : num(f.target_high);
    return {
      target: String(f.target),
      goal: pattern
        ? tr('goalPattern', locale, { sign: positive ? 'positive' : 'negative' })
        : f.target_low === f.target_high
          ? tr('goalValue', locale, { value: String(f.target_low) })
          : tr('goalInterval', locale, { lo: String(f.target_low), hi: String(f.target_high) }),
      target_low: targetLow,
      target_high: targetHigh,
      /** Where the dashed line goes: the target value, or zero for a pattern. */
      line: pattern ? 0 : targetLow === targetHigh ? targetLow : null,
      mean,
      ci_low: lo,
      ci_high: hi,
      holds: tr('targetMetValue', locale, { v: f.holds === 'true' ? 'yes' : f.holds === 'false' ? 'no' : 'unknown' }),
      loss: num(f.loss),
    };
  });
  const n = Math.max(...fit.map((f) => num(f.n) ?? 0));
  const x = { field: 'mean', type: 'quantitative', title: null, scale: { zero: false } };
  const band = rows.filter((r) => r.target_low !== null && r.target_high !== null && r.target_low !== r.target_high);
  const spec = topLevel(tr('calibrationTitle', locale), [tr('calibrationNote1', locale, { n }), tr('calibrationNote2', locale)], {
    data: { values: rows },
    facet: { row: { field: 'target', type: 'nominal', title: null, sort: rows.map((r) => r.target), header: { labelAngle: 0, labelAlign: 'left' } } },
    resolve: { scale: { x: 'independent' } },
    spec: {
      width: 420,
      height: 34,
      layer: [
        ...(band.length ? [{ mark: { type: 'rect', color: '#59a14f', opacity: 0.2 }, transform: [{ filter: 'datum.target_low !== datum.target_high' }], encoding: { x: { field: 'target_low', type: 'quantitative' }, x2: { field: 'target_high' } } }] : []),
        { mark: { type: 'rule', color: '#2f6b2a', strokeWidth: 2, strokeDash: [4, 3] }, transform: [{ filter: 'datum.line !== null' }], encoding: { x: { field: 'line', type: 'quantitative' } } },
        { mark: { type: 'rule', strokeWidth: 2, color: '#4c78a8' }, encoding: { x: { field: 'ci_low', type: 'quantitative' }, x2: { field: 'ci_high' } } },
        {
          mark: { type: 'point', filled: true, size: 70 },
          encoding: {
            x,
            color: { field: 'holds', type: 'nominal', title: tr('targetMet', locale), scale: { domain: ['yes', 'no', 'unknown'].map((v) => tr('targetMetValue', locale, { v })), range: ['#4c78a8', '#e15759', '#999999'] }, legend: { orient: 'top' } },
            tooltip: [
              { field: 'target', type: 'nominal', title: tr('target', locale) },
              { field: 'goal', type: 'nominal', title: tr('goal', locale) },
              { field: 'mean', type: 'quantitative', title: tr('achieved', locale), format: '.4~g' },
              { field: 'ci_low', type: 'quantitative', title: tr('ciFrom', locale), format: '.4~g' },
              { field: 'ci_high', type: 'quantitative', title: tr('ciTo', locale), format: '.4~g' },
              { field: 'loss', type: 'quantitative', title: tr('loss', locale), format: '.3~g' },
            ],
          },
        },
      ],
    },
  });
  return {
    name: 'calibration-fit',
    headline: tr('calibrationHeadline', locale, { met: fit.filter((f) => f.holds === 'true').length, n: rows.length }),
    title: tr('calibrationShort', locale),
    caption: tr('calibrationCaption', locale),
    spec,
    data: rows,
  };
}
