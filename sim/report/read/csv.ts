import * as vega from 'vega';
import { readCsvText } from '../../runner/format.js';

export type CsvRow = Record<string, string | number | null>;

const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * Parse a results CSV (RFC 4180, header row) with vega's reader (d3-dsv underneath). A column whose
 * every non-empty field is a number becomes numbers (empty fields null); any other column stays
 * text, so dates stay ISO strings and a swept parameter with values like "office" stays a word.
 * Columns named in `textColumns` always stay text.
 */
export function parseCsv(text: string, textColumns: readonly string[] = []): { columns: string[]; rows: CsvRow[] } {
  const columns = headerOf(text);
  const rows = vega.read(text, { type: 'csv' }) as Record<string, string>[];
  const out = rows as unknown as CsvRow[];
  for (const c of columns) {
    // Text cells that csvField guarded against spreadsheet formulas read back as written.
    for (const r of rows) if (typeof r[c] === 'string' && r[c].startsWith("'")) r[c] = readCsvText(r[c]);
    if (textColumns.includes(c)) continue;
    if (!rows.every((r) => r[c] === '' || NUMBER.test(r[c]))) continue;
    for (const r of out) r[c] = r[c] === '' ? null : Number(r[c]);
  }
  return { columns, rows: out };
}

/** The header's names, read by the same parser so quoted names come out right. */
function headerOf(text: string): string[] {
  const end = text.search(/\r?\n/);
  const line = end < 0 ? text : text.slice(0, end);
  const rows = vega.read(`${line}\n${line}\n`, { type: 'csv' }) as Record<string, unknown>[];
  return rows.length ? Object.keys(rows[0]) : [];
}
