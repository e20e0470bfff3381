import type { ColumnsAsRead } from './daily-csv.js';

/**
 * Builds report files (report.html, plots) from an experiment's data files and manifest, to be
 * written in the same atomic step as the data. The CLI passes sim/report's builder; the runner only
 * knows this shape, so data flows runner -> report and never back. Tables in `asRead` (by file
 * name, as the file reads back) stand in for files left out of `files`.
 */
export type AddReport = (files: Record<string, string>, dir: string, asRead?: Partial<Record<'daily.csv', ColumnsAsRead>>) => Promise<Record<string, string | Uint8Array>>;
