import { FONT_FAMILY } from '../font-family.js';
import { wrapText } from '../text.js';
import type { VlSpec } from './plot.js';

/**
 * The two looks of every figure, applied in one place (styleSpec) to the plain specs the plot
 * makers build: the vega-lite config (type sizes, lines, no chart junk), a factor on the layout's
 * sizes, and the PNG's size. Nothing here imports vega, so the CLI can list the styles for --help
 * without loading the renderer.
 */
export const FIGURE_STYLES = ['paper', 'slides'] as const;
export type FigureStyle = (typeof FIGURE_STYLES)[number];

/** What the report draws when no --style is given: vector-first, for reading on a page or screen. */
export const DEFAULT_STYLE: FigureStyle = 'paper';

/** One line per style for --help and docs. */
export const STYLE_HELP: Record<FigureStyle, string> = {
  paper: 'figures for a 6.5-inch text width (at most 624 px, text 7.5-9 pt), SVG first, PNG at 2x',
  slides: 'figures for a projector: each fits 1920 x 1080 with every text at least 24 px (tall figures split over several), thick lines, the finding as title',
};

interface Style {
  config: VlSpec;
  /** The widest a figure may be, in px (a page's text width; a slide's 1920): wider ones are refitted. */
  maxWidth: number;
  /** The tallest (a slide's 1080 px): taller ones are split over several figures or made shorter. */
  maxHeight: number;
  /** Multiplies the plot makers' widths, heights, bar steps and mark sizes (they are drawn for paper). */
  layout: number;
  /** How the PNG is sized: a zoom of the SVG, or an exact width in pixels. */
}

/** Type sizes of one style, so every text element of a figure has its size set here and nowhere else. */
function configOf(t: { title: number; subtitle: number; label: number; axisTitle: number; header: number; line: number; point: number; rule: number }): VlSpec {
  return {
    font: FONT_FAMILY,
    background: 'white',
    padding: Math.round(t.label * 0.8),
    title: { fontSize: t.title, anchor: 'start', subtitleFontSize: t.subtitle, subtitleColor: '#444', offset: Math.round(t.title * 0.7), subtitlePadding: Math.round(t.subtitle * 0.4) },
    // labelLimit 0: never cut a label with "…"; long names are shortened on purpose where they are made.
    axis: {
      labelFontSize: t.label, titleFontSize: t.axisTitle, titleFontWeight: 'normal', titleColor: '#222', labelColor: '#333', labelLimit: 0, titleLimit: 0,
      gridColor: '#ebebeb', domainColor: '#888', tickColor: '#888', titlePadding: Math.round(t.label * 0.6),
    },
    legend: { labelFontSize: t.label, titleFontSize: t.axisTitle, titleFontWeight: 'normal', labelLimit: 0, titleLimit: 0, symbolSize: t.point, gradientLength: t.label * 10 },
    // Ticks every few label heights, not every 40 px of a tall slide panel.
    axisQuantitative: { tickCount: 6 },
    // Room for "160,000" beside every vertical axis, so panels in a column line up with each other
    // and with the shared labels below them whatever their own numbers' widths.
    axisY: { minExtent: Math.round(t.label * 4.6) },
    // Dates on a narrow panel: drop every other label rather than run them together.
    axisTemporal: { labelOverlap: 'greedy', labelSeparation: Math.round(t.label * 0.8) },
    header: { labelFontSize: t.header, titleFontSize: t.header, labelFontWeight: 'bold', labelLimit: 0, titleLimit: 0 },
    // No frame around each panel: the axes are enough (no chart junk).
    view: { stroke: null },
    line: { strokeWidth: t.line },
    point: { size: t.point },
    rule: { strokeWidth: t.rule },
    tick: { thickness: t.rule },
    text: { fontSize: t.label },
  };
}

/**
 * Paper figures are drawn for a 6.5-inch text width (US Letter or A4 with one-inch margins, about a
 * two-column journal's full width) at 96 px an inch, the CSS pixel that SVG sizes are read in: at
 * most 624 px wide, so placed at their own size every text is 7.5 to 9 pt (10 to 12 px).
 */
export const PAPER_WIDTH_INCHES = 6.5;
export const PX_PER_INCH = 96;
const PAPER_WIDTH_PX = PAPER_WIDTH_INCHES * PX_PER_INCH;

const STYLES: Record<FigureStyle, Style> = {
  paper: {
    config: configOf({ title: 12, subtitle: 10.5, label: 10, axisTitle: 10.5, header: 10.5, line: 1.5, point: 30, rule: 1.5 }),
    layout: 1,
    maxWidth: PAPER_WIDTH_PX,
    maxHeight: Infinity,
  },
  slides: {
    config: configOf({ title: 40, subtitle: 26, label: 24, axisTitle: 26, header: 28, line: 5, point: 260, rule: 4 }),
    layout: 2.3,
    maxWidth: 1920,
    maxHeight: 1080,
  },
};

export const maxWidth = (style: FigureStyle) => STYLES[style].maxWidth;
export const maxHeight = (style: FigureStyle) => STYLES[style].maxHeight;

/**
 * How resvg sizes a figure's PNG: paper at twice the SVG; a slide as large as fits 1920 x 1080
 * without shrinking it (the SVG already fits, so its text stays at least 24 px).
 */
export function pngFit(style: FigureStyle, width: number, height: number): { mode: 'zoom'; value: number } {
  if (style === 'paper') return { mode: 'zoom', value: 2 };
  const s = STYLES[style];
  return { mode: 'zoom', value: Math.max(1, Math.min(s.maxWidth / width, s.maxHeight / height)) };
}

/** Keys of a mark whose number is a length (scaled with the layout) or an area (scaled with its square). */
const MARK_LENGTHS = new Set(['strokeWidth', 'thickness', 'cornerRadius']);
const MARK_AREAS = new Set(['size']);

/**
 * Scale every size the plot makers wrote by k (heights, steps, strokes; point areas by k squared),
 * and widths by k times `wide` (below 1 to fit a figure into the style's width).
 */
function scaleSizes(v: unknown, k: number, wide: number, tall: number, key = ''): unknown {
  if ((k === 1 && wide === 1 && tall === 1) || v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => scaleSizes(x, k, wide, tall));
  const out: Record<string, unknown> = {};
  for (const [kk, x] of Object.entries(v as Record<string, unknown>)) {
    if (kk === 'data' || kk === 'datum' || kk === 'values' || kk === 'scale') out[kk] = x;
    else if (kk === 'width' && typeof x === 'number') out[kk] = Math.round(x * k * wide);
    else if ((kk === 'height' || (kk === 'step' && key === 'height')) && typeof x === 'number') out[kk] = Math.round(x * k * tall);
    else if (kk === 'step' && typeof x === 'number') out[kk] = Math.round(x * k * wide);
    else if (key === 'mark' && MARK_LENGTHS.has(kk) && typeof x === 'number') out[kk] = x * k;
    else if (key === 'mark' && MARK_AREAS.has(kk) && typeof x === 'number') out[kk] = Math.round(x * k * k);
    else if (kk === 'strokeDash' && Array.isArray(x)) out[kk] = x.map((d) => (typeof d === 'number' ? d * k : d));
    else out[kk] = scaleSizes(x, k, wide, tall, kk);
  }
  return out;
}

/**
 * How a figure is narrowed to fit its style's width (its panels' widths times `wide`, at most
 * `columns` panels a row) and its height (times `tall`).
 */
export interface Fit {
  wide: number;
  columns?: number;
  tall?: number;
}

/**
 * The next try at fitting a figure that came out `width` px wide: narrower panels, or, when that
 * would leave them under 70% of the width planned (text such as facet headers is then what makes
 * them wide), one panel fewer a row at the planned width.
 */
export function narrower(fit: Fit, spec: VlSpec, style: FigureStyle, width: number): Fit {
  const columns = fit.columns ?? (typeof spec.columns === 'number' ? spec.columns : 1);
  // The text around the panels does not shrink, so aim a little under the limit.
  const wide = 0.97 * fit.wide * (STYLES[style].maxWidth / width) ** 1.5;
  return wide < 0.7 && columns > 1 ? { ...fit, wide: 1, columns: columns - 1 } : { ...fit, wide };
}

/** The next try at fitting a figure that came out `height` px tall: shorter panels (their text does not shrink). */
export function shorter(fit: Fit, style: FigureStyle, height: number): Fit {
  return { ...fit, tall: 0.95 * (fit.tall ?? 1) * (STYLES[style].maxHeight / height) ** 1.5 };
}

/** Characters of a text line that fit the style's width at this size (DejaVu Sans averages under 0.62 em). */
const charsFitting = (s: Style, fontSize: number) => Math.floor(s.maxWidth / (fontSize * 0.62));

/**
 * A plot maker's spec in a style: its config, its sizes scaled, and the title. The title states the
 * finding when the plot has one (a slide is read from its title), else what the figure shows.
 */
export function styleSpec(spec: VlSpec, style: FigureStyle, headline: string | null, fit: Fit = { wide: 1 }): VlSpec {
  const s = STYLES[style];
  const scaled = scaleSizes(spec, s.layout, fit.wide, fit.tall ?? 1) as VlSpec;
  if (fit.columns !== undefined && typeof scaled.columns === 'number') scaled.columns = Math.min(scaled.columns, fit.columns);
  const title = (scaled.title ?? {}) as { text?: string; subtitle?: string[] };
  const t = s.config.title as { fontSize: number; subtitleFontSize: number };
  // Titles and subtitles wrap to the figure's width: a long line would widen the figure and, on a slide, shrink all its text.
  const text = wrapText(headline ?? title.text ?? '', charsFitting(s, t.fontSize));
  const subtitle = (title.subtitle ?? []).flatMap((line) => wrapText(line, charsFitting(s, t.subtitleFontSize)));
  // A plot's own config (a language's date and number formats) goes on top of the style's.
  return { ...scaled, title: { ...title, text, subtitle }, config: spec.config ? { ...s.config, ...(spec.config as VlSpec) } : s.config };
}
