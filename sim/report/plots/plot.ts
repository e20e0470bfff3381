import { tr, type Locale } from '../locale.js';

/**
 * A report figure: the vega-lite spec (data inlined, so the saved .vl.json opens anywhere), the
 * table behind it (saved as CSV beside it), and the words around it.
 */
export interface Plot {
  /** File stem under plots/: letters, digits and dashes. */
  name: string;
  title: string;
  /**
   * The finding the figure shows, in one short sentence ("Strong office cut the wait of shared work
   * from 7.5 to 0.1 days"): the figure's title when there is one (styles.ts), null when the figure
   * only describes.
   */
  headline: string | null;
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
 * Wrap a chart body into a top-level spec; its look (config, sizes) comes from the style (style.ts). The subtitle comes in short lines,
 * so a long note never widens the figure. Keep vertical axis titles shorter than the plot is high:
 * headless vega estimates text widths generously, and a title taller than its axis pushes the whole
 * plot down, leaving a blank gap.
 */
export function topLevel(title: string, subtitle: string[], body: VlSpec): VlSpec {
  return { $schema: VL_SCHEMA, title: { text: title, subtitle }, ...body };
}

/** The subtitle phrase that says where an interval comes from (or that there is none). */
export function spreadNote(replicates: number, what = 'band: middle 95% of replicates', locale: Locale = 'en'): string {
  if (locale !== 'en') return replicates > 1 ? tr('spreadReplicates', locale, { n: replicates }) : tr('spreadSingle', locale);
  return replicates > 1 ? `Mean of ${replicates} replicates; ${what}.` : 'A single run (one seed), so no interval: run replicates for one.';
}
