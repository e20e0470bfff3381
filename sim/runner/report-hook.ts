/**
 * Builds report files (report.html, plots) from an experiment's data files and manifest, to be
 * written in the same atomic step as the data. The CLI passes sim/report's builder; the runner only
 * knows this shape, so data flows runner -> report and never back.
 */
export type AddReport = (files: Record<string, string>, dir: string) => Promise<Record<string, string | Uint8Array>>;
