import { FONT_FAMILY } from '../font-family.js';

/**
 * A report figure: the vega-lite spec (data inlined, so the saved .vl.json opens anywhere), the
 * table behind it (saved as CSV beside it), and the words around it.
 */
export interface Plot {
  /** File stem under plots/: letters, digits and dashes. */
  name: string;
  title: string;
  /** What the figure shows and how to read it, in plain words. */
  caption: string;
  spec: VlSpec;
  data: Record<string, unknown>[];
}

/**
 * Specs are built as plain objects and checked against the vega-lite JSON schema in the tests;
 * vega-lite's own TypeScript types are too deep to write literal specs against comfortably.
 */
export type VlSpec = Record<string, unknown>;

export const VL_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/**
 * One look for every figure: the shipped typeface (the fonts the PNGs are rendered with), readable sizes
 * for a page or a slide, white background so PNGs do not come out transparent.
 */
export const CONFIG = {
  font: FONT_FAMILY,
  background: 'white',
  padding: 8,
  title: { fontSize: 15, anchor: 'start', subtitleFontSize: 12, subtitleColor: '#444', offset: 10 },
  axis: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: 'normal', titleColor: '#222', labelColor: '#333' },
  // Campaign and scenario names are long; vega's default cuts legend labels at 160 px.
  legend: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: 'normal', labelLimit: 320 },
  header: { labelFontSize: 11, titleFontSize: 12 },
  view: { stroke: '#ccc' },
};

/**
 * Wrap a chart body into a top-level spec with the shared look. The subtitle comes in short lines,
 * so a long note never widens the figure. Keep vertical axis titles shorter than the plot is high:
 * headless vega estimates text widths generously, and a title taller than its axis pushes the whole
 * plot down, leaving a blank gap.
 */
export function topLevel(title: string, subtitle: string[], body: VlSpec): VlSpec {
  return { $schema: VL_SCHEMA, title: { text: title, subtitle }, config: CONFIG, ...body };
}

/** The subtitle phrase that says where an interval comes from (or that there is none). */
export function spreadNote(replicates: number, what = 'band: middle 95% of replicates'): string {
  return replicates > 1 ? `Mean of ${replicates} replicates; ${what}.` : 'A single run (one seed), so no interval: run replicates for one.';
}
