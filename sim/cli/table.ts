import { terminalText } from './terminal-text.js';
import { displayWidth, padEndColumns, padStartColumns } from './text-width.js';

/**
 * A plain fixed-width text table for the terminal: cells hold names, so control characters go, and
 * columns line up by display width (Chinese names too).
 */
export function textTable(header: string[], cells: string[][]): string {
  const rows = cells.map((r) => r.map(terminalText));
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]))));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? padEndColumns(c, widths[i]) : padStartColumns(c, widths[i]))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export const pct = (x: number | null) => (x === null ? '-' : `${(100 * x).toFixed(1)}%`);
export const fix = (x: number | null, d = 2) => (x === null ? '-' : x.toFixed(d));
