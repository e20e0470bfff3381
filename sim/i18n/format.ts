import { IntlMessageFormat } from 'intl-messageformat';

/**
 * Message templates in ICU MessageFormat (plural, select and number rules per locale through
 * intl-messageformat), so a sentence is written whole in each language instead of assembled from
 * pieces: word order, measure words and plurals belong to the template. Browser-safe (no node:
 * imports): the teachers' page and the reports format with the same templates.
 */
export type Locale = 'en' | 'zh-CN';
export const LOCALES: readonly Locale[] = ['en', 'zh-CN'];

/** One message in every locale. */
export type Template = Readonly<Record<Locale, string>>;
export type Values = Readonly<Record<string, string | number>>;

/** A template in both languages (English first, as the glossary lists them). */
export const msg = (en: string, zh: string): Template => ({ en, 'zh-CN': zh });

/** The locale a language tag asks for: zh, zh-CN, zh-Hans… are Chinese; anything else is English. */
export function localeOf(tag: string | null | undefined): Locale {
  return /^zh\b/i.test(tag ?? '') ? 'zh-CN' : 'en';
}

const compiled = new Map<string, IntlMessageFormat>();

/** Format a template in a locale; throws on a template with a syntax error or a missing value. */
export function format(template: Template, locale: Locale, values: Values = {}): string {
  const text = template[locale];
  const key = `${locale}\u0000${text}`;
  let f = compiled.get(key);
  if (!f) {
    f = new IntlMessageFormat(text, locale, undefined, { ignoreTag: true });
    compiled.set(key, f);
  }
  const out = f.format(values as Record<string, string | number>);
  if (typeof out !== 'string') throw new Error(`message "${text}" did not format to text`);
  return out;
}

/** Rounded to zero: a value that prints as "-0" or "0.000" is zero, and prints as "0". */
function unsignedZero(x: number, digits: number): number {
  if (x === 0) return 0;
  const rounded = Number(x.toPrecision(digits));
  return rounded === 0 ? 0 : rounded;
}

/**
 * A number as a teacher reads it: at most `digits` significant digits (2-3; whole numbers above
 * that keep their integer digits rounded, 146,883.7 -> 147,000), grouping by the locale, never
 * "-0" or "0.000000"; "–" for a missing value.
 */
export function num(x: number | null | undefined, locale: Locale, digits = 3): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  const v = unsignedZero(x, digits);
  // Minus as U+2212 (a real minus, the width of a plus), not a hyphen.
  return new Intl.NumberFormat(locale, { maximumSignificantDigits: digits }).format(v).replace('-', '−');
}

/**
 * A share (0-1) in per cent: one decimal from 1% up (0.1594 -> "15.9%", 0.11 -> "11.0%", so
 * figures read aloud side by side have the same precision), 2 significant digits below ("0.41%").
 */
export function percent(share: number | null | undefined, locale: Locale): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '–';
  const pc = share * 100;
  const opts: Intl.NumberFormatOptions = Math.abs(pc) >= 0.995 ? { minimumFractionDigits: 1, maximumFractionDigits: 1 } : { maximumSignificantDigits: 2 };
  const v = Math.abs(pc) >= 0.995 ? Math.round(pc * 10) / 10 : unsignedZero(pc, 2);
  return new Intl.NumberFormat(locale, opts).format(v === 0 ? 0 : v).replace('-', '−') + '%';
}

/** A difference of shares in percentage points, as a bare number: 0.038 -> "3.8" (the template says "points"). */
export function points(diff: number | null | undefined, locale: Locale, digits = 2): string {
  return diff === null || diff === undefined || !Number.isFinite(diff) ? '–' : num(diff * 100, locale, digits);
}
