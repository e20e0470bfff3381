import { csvField, formatNumber } from '../runner/format.js';
import { reportHtml, type Page } from './html.js';
import { reportMarkdown } from './markdown.js';
import { plotsFor } from './plots/index.js';
import { abcFigures, designPlots, isAbcFolder } from './plots/methods.js';
import { IN_THIS_THREAD, type FigureFiles, type FileMaker } from './figure-files.js';
import { DEFAULT_STYLE, pngFit, type FigureStyle } from './plots/style.js';
import { drawFitted, svgSize, type Drawn } from './fit.js';
import { fontFiles } from './fonts.js';
import { ReportError, readResults, type Results, type TablesAsRead } from './read/results.js';
import { summarySentences } from './sentences.js';
import { compareTable, parameterTable, windowTable, type Table } from './tables.js';
import { DEFAULT_LOCALE, tr, type Locale } from './locale.js';

export { ReportError, type TablesAsRead } from './read/results.js';

export interface ReportOptions {
  /** Render PNGs (default true). Off, for callers that only want HTML and SVG (still drawn in the shipped fonts). */
  png?: boolean;
  /** A folder of extra fonts tried before the shipped ones (default: DEPTSIM_FONT_DIR, if set). */
  fontDir?: string;
  /** Measures to show (--metric), instead of the scenario's focus and the evidence's pick. */
  metrics?: string[];
  /** The figures' look: `paper` (default) or `slides` (plots/style.ts). */
  style?: FigureStyle;
  /** Written at the foot of the report, e.g. "deptsim 0.1.0". No clock: reports are reproducible. */
  generator?: string;
  /** The report's language (--lang): `en` (default) or `zh-CN`, from sim/i18n's templates and glossary. */
  locale?: Locale;
  /** Where the results are, when the report is written to another folder (`report --out`): the footer names it. */
  resultsDir?: string;
  /** The measure a screening's or Sobol design's own figure shows (sensitivity --metric); default the first of `metrics`, else the scenario's first focus. */
  designMetric?: string;
}

export { REPORT_FILES } from './report-files.js';

/**
 * Build the report of a results folder: takes the folder's files by relative name (summary.json,
 * daily.csv, scenario.json, and the experiment tables when present) and returns the files to add
 * to it: report.html, report.md and plots/<name>.{svg,png,vl.json,csv}. Pure apart from reading
 * the browser scripts and fonts (subsets of which the SVGs and the page embed); throws ReportError
 * when the results cannot be read or fonts miss. Tables the caller holds as their files read back
 * (`asRead`, e.g. a run's daily rows) stand in for those files: the same report, without parsing.
 * The files that need the fonts (each figure's SVG and PNG, the page's glyphs) are made by `maker`
 * (figure-files.ts; a run's report thread passes its figure thread), each figure's while the next
 * is drawn.
 */
export async function buildReport(
  files: Record<string, string>,
  opts: ReportOptions = {},
  asRead: TablesAsRead = {},
  maker: FileMaker = IN_THIS_THREAD,
): Promise<Record<string, string | Uint8Array>> {
  if (isAbcFolder(files)) return abcFigures(files, opts.locale);
  const results = readResults(files, opts.metrics ?? [], asRead);
  const fonts = opts.png === false ? null : fontFiles(opts.fontDir);
  const style = opts.style ?? DEFAULT_STYLE;
  const locale = opts.locale ?? DEFAULT_LOCALE;
  const out: Record<string, string | Uint8Array> = {};
  const rendered: Page['plots'] = [];
  const svgs: string[] = [];
  const made: { name: string; files: Promise<FigureFiles> }[] = [];
  // A research design's own figures first (screening, Sobol, PRIM, from their tables), then the rest.
  const designs = designPlots(files, opts.designMetric ?? opts.metrics?.[0] ?? results.focus[0], locale);
  const planned = [...designs, ...plotsFor(results, locale)];
  // Each figure's SVG file (with its glyphs; resvg is given the font files themselves) and PNG are
  // made while the next figure is drawn, the figures of most data first: theirs take longest.
  const drawn: (Drawn & { files: Promise<FigureFiles> })[][] = [];
  for (const i of planned.map((_, i) => i).sort((a, b) => planned[b].data.length - planned[a].data.length || a - b)) {
    drawn[i] = (await drawFitted(planned[i], style, locale)).map((d) => {
      const { width, height } = svgSize(d.svg);
      const files = maker.figure(d.svg, fonts ? { fonts, fitTo: pngFit(style, width, height) } : null);
      // Awaited below, after the drawing: handled now, so a failure waits there instead of crashing the thread.
      files.catch(() => {});
      return { ...d, files };
    });
  }
  for (const { plot, vega, svg, files } of drawn.flat()) {
    out[`plots/${plot.name}.vl.json`] = `${JSON.stringify(plot.spec, null, 2)}\n`;
    // Set now, so the files keep their order; filled in when made.
    out[`plots/${plot.name}.svg`] = '';
    if (fonts) out[`plots/${plot.name}.png`] = new Uint8Array();
    made.push({ name: plot.name, files });
    svgs.push(svg);
    out[`plots/${plot.name}.csv`] = rowsCsv(plot.data);
    rendered.push({ plot, vega });
  }
  const footer = opts.resultsDir === undefined ? tr('footer', locale, { generator: opts.generator ?? 'deptsim' }) : tr('footerElsewhere', locale, { generator: opts.generator ?? 'deptsim', results: opts.resultsDir });
  const page = pageOf(results, rendered, footer, fonts !== null, locale);
  out['report.html'] = await maker.page(reportHtml(page), svgs);
  out['report.md'] = reportMarkdown(page);
  for (const { name, files } of made) {
    const { svg, png } = await files;
    out[`plots/${name}.svg`] = svg;
    if (png) out[`plots/${name}.png`] = png;
  }
  return out;
}

function pageOf(results: Results, plots: Page['plots'], footer: string, png: boolean, locale: Locale): Page {
  const tables = [compareTable(results, locale), windowTable(results, locale)].filter((t): t is Table => t !== null);
  return {
    title: results.name,
    description: results.description,
    sentences: summarySentences(results, locale),
    plots,
    png,
    tables,
    parameters: parameterTable(results, locale),
    footer,
    locale,
  };
}

/** A plot's data as tidy CSV, columns in first-seen order. */
function rowsCsv(rows: Record<string, unknown>[]): string {
  const cols: string[] = [];
  for (const r of rows) for (const k of Object.keys(r)) if (!cols.includes(k)) cols.push(k);
  const cellOf = (v: unknown) => (typeof v === 'number' ? formatNumber(v) : v === null || v === undefined ? '' : csvField(String(v)));
  return [cols.map(csvField).join(','), ...rows.map((r) => cols.map((c) => cellOf(r[c])).join(','))].join('\n') + '\n';
}
