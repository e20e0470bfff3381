import { terminalText } from './terminal-text.js';
import { displayWidth, padEndColumns, padStartColumns } from './text-width.js';
import { wrapLines } from '../report/text.js';

/**
 * A plain fixed-width text table for the terminal: cells hold names, so control characters go, and
 * columns line up by display width (Chinese names too). A header or a cell may run over several
 * lines ("Regular\nwork done\nitems/person/week"): headers bottom-aligned, cells top-aligned, so
 * long labels make tall rows rather than wide columns.
 */
export function textTable(header: string[], cells: string[][]): string {
  const split = (c: string) => c.split('\n').map(terminalText);
  const heads = header.map(split);
  const rows = cells.map((r) => r.map(split));
  const widths = header.map((_, i) => Math.max(...heads[i].map(displayWidth), ...rows.flatMap((r) => r[i].map(displayWidth))));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? padEndColumns(c, widths[i]) : padStartColumns(c, widths[i]))).join('  ').trimEnd();
  const lines = (r: string[][], bottom: boolean) => {
    const depth = Math.max(...r.map((c) => c.length));
    return Array.from({ length: depth }, (_, k) => line(r.map((c) => c[bottom ? k - (depth - c.length) : k] ?? '')));
  };
  return [...lines(heads, true), line(widths.map((w) => '-'.repeat(w))), ...rows.flatMap((r) => lines(r, false))].join('\n');
}

/** Columns of the terminal the tables print to: its width on a terminal, else COLUMNS, else 80. */
export function terminalColumns(): number {
  const tty = process.stdout.isTTY ? process.stdout.columns : undefined;
  return tty || Number(process.env.COLUMNS) || 80;
}

/**
 * A table fitted to `width` terminal columns: first the first column's text wraps (down to
 * `minFirst` columns), then the columns in `droppable` go, last listed first. Returns the table and
 * the headers of what was left out, for the caller's note saying where those figures are.
 */
export function fittedTable(header: string[], cells: string[][], width: number, droppable: number[] = [], minFirst = 16): { table: string; dropped: string[] } {
  const widest = (t: string) => Math.max(...t.split('\n').map(displayWidth));
  const keep = header.map((_, i) => i);
  const build = (firstWidth: number | null) => {
    const wrap = (c: string, i: number) => (i === 0 && firstWidth !== null ? wrapWords(c, firstWidth) : c);
    return textTable(keep.map((i) => wrap(header[i], i)), cells.map((r) => keep.map((i) => wrap(r[i], i))));
  };
  let table = build(null);
  for (const drop of [null, ...[...droppable].reverse()]) {
    if (drop !== null) keep.splice(keep.indexOf(drop), 1);
    table = build(null);
    if (widest(table) <= width) break;
    // Wrap the first column by as much as the table is too wide, but not below minFirst.
    const first = Math.max(...[header[0], ...cells.map((r) => r[0])].map(displayWidth));
    table = build(Math.max(minFirst, first - (widest(table) - width)));
    if (widest(table) <= width) break;
  }
  return { table, dropped: header.filter((_, i) => !keep.includes(i)) };
}

/** Break a label into lines of at most `width` terminal columns, at spaces (a longer word keeps its own line). */
export const wrapWords = (text: string, width: number): string => wrapLines(text, width, displayWidth).join('\n');

export const pct = (x: number | null) => (x === null ? '-' : `${(100 * x).toFixed(1)}%`);
export const fix = (x: number | null, d = 2) => (x === null ? '-' : x.toFixed(d));
