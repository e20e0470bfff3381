import { format, MEASURE_TEXT, REPORT_MESSAGES, type Locale, type ReportMessageKey, type Values } from '../i18n/index.js';
import { formatDifference, titleOf, type MeasureInfo } from '../measures/measure.js';
import { measureInfo } from '../measures/measures.js';

export type { Locale } from '../i18n/index.js';

/** The language of a report: English unless `--lang zh-CN`. */
export const DEFAULT_LOCALE: Locale = 'en';

/** A report's words in its language, from sim/i18n/report-messages.ts. */
export const tr = (key: ReportMessageKey, locale: Locale, values?: Values): string => format(REPORT_MESSAGES[key], locale, values);

/**
 * A measure's column or axis title, "Hours shirked (h/person/week)": in English from the measure
 * registry as before, in Chinese from the page's MEASURE_TEXT (one name per measure and language);
 * a measure the page has no Chinese for keeps its registry title.
 */
export function measureTitle(key: string, locale: Locale): string {
  const info = measureInfo(key);
  if (!info) throw new Error(`not a registered measure: ${key}`);
  const text = MEASURE_TEXT[key];
  if (locale === 'en' || !text) return titleOf(info);
  // A share in %, an index 0–1 as in English; the rest in the page's words for the unit.
  const unit = text.kind === 'share' ? '%' : info.unit === '0–1' ? info.unit : format(text.axis, locale);
  return tr('measureTitle', locale, { name: format(text.name, locale), unit });
}

/** A measure inside a sentence ("shirking", 怠工工时占比): the page's phrase, or the registry's label. */
export function measurePhrase(key: string, locale: Locale): string {
  const text = MEASURE_TEXT[key];
  return text ? format(text.phrase, locale) : (measureInfo(key)?.label ?? key);
}

/** A measure's unit after a number in a Chinese sentence ("件/人/周"), empty for shares and indices. */
export function measureUnitZh(key: string): string {
  const text = MEASURE_TEXT[key];
  return text && text.kind !== 'share' ? format(text.value, 'zh-CN', { x: '', n: 0 }).trim() : '';
}

/** A difference of two values in a report's language: shares in percentage points ("+1.2 pp", "+1.2 个百分点"). */
export function differenceText(info: Pick<MeasureInfo, 'unit' | 'digits'>, x: number | null, digits: number, locale: Locale): string {
  const text = formatDifference(info, x, digits);
  return locale === 'en' || info.unit !== 'share' || text === '–' ? text : tr('points', locale, { x: text.replace(/ pp$/, '') });
}
