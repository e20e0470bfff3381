import { createRequire } from 'node:module';

/**
 * string-width, loaded when a cell first needs it: it builds an Intl.Segmenter as it loads (ICU's
 * break data, ~10 ms of every start on a quiet machine), and most commands print only cells of
 * NARROW_ONLY below. Required, not imported, so the CLI's bundle leaves it in node_modules (Node
 * 20.19 and later require ES modules).
 */
let stringWidthLoaded: ((s: string) => number) | null = null;
const stringWidth = (s: string): number => {
  stringWidthLoaded ??= (createRequire(import.meta.url)('string-width') as { default: (s: string) => number }).default;
  return stringWidthLoaded(s);
};

/**
 * Characters that take one column each: printable ASCII, Latin-1 and Latin Extended letters and
 * symbols (not the soft hyphen, which takes none, nor © and ®, which string-width counts as emoji),
 * μ and σ, dashes and quotes, the minus sign. Most cells (numbers, English ids, units like "0–1")
 * are made of these, and string-width's first call builds its emoji expression (about 0.04–0.1 s of
 * a run's start-up): skip it for them. test/cli/table.test.ts checks every character of this class
 * against string-width.
 */
export const NARROW_ONLY = /^[\x20-\x7e\u00a0-\u00a8\u00aa-\u00ac\u00af-\u02ff\u03bc\u03c3\u2010-\u2027\u2212]*$/;

/**
 * Columns a string takes in a terminal, by Unicode's East Asian Width: a Chinese character takes
 * two, a combining accent none. `String.length` counts UTF-16 units, so tables with Chinese
 * department names would come out ragged.
 */
export const displayWidth = (s: string): number => (NARROW_ONLY.test(s) ? s.length : stringWidth(s));

/** Pad to `width` terminal columns, on the right (text) or on the left (numbers). */
export const padEndColumns = (s: string, width: number): string => s + ' '.repeat(Math.max(0, width - displayWidth(s)));
export const padStartColumns = (s: string, width: number): string => ' '.repeat(Math.max(0, width - displayWidth(s))) + s;
