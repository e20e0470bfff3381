import { terminalText } from './terminal-text.js';
import { displayWidth, padEndColumns, padStartColumns } from './text-width.js';

/**
 * A plain fixed-width text table for the terminal: cells hold names, so control characters go, and
 * columns line up by display width (Chinese names too). A header may run over several lines
 * ("Regular\nwork done\nitems/person/week"), bottom-aligned, so long labels make tall headers rather
 * than wide columns.
 */
export function textTable(header: string[], cells: string[][]): string {
  const rows = cells.map((r) => r.map(terminalText));
  const heads = header.map((h) => h.split('\n').map(terminalText));
  const depth = Math.max(...heads.map((h) => h.length));
  const headLines = Array.from({ length: depth }, (_, i) => heads.map((h) => h[i - (depth - h.length)] ?? ''));
  const widths = header.map((_, i) => Math.max(...heads[i].map(displayWidth), ...rows.map((r) => displayWidth(r[i]))));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? padEndColumns(c, widths[i]) : padStartColumns(c, widths[i]))).join('  ').trimEnd();
  return [...headLines.map(line), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Break a label into lines of at most `width` columns, at spaces (a longer word keeps its own line). */
export function wrapWords(text: string, width: number): string {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.length - 1;
    if (last >= 0 && displayWidth(lines[last]) + 1 + displayWidth(word) <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}

export const pct = (x: number | null) => (x === null ? '-' : `${(100 * x).toFixed(1)}%`);
export const fix = (x: number | null, d = 2) => (x === null ? '-' : x.toFixed(d));
