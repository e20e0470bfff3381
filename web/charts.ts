import embed from 'vega-embed';
import { changeset, Error as VEGA_ERROR, type View } from 'vega';
import type { Band, Point } from './series.js';
import type { Side } from './protocol.js';

/**
 * Okabe-Ito colours, told apart by colour-blind viewers; A and B also differ by line style (B
 * dashed) and are named in the legend by what they are.
 */
export const COLOURS = { a: '#0072B2', b: '#D55E00', c: '#009E73', band: '#e4e4e4', bandText: '#333333', cursor: '#000000', zero: '#555555' };

/** One line of a day chart: its label in the data, its colour and dash (vega strokeDash). */
export interface LineStyle {
  label: string;
  colour: string;
  dash: number[];
}

/** The page's two lines, A and B (B dashed). */
export const SIDE_LINES: readonly LineStyle[] = [
  { label: 'A', colour: COLOURS.a, dash: [1, 0] },
  { label: 'B', colour: COLOURS.b, dash: [8, 4] },
];
import { FONT_FAMILY } from '../sim/report/font-family.js';

/** The reports' typeface (its Chinese face embedded in the page by web/build.mjs). */
export const FONT = FONT_FAMILY;

export interface ChartText {
  title: string;
  /** Under the title: weekly figures, shading. */
  subtitle: string;
  /** The y axis: what and in what unit. */
  yTitle: string;
  xTitle: string;
  /** d3 time format of the date axis in the page's language. */
  dateFormat: string;
  describe: string;
}

export interface ChartSize {
  width: number;
  height: number;
  font: number;
}

export interface DayChart {
  view: View;
  el: HTMLElement;
}

/**
 * A chart of one county figure for A and B on dates, with A's campaigns shaded and labelled and a
 * cursor on the day slider's date. Lines, bands, cursor and legend names are vega datasets and
 * signals, so a run coming in redraws in place. SVG: the axes, legend and titles are text in the
 * page (a screen reader and the browser test can read them) and stay sharp on a projector.
 *
 * Layout: `autosize.resize` makes vega lay the chart out again on every update. Without it (vega's
 * default) the layout is computed once, when the chart is embedded before any run has arrived: the
 * y axis then has no labels, so no room is kept for them, and the labels and the start of the title
 * drawn later fall off the left edge (the "lost y axes" and "lar work waiting" a teacher saw).
 */
export async function dayChart(el: HTMLElement, text: ChartText, size: ChartSize, yDomain: number[], lines: readonly LineStyle[] = SIDE_LINES): Promise<DayChart> {
  const domain = lines.map((l) => l.label);
  const f = size.font;
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: size.width,
    height: size.height,
    autosize: { type: 'fit', contains: 'padding', resize: true },
    padding: { left: 4, right: Math.round(f * 1.5), top: 4, bottom: 4 },
    title: { text: wrap(text.title, size.width, f + 4), subtitle: text.subtitle ? wrap(text.subtitle, size.width, f) : undefined, fontSize: f + 4, subtitleFontSize: f, anchor: 'start', frame: 'bounds', subtitleColor: '#222', color: '#000' },
    params: [{ name: 'cursor', value: 0 }],
    config: {
      font: FONT,
      view: { stroke: null },
      axis: { labelFontSize: f, titleFontSize: f, labelColor: '#000', titleColor: '#000', titleFontWeight: 'normal', gridColor: '#d8d8d8' },
      legend: { labelFontSize: f, titleFontSize: f, labelColor: '#000', labelLimit: 0, symbolStrokeWidth: 3, symbolSize: f * 20 },
    },
    layer: [
      // Decoration for the eye (aria: false); the chart's label and the legend say what it shows.
      { data: { name: 'bands' }, mark: { type: 'rect', color: COLOURS.band, aria: false }, encoding: { x: { field: 'from', type: 'temporal' }, x2: { field: 'to' } } },
      {
        data: { name: 'bands' },
        mark: { type: 'text', align: 'left', baseline: 'top', dx: 4, dy: 4, fontSize: f, color: COLOURS.bandText, aria: false },
        encoding: { x: { field: 'from', type: 'temporal' }, y: { value: 0 }, text: { field: 'label' } },
      },
      {
        data: { name: 'points' },
        mark: { type: 'line', strokeWidth: Math.max(2, f / 6), interpolate: 'linear' },
        encoding: {
          x: { field: 't', type: 'temporal', title: text.xTitle, // A date label near either end is aligned to end there (labelFlush): centred on its tick it ran past the chart.
            axis: { format: text.dateFormat, labelOverlap: 'greedy', tickCount: 6, labelFlush: f * 4 },
          },
          y: { field: 'v', type: 'quantitative', title: text.yTitle, scale: { domain: { unionWith: yDomain }, nice: true }, axis: { format: ',.3~r', tickCount: 5 } },
          color: {
            field: 'side', type: 'nominal',
            scale: { domain, range: lines.map((l) => l.colour) },
            // The legend is the page's (legendHtml): names of A and B wrap there, a vega legend runs past a narrow chart.
            legend: null,
          },
          strokeDash: { field: 'side', type: 'nominal', scale: { domain, range: lines.map((l) => l.dash) }, legend: null },
        },
      },
      { data: { values: [{}] }, mark: { type: 'rule', color: COLOURS.cursor, strokeWidth: 2, aria: false }, encoding: { x: { datum: { expr: 'cursor' }, type: 'temporal' } } },
    ],
  };
  const r = await embed(el, spec as never, { actions: false, renderer: 'svg', logLevel: VEGA_ERROR });
  el.setAttribute('role', 'figure');
  el.setAttribute('aria-label', text.describe);
  return { view: r.view, el };
}

/** Draw one side's line (the other side's stays), and A's campaigns when given. */
export function setSide(c: DayChart, side: Side, points: Point[], cursor: number, bands?: { from: number; to: number; label: string }[]): Promise<void> {
  return setLine(c, side.toUpperCase(), points, cursor, bands);
}

/** Draw the line of this label (a LineStyle's), and the campaigns when given. */
export async function setLine(c: DayChart, label: string, points: Point[], cursor: number, bands?: { from: number; to: number; label: string }[]): Promise<void> {
  c.view.signal('cursor', cursor);
  c.view.change('points', changeset().remove((x: { side: string }) => x.side === label).insert(points.map((p) => ({ ...p, side: label }))));
  if (bands) c.view.change('bands', changeset().remove(() => true).insert(bands));
  await c.view.runAsync();
}

export async function setCursor(c: DayChart, t: number): Promise<void> {
  await c.view.signal('cursor', t).runAsync();
}

/** The legend of A and B by what they are, with their colours and line styles (B dashed). */
export function legendHtml(aName: string, bName: string): string {
  return linesLegendHtml([{ name: aName, colour: COLOURS.a, dash: 'none' }, { name: bName, colour: COLOURS.b, dash: '9 5' }]);
}

/** A legend of named lines (list items), each with its colour and dash (SVG stroke-dasharray). */
export function linesLegendHtml(lines: { name: string; colour: string; dash: string }[]): string {
  const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const line = (colour: string, dash: string) => `<svg class="swatch" width="48" height="14" aria-hidden="true"><line x1="2" y1="7" x2="46" y2="7" stroke="${colour}" stroke-width="4" stroke-dasharray="${dash}"/></svg>`;
  return lines.map((l) => `<li>${line(l.colour, l.dash)} ${esc(l.name)}</li>`).join('');
}

export type { Band };

/**
 * A title in lines that fit the chart's width (vega draws a title on one line and lets it run past
 * the chart): words for English, characters for Chinese, at an average glyph width of 0.62 em for
 * Latin and 1 em for CJK.
 */
export function wrap(text: string, width: number, font: number): string[] {
  const w = (s: string) => [...s].reduce((a, c) => a + (c.charCodeAt(0) > 0x2e80 ? 1 : 0.62), 0) * font;
  const tokens = text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+\s*|\s+/g) ?? [text];
  const lines: string[] = [];
  let line = '';
  for (const t of tokens) {
    if (line && w(line + t.trimEnd()) > width - 8) {
      lines.push(line.trimEnd());
      line = t.trimStart();
    } else line += t;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** The paired differences B − A of every measure as a change from A in per cent, each with its 95% CI. */
export async function diffChart(
  el: HTMLElement,
  text: { title: string; axis: string; describe: string },
  rows: { measure: string; mean: number; lo: number; hi: number }[],
  size: ChartSize,
): Promise<void> {
  const f = size.font;
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: size.width,
    // A row per measure; or, given a height (a projector's box), the whole chart fits it.
    height: size.height > 0 ? size.height : { step: Math.round(f * 2.2) },
    autosize: { type: size.height > 0 ? 'fit' : 'fit-x', contains: 'padding' },
    title: { text: wrap(text.title, size.width, f + 4), fontSize: f + 4, anchor: 'start', frame: 'bounds', color: '#000' },
    data: { values: rows },
    config: { font: FONT, view: { stroke: null }, axis: { labelFontSize: f, titleFontSize: f, labelLimit: 0, labelColor: '#000', titleColor: '#000', titleFontWeight: 'normal' } },
    encoding: { y: { field: 'measure', type: 'nominal', title: null, sort: null } },
    layer: [
      { mark: { type: 'rule', color: COLOURS.zero, strokeDash: [3, 3], aria: false }, encoding: { x: { datum: 0, type: 'quantitative' } } },
      { mark: { type: 'rule', color: COLOURS.b, strokeWidth: Math.max(3, f / 5) }, encoding: { x: { field: 'lo', type: 'quantitative', title: text.axis, axis: { format: ',.2~r', tickCount: 5 } }, x2: { field: 'hi' } } },
      { mark: { type: 'point', filled: true, color: COLOURS.b, size: f * f * 0.8 }, encoding: { x: { field: 'mean', type: 'quantitative' } } },
    ],
  };
  await embed(el, spec as never, { actions: false, renderer: 'svg', logLevel: VEGA_ERROR });
  el.setAttribute('role', 'figure');
  el.setAttribute('aria-label', text.describe);
}
