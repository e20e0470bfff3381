import type { Plot, VlSpec } from './plots/plot.js';
import { maxHeight, maxWidth, narrower, shorter, styleSpec, type FigureStyle, type Fit } from './plots/style.js';
import { toSvg, toVega } from './render.js';
import { tr, type Locale } from './locale.js';

/**
 * Figures drawn to fit their style's page: narrowed to its width, and on a slide (1920 x 1080) a
 * figure of many panels split over several figures rather than shrunk, since shrinking a tall
 * image onto a slide would take its text below the 24 px the style promises.
 */

export interface Drawn {
  plot: Plot;
  vega: ReturnType<typeof toVega>;
  svg: string;
}

/** The SVG's size in px, as vega writes it on the root element. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg[^>]*>/.exec(svg)?.[0] ?? '';
  return { width: Number(/\swidth="([\d.]+)"/.exec(root)?.[1] ?? 0), height: Number(/\sheight="([\d.]+)"/.exec(root)?.[1] ?? 0) };
}

/** Panels made shorter than this share of their planned height read badly: split instead, or stop. */
const SHORTEST = 0.6;

/**
 * Draw a plot in a style, narrowing it until it fits the style's width (legends, axis labels and
 * facet headers add to what the plot makers planned), and, when `shortened`, making its panels
 * shorter until it fits the style's height: a few tries each (style.ts's narrower and shorter).
 */
async function drawToFit(made: Plot, style: FigureStyle, shortened: boolean): Promise<Drawn & { fit: Fit; height: number }> {
  let fit: Fit = { wide: 1 };
  for (let attempt = 0; ; attempt++) {
    const plot = { ...made, spec: withoutStrayAxis(styleSpec(made.spec, style, made.headline, fit)) };
    const vega = toVega(plot.spec);
    const svg = await toSvg(vega);
    const { width, height } = svgSize(svg);
    if (attempt === 8) return { plot, vega, svg, fit, height };
    if (width > maxWidth(style)) fit = narrower(fit, made.spec, style, width);
    else if (shortened && height > maxHeight(style) && (fit.tall ?? 1) > SHORTEST) fit = shorter(fit, style, height);
    else return { plot, vega, svg, fit, height };
  }
}

/**
 * A wrapped facet whose last row is not full draws the shared x axis under the empty cell too (a
 * stray axis with nothing above it): there, each panel gets its own x axis instead.
 */
function withoutStrayAxis(spec: VlSpec): VlSpec {
  const facet = facetOf(spec);
  const columns = typeof spec.columns === 'number' ? spec.columns : 1;
  if (!facet || facet.values.length <= columns || facet.values.length % columns === 0) return spec;
  const resolve = (spec.resolve ?? {}) as { axis?: Record<string, string> };
  return { ...spec, resolve: { ...resolve, axis: { ...resolve.axis, x: 'independent' } } };
}

/** A wrapped facet's field and its values in the order the panels are drawn. */
function facetOf(spec: VlSpec): { field: string; values: string[] } | null {
  const facet = spec.facet as { field?: string; sort?: unknown } | undefined;
  const rows = (spec.data as { values?: Record<string, unknown>[] } | undefined)?.values;
  if (!facet?.field || !rows) return null;
  const present = [...new Set(rows.map((r) => r[facet.field!]).filter((v): v is string => typeof v === 'string'))];
  const values = Array.isArray(facet.sort) ? [...facet.sort.filter((v) => present.includes(v)), ...present.filter((v) => !(facet.sort as unknown[]).includes(v))] : present;
  return { field: facet.field, values };
}

/** The plot with only the panels of `values`: part `index` of `count`, named plots/<name>-<index>. */
function partOf(made: Plot, field: string, values: string[], index: number, count: number, locale: Locale): Plot {
  const keep = (r: Record<string, unknown>) => !(field in r) || values.includes(r[field] as string);
  const spec = made.spec;
  const title = (spec.title ?? {}) as { text?: string; subtitle?: string[] };
  return {
    ...made,
    name: `${made.name}-${index}`,
    title: tr('panelsOf', locale, { title: made.title, index, count }),
    spec: {
      ...spec,
      title: { ...title, subtitle: [...(title.subtitle ?? []), tr('panelsNote', locale, { index, count })] },
      data: { values: ((spec.data as { values: Record<string, unknown>[] }).values).filter(keep) },
    },
    data: made.data.filter(keep),
  };
}

/** A plot drawn to fit its style: one figure, or on a slide as many as its panels need. */
export async function drawFitted(made: Plot, style: FigureStyle, locale: Locale = 'en'): Promise<Drawn[]> {
  const whole = await drawToFit(made, style, false);
  const facet = facetOf(made.spec);
  if (whole.height <= maxHeight(style)) return [whole];
  if (!facet || facet.values.length < 2) return [await drawToFit(made, style, true)];
  const n = facet.values.length;
  const columns = Math.min(n, whole.fit.columns ?? (typeof made.spec.columns === 'number' ? made.spec.columns : 1));
  const rows = Math.ceil(n / columns);
  // As many rows a figure as the whole's height suggests, fewer while a part still does not fit.
  for (let rowsEach = Math.max(1, Math.min(rows - 1, Math.round((rows * maxHeight(style)) / whole.height))); ; rowsEach--) {
    const count = Math.ceil(n / (rowsEach * columns));
    // Whole rows in every figure but the last, so no figure has an empty cell mid-grid.
    const size = Math.ceil(n / count / columns) * columns;
    const parts: (Drawn & { height: number })[] = [];
    for (let i = 0; i < count; i++) parts.push(await drawToFit(partOf(made, facet.field, facet.values.slice(i * size, (i + 1) * size), i + 1, count, locale), style, true));
    if (rowsEach === 1 || parts.every((p) => p.height <= maxHeight(style))) return parts;
  }
}
