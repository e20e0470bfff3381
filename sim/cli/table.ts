import { terminalText } from './terminal-text.js';

/** A plain fixed-width text table for the terminal (cells hold names: control characters go). */
export function textTable(header: string[], cells: string[][]): string {
  const rows = cells.map((r) => r.map(terminalText));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export const pct = (x: number | null) => (x === null ? '-' : `${(100 * x).toFixed(1)}%`);
export const fix = (x: number | null, d = 2) => (x === null ? '-' : x.toFixed(d));
