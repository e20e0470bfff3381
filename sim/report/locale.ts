import { format, MEASURE_TEXT, MORE_MEASURE_TEXT, PARAMETER_TEXT, REPORT_MESSAGES, UNIT_TEXT, type Locale, type ReportMessageKey, type Values } from '../i18n/index.js';
import { formatDifference, titleOf, type MeasureInfo } from '../measures/measure.js';
import { measureInfo } from '../measures/measures.js';
import { parameterInfo } from '../scenario/field-info.js';
import { factorInfo } from '../runner/factor-info.js';
import type { Factor } from '../runner/factors.js';

export type { Locale } from '../i18n/index.js';

/** The language of a report: English unless `--lang zh-CN`. */
export const DEFAULT_LOCALE: Locale = 'en';

/** A report's words in its language, from sim/i18n/report-messages.ts. */
export const tr = (key: ReportMessageKey, locale: Locale, values?: Values): string => format(REPORT_MESSAGES[key], locale, values);

/** A measure's words: the page's, else the rest of the registry's (sim/i18n/messages.ts). */
const measureText = (key: string) => MEASURE_TEXT[key] ?? MORE_MEASURE_TEXT[key];

/**
 * A measure's column or axis title, "Hours shirked (h/person/week)": in English from the measure
 * registry as before, in Chinese from the page's MEASURE_TEXT (one name per measure and language);
 * a measure the page has no Chinese for keeps its registry title.
 */
export function measureTitle(key: string, locale: Locale): string {
  const info = measureInfo(key);
  if (!info) throw new Error(`not a registered measure: ${key}`);
  const text = measureText(key);
  if (locale === 'en' || !text) return titleOf(info);
  // A share in %, an index 0–1 as in English; the rest in the page's words for the unit.
  const unit = text.kind === 'share' ? '%' : info.unit === '0–1' ? info.unit : format(text.axis, locale);
  return tr('measureTitle', locale, { name: format(text.name, locale), unit });
}

/** A measure inside a sentence ("shirking", 怠工工时占比): the page's phrase, or the registry's label. */
export function measurePhrase(key: string, locale: Locale): string {
  const text = measureText(key);
  return text ? format(text.phrase, locale) : (measureInfo(key)?.label ?? key);
}

/** A measure's unit after a number in a Chinese sentence ("件/人/周"), empty for shares and indices. */
export function measureUnitZh(key: string): string {
  const text = measureText(key);
  return text && text.kind !== 'share' ? format(text.value, 'zh-CN', { x: '', n: 0 }).trim() : '';
}

/** A difference of two values in a report's language: shares in percentage points ("+1.2 pp", "+1.2 个百分点"). */
export function differenceText(info: Pick<MeasureInfo, 'unit' | 'digits'>, x: number | null, digits: number, locale: Locale): string {
  const text = formatDifference(info, x, digits);
  return locale === 'en' || info.unit !== 'share' || text === '–' ? text : tr('points', locale, { x: text.replace(/ pp$/, '') });
}

/**
 * A parameter in words: in English the schema's label ("Office strength"), in Chinese the words of
 * sim/i18n/parameter-text.ts (议事协调机构的权威), else the path as written in the YAML and in --set.
 * A list element's id or number follows in Chinese as in English ("攻坚期间的督查抽查频率，第 2 次攻坚").
 */
export function parameterLabel(path: string, locale: Locale): string {
  const info = fieldOf(path);
  if (locale === 'en') return info.label;
  const text = PARAMETER_TEXT[info.field];
  if (!text) return path;
  const elements = elementsOf(path, info.field).map(({ list, at }) => tr('listElement', locale, { list, kind: at === '[]' ? 'all' : /^\d+$/.test(at) ? 'index' : 'id', at: /^\d+$/.test(at) ? Number(at) + 1 : at }));
  return [format(text, locale), ...elements].join('，');
}

/** The schema's words for a path; a factor over every element of a list (`campaigns[].hoursPerDay`) as its first element's. */
const fieldOf = (path: string) => parameterInfo(path.replace(/\[\]/g, '.0'));

/** The list elements a path names on its way to a field: campaigns.0.hoursPerDay -> [{ list: campaigns, at: 0 }]; `[]` for every one. */
function elementsOf(path: string, field: string): { list: string; at: string }[] {
  const segs = path.replace(/\[\]/g, '.[]').split('.');
  const out: { list: string; at: string }[] = [];
  let i = 0;
  for (const f of field.split('.')) {
    if (f.endsWith('[]')) {
      const at = segs[i + 1] ?? '';
      out.push({ list: f.slice(0, -2).split('.').at(-1) ?? f, at });
      i += 2;
    } else i += 1;
  }
  return out;
}

/** A unit of the schema (or a factor's "× own value") in a report's language; as written when not listed. */
export function unitWords(unit: string, locale: Locale): string {
  return UNIT_TEXT[unit] ? format(UNIT_TEXT[unit], locale) : unit;
}

/** A parameter with its unit, for an axis: "Office strength (share, 0–1)", 议事协调机构的权威（比例，0–1）. */
export function parameterTitle(path: string, locale: Locale): string {
  if (locale === 'en') return parameterInfo(path).title;
  const { unit } = fieldOf(path);
  const label = parameterLabel(path, locale);
  return unit ? tr('measureTitle', locale, { name: label, unit: unitWords(unit, locale) }) : label;
}

/** A parameter inside a Chinese sentence: its words and its path ("被查处的处罚（inspection.penalty）"), or the path alone. */
export function parameterNamed(path: string, locale: Locale): string {
  const label = parameterLabel(path, locale);
  return label === path ? path : `${label}（${path}）`;
}

/** A factor of a research design in words with its unit (sim/runner/factor-info.ts in English): a scale factor's unit is "× own value". */
export function factorTitle(f: Factor, locale: Locale): string {
  if (locale === 'en') return factorInfo(f).title;
  const path = f.id.includes('[]') ? f.id : (f.targets[0] ?? f.id);
  const unit = f.kind === 'scale' ? '× own value' : fieldOf(path).unit;
  const label = parameterLabel(path, locale);
  return unit ? tr('measureTitle', locale, { name: label, unit: unitWords(unit, locale) }) : label;
}
