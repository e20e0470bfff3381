import { csvParse } from 'd3-dsv';
import { measureInfo } from '../../measures/measures.js';
import { designMeasure } from '../design-measure.js';
import type { Factor } from '../../runner/factors.js';
import { readCsvText } from '../../runner/format.js';
import { toSvg, toVega } from '../render.js';
import { topLevel, type Plot, type VlSpec } from './plot.js';
import { factorTitle, measureTitle as measureTitleIn, tr, type Locale } from '../locale.js';

/**
 * Figures of the research designs (screening of every parameter, Sobol indices, scenario
 * discovery, ABC posteriors), drawn from the files the runner wrote, each parameter named in words
 * with its unit (sim/runner/factor-info.ts). Rendered to SVG beside the tables.
 */

/** Factors of a folder's parameters.json (its design), by id. */
export function factorsOf(parametersJson: string | undefined): Map<string, Factor> {
  if (!parametersJson) return new Map();
  const p = JSON.parse(parametersJson) as { design?: { factors?: Factor[] } };
  return new Map((p.design?.factors ?? []).map((f) => [f.id, f]));
}

const titleOf = (id: string, factors: Map<string, Factor>, locale: Locale = 'en') => {
  const f = factors.get(id);
  return f ? factorTitle(f, locale) : id;
};
const measureTitle = (metric: string, locale: Locale = 'en') => {
  const m = measureInfo(metric);
  if (m && locale !== 'en') return measureTitleIn(metric, locale);
  return m ? `${m.label}${m.unit ? ` (${m.unit})` : ''}` : metric;
};

/** μ* bars with σ ticks for one measure, the top `top` parameters, named in words with units. */
export function screeningSpec(morrisCsv: string, factors: Map<string, Factor>, metric: string, top = 20, locale: Locale = 'en'): VlSpec | null {
  const rows = csvParse(morrisCsv)
    .filter((r) => r.metric === metric && r.mu_star !== '')
    .slice(0, top)
    .map((r) => ({ parameter: titleOf(readCsvText(r.parameter ?? ''), factors, locale), rank: Number(r.rank), mu_star: Number(r.mu_star), sigma: r.sigma === '' ? null : Number(r.sigma) }));
  if (rows.length === 0) return null;
  const y = { field: 'parameter', type: 'nominal', sort: { field: 'rank', op: 'min', order: 'ascending' }, title: null };
  return topLevel(tr('screeningTitle', locale, { measure: measureTitle(metric, locale) }), [tr('screeningNote1', locale), tr('screeningNote2', locale, { n: rows.length })], {
    data: { values: rows },
    width: 360,
    // One y for both layers and a fixed height (18 px a parameter): a step, or a sorted y in each
    // layer, makes vega-lite union the layers' sorted domains, and warn (as in sensitivity.ts).
    height: 18 * rows.length,
    encoding: { y },
    layer: [
      { mark: { type: 'bar', color: '#4c78a8' }, encoding: { x: { field: 'mu_star', type: 'quantitative', title: tr('screeningAxis', locale, { unit: locale === 'en' ? (measureInfo(metric)?.unit ?? 'measure') : measureTitle(metric, locale) }) } } },
      { mark: { type: 'tick', color: 'black', thickness: 2 }, encoding: { x: { field: 'sigma', type: 'quantitative' } } },
    ],
  });
}

/** S1 and ST with their bootstrap 95% intervals, one row per parameter, for one measure. */
export function sobolSpec(sobolCsv: string, factors: Map<string, Factor>, metric: string, locale: Locale = 'en'): VlSpec | null {
  const rows = csvParse(sobolCsv)
    .filter((r) => r.metric === metric)
    .flatMap((r) => [
      { parameter: titleOf(readCsvText(r.parameter ?? ''), factors, locale), index: tr('sobolFirst', locale), value: Number(r.S1), low: Number(r.S1_low), high: Number(r.S1_high) },
      { parameter: titleOf(readCsvText(r.parameter ?? ''), factors, locale), index: tr('sobolTotal', locale), value: Number(r.ST), low: Number(r.ST_low), high: Number(r.ST_high) },
    ]);
  if (rows.length === 0) return null;
  const y = { field: 'parameter', type: 'nominal', title: null, sort: null };
  const color = { field: 'index', type: 'nominal', title: null, scale: { range: ['#4c78a8', '#e45756'] } };
  return topLevel(tr('sobolTitle', locale, { measure: measureTitle(metric, locale) }), [tr('sobolNote', locale)], {
    data: { values: rows },
    width: 360,
    height: { step: 16 },
    encoding: { y, yOffset: { field: 'index' }, color },
    layer: [
      { mark: { type: 'rule' }, encoding: { x: { field: 'low', type: 'quantitative', title: tr('sobolAxis', locale) }, x2: { field: 'high' } } },
      { mark: { type: 'point', filled: true, size: 50 }, encoding: { x: { field: 'value', type: 'quantitative' } } },
    ],
  });
}

/** The PRIM peeling trajectory: coverage against density, the chosen box marked. */
export function primSpec(primJson: string, locale: Locale = 'en'): VlSpec | null {
  const p = JSON.parse(primJson) as { box: { coverage: number; density: number } | null; sentence: string; trajectory: { coverage: number; density: number; points: number }[] };
  if (!p.box) return null;
  const rows = p.trajectory.map((b, i) => ({ step: i, coverage: b.coverage, density: b.density, points: b.points, chosen: b.coverage === p.box!.coverage && b.density === p.box!.density }));
  const chosen = [{ coverage: p.box.coverage, density: p.box.density }];
  const words = p.sentence.length > 110 ? p.sentence.slice(0, p.sentence.indexOf(':') > 0 ? p.sentence.indexOf(':') : 110) : p.sentence;
  // prim.json's sentence is English (the terminal's); a Chinese figure says the chosen box in numbers instead.
  const box = locale === 'en' ? wrap(words, 100) : [tr('primBox', locale, { coverage: p.box.coverage.toFixed(2), density: p.box.density.toFixed(2), points: (p.box as { points?: number }).points ?? rows.find((r) => r.chosen)?.points ?? 0 })];
  return topLevel(tr('primTitle', locale), [tr('primNote', locale), ...box], {
    width: 360,
    height: 260,
    layer: [
      { data: { values: rows }, mark: { type: 'line', point: true, color: '#4c78a8' }, encoding: { x: { field: 'coverage', type: 'quantitative', scale: { domain: [0, 1] }, ...axisTitle('coverage', locale) }, y: { field: 'density', type: 'quantitative', scale: { domain: [0, 1] }, ...axisTitle('density', locale) }, order: { field: 'step' } } },
      { data: { values: chosen }, mark: { type: 'point', filled: true, size: 120, color: '#e45756' }, encoding: { x: { field: 'coverage', type: 'quantitative' }, y: { field: 'density', type: 'quantitative' } } },
    ],
  });
}

/** Short lines for a subtitle. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(/\s+/)) {
    if (line && line.length + w.length + 1 > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines;
}

/** SVG of a spec (the same headless vega the report uses). */
export async function svgOf(spec: VlSpec): Promise<string> {
  return toSvg(toVega(spec));
}

/**
 * The research designs' own figures, as report figures (drawn, captioned and listed in the report
 * like the others): the screening of the measure `metric` picks (design-measure.ts), the Sobol
 * indices of it, and the PRIM trajectory, from morris.csv, sobol.csv and prim.json with
 * parameters.json's factors. A folder without those tables has none.
 */
export function designPlots(files: Record<string, string>, metric: string | undefined, locale: Locale = 'en'): Plot[] {
  const out: Plot[] = [];
  const factors = factorsOf(files['parameters.json']);
  const morris = files['morris.csv'];
  const m1 = morris && factors.size ? designMeasure(morris, metric) : undefined;
  const screening = morris && m1 ? screeningSpec(morris, factors, m1, 20, locale) : null;
  if (screening) out.push(plotOf('screening', tr('designScreeningTitle', locale), screening, tr('designScreeningCaption', locale)));
  const sobol = files['sobol.csv'];
  const m2 = sobol ? designMeasure(sobol, metric) : undefined;
  const indices = sobol && m2 ? sobolSpec(sobol, factors, m2, locale) : null;
  if (indices) out.push(plotOf('sobol', tr('designSobolTitle', locale), indices, tr('designSobolCaption', locale)));
  const prim = files['prim.json'];
  const box = prim ? primSpec(prim, locale) : null;
  if (box) out.push(plotOf('prim', tr('designPrimTitle', locale), box, tr('designPrimCaption', locale, { sentence: (JSON.parse(prim) as { sentence: string }).sentence })));
  return out;
}

/** A design's spec as a report figure; its table is the spec's (first layer's) data. */
function plotOf(name: string, title: string, spec: VlSpec, caption: string): Plot {
  const dataOf = (s: VlSpec) => (s.data as { values?: Record<string, unknown>[] } | undefined)?.values;
  const data = dataOf(spec) ?? dataOf(((spec.layer as VlSpec[] | undefined) ?? [])[0] ?? {}) ?? [];
  return { name, title, headline: null, caption, spec, data };
}

/** An ABC calibration's folder: its posterior, and no run or experiment summary to report on. */
export function isAbcFolder(files: Record<string, unknown>): boolean {
  return files['posterior-summary.csv'] !== undefined && files['summary.csv'] === undefined && files['summary.json'] === undefined;
}

/** Posterior marginals (weighted histograms, the prior's range as the axis) and the pair plot of an ABC calibration. */
export async function abcFigures(files: Record<string, string>, locale: Locale = 'en'): Promise<Record<string, string>> {
  const post = files['posterior.csv'];
  const summary = files['posterior-summary.csv'];
  if (!post || !summary) return {};
  const rows = csvParse(post);
  const params = csvParse(summary).map((r) => ({ id: readCsvText(r.parameter ?? ''), lo: Number(r.prior_low), hi: Number(r.prior_high), ciLo: Number(r.ci_low), ciHi: Number(r.ci_high), identified: r.identified === 'true' }));
  const label = (id: string) => titleOfPath(id, locale);
  const long = rows.flatMap((r) => params.map((p) => ({ parameter: label(p.id), value: Number(r[p.id]), weight: Number(r.weight) })));
  const marginals = topLevel(tr('abcMarginalsTitle', locale), [tr('abcMarginalsNote', locale)], {
    hconcat: params.map((p) => ({
      width: 180,
      height: 120,
      title: { text: p.identified ? label(p.id) : tr('abcNotIdentified', locale, { param: label(p.id) }), fontSize: 11 },
      layer: [
        { data: { values: long.filter((l) => l.parameter === label(p.id)) }, mark: { type: 'bar', color: '#4c78a8' }, encoding: { x: { field: 'value', type: 'quantitative', bin: { extent: [p.lo, p.hi], maxbins: 20 }, title: null }, y: { aggregate: 'sum', field: 'weight', type: 'quantitative', title: tr('abcWeight', locale) } } },
        { data: { values: [{ v: p.ciLo }, { v: p.ciHi }] }, mark: { type: 'rule', color: '#e45756', strokeWidth: 2 }, encoding: { x: { field: 'v', type: 'quantitative' } } },
      ],
    })),
  });
  // Plain field names (p0, p1, ...): labels hold dots and apostrophes, which vega reads as paths.
  const wide = rows.map((r) => Object.fromEntries([...params.map((p, j) => [`p${j}`, Number(r[p.id])]), ['weight', Number(r.weight)]]));
  const axis = (j: number) => ({ field: `p${j}`, type: 'quantitative', scale: { domain: [params[j].lo, params[j].hi] }, title: label(params[j].id) });
  const pairs = topLevel(tr('abcPairsTitle', locale), [tr('abcPairsNote', locale)], {
    data: { values: wide },
    vconcat: params.slice(1).map((_, i) => ({
      hconcat: params.slice(0, i + 1).map((__, j) => ({
        width: 140,
        height: 140,
        mark: { type: 'point', filled: true, opacity: 0.5 },
        encoding: { x: axis(j), y: axis(i + 1), size: { field: 'weight', type: 'quantitative', legend: null } },
      })),
    })),
  });
  return { 'plots/abc-marginals.svg': await svgOf(marginals), 'plots/abc-pairs.svg': await svgOf(pairs) };
}

/** A --set or calibration path in words (the schema's label and unit). */
function titleOfPath(path: string, locale: Locale = 'en'): string {
  return factorTitle({ id: path, kind: 'value', from: 0, to: 1, integer: false, targets: [path] }, locale);
}

/** An axis title in Chinese; English keeps vega's default (the field's name), as before. */
const axisTitle = (key: 'coverage' | 'density', locale: Locale) => (locale === 'en' ? {} : { title: tr(key, locale) });
