import { formatValue, screenUnit } from '../measures/measure.js';
import { measureInfo, type WindowMeasureName, type WindowStats } from '../measures/measures.js';
import { textTable, wrapWords } from './table.js';

/**
 * Terminal tables of window measures, labelled, formatted and united from the registry
 * (sim/measures/measures.ts): shares print as percentages, every other figure with its measure's
 * decimals. Which measures a table shows is the command's choice; what they are is the registry's.
 */

const infoOf = (key: WindowMeasureName) => measureInfo(key)!;

/** A measure's column header: its label wrapped to a narrow column, its screen unit on the last line (unless the caption says it). */
export function measureHeader(key: WindowMeasureName, withUnit = true, width = 12): string {
  const info = infoOf(key);
  return withUnit ? `${wrapWords(info.label, width)}\n${screenUnit(info.unit)}` : wrapWords(info.label, width);
}

/** A value as the registry formats it on screen. */
export const measureCell = (key: WindowMeasureName, x: number | null | undefined): string => formatValue(infoOf(key), x);

/**
 * One row per window (its id and length in days), one column per measure. With `unitSaid`, the
 * caller's caption names the one unit all the columns share, and the headers leave it out.
 */
export function windowMeasureTable(windows: readonly { id: string; from: number; to: number; county: WindowStats }[], keys: readonly WindowMeasureName[], unitSaid = false): string {
  if (unitSaid && new Set(keys.map((k) => infoOf(k).unit)).size > 1) throw new Error('windowMeasureTable: columns of different units need their units in the header');
  return textTable(
    ['window', 'days', ...keys.map((k) => measureHeader(k, !unitSaid))],
    windows.map((w) => [w.id, String(w.to - w.from), ...keys.map((k) => measureCell(k, w.county[k]))]),
  );
}
