import { hasInterval, type Stat } from './stat.js';

/** Numbers in report text: shares as percentages, others with fixed decimals, thousands grouped. */
export const pct = (x: number, d = 1): string => `${(100 * x).toFixed(d)}%`;
export const fixed = (x: number, d = 2): string =>
  Math.abs(x) >= 1000 ? Math.round(x).toLocaleString('en-US') : x.toFixed(d);

/** "rose", "fell" or "stayed at": the verb a reader expects for a change from a to b. */
export function moved(a: number, b: number, tolerance: number, up = 'rose', down = 'fell'): string {
  return Math.abs(b - a) <= tolerance ? 'stayed about the same' : b > a ? up : down;
}

/** "1 department", "18 departments": a count with its noun in the right number. */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** A unit after a value: singular after exactly one ("1 task", "1.0 days" stays plural as written). */
export const unitAfter = (value: string, unit: string): string =>
  value !== '1' ? unit : /^people\b/.test(unit) ? unit.replace(/^people/, 'person') : unit.replace(/^(\w*?)(ies|s)\b/, (_m, stem: string, end: string) => stem + (end === 'ies' ? 'y' : ''));

/** "5.1% (95% CI 4.8% to 5.4%)" when the stat has an interval; "5.1%" when it does not. */
export function withCi(s: Stat, f: (x: number) => string): string {
  return hasInterval(s) ? `${f(s.mean)} (95% CI ${f(s.lo)} to ${f(s.hi)})` : f(s.mean);
}

/** The same, short, for table cells: "5.1% [4.8%, 5.4%]". */
export function cell(s: Stat | null, f: (x: number) => string): string {
  if (!s) return '–';
  return hasInterval(s) ? `${f(s.mean)} [${f(s.lo)}, ${f(s.hi)}]` : f(s.mean);
}

/** Escape text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/**
 * Escape text for Markdown: HTML-like text becomes entities (renderers pass raw HTML through),
 * and characters with Markdown meaning are backslash-escaped, pipes too (they end table cells).
 */
export function escapeMd(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]#|!])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}

/** JSON that is safe inside a <script> element: no "</script", no "<!--", no U+2028/9 surprises. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * Break text into lines of at most `width` (as `measure` counts it: characters by default, terminal
 * columns for a table), at spaces; a longer word keeps its own line.
 */
export function wrapLines(text: string, width: number, measure: (s: string) => number = (s) => s.length): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.length - 1;
    if (last >= 0 && measure(lines[last]) + 1 + measure(word) <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
/** Punctuation that must not begin a line (，。）etc.): it stays with the character before it. */
const NO_LINE_START = /^[，。、；：！？）」』》〉”’％]/;

/**
 * wrapLines for text with Chinese in it: a line may break between any two Chinese characters (there
 * are no spaces to break at), never before closing punctuation; a Chinese character counts as
 * `wide` characters of Latin text (about 1/0.62: full width against the average Latin letter).
 * Text without Chinese is left to wrapLines, unchanged.
 */
export function wrapText(text: string, width: number, wide = 1.6): string[] {
  if (!CJK.test(text)) return wrapLines(text, width);
  const size = (s: string) => [...s].reduce((a, c) => a + (CJK.test(c) ? wide : 1), 0);
  const tokens = text.match(/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+|\s+/g) ?? [];
  // Closing punctuation joins the token before it.
  const units: string[] = [];
  for (const t of tokens) if (units.length && NO_LINE_START.test(t)) units[units.length - 1] += t; else units.push(t);
  const lines: string[] = [''];
  for (const u of units) {
    const last = lines.length - 1;
    if (/^\s+$/.test(u)) {
      if (lines[last]) lines[last] += ' ';
      continue;
    }
    if (lines[last] && size(lines[last].trimEnd() + u) > width) lines.push(u);
    else lines[last] += u;
  }
  return lines.map((l) => l.trimEnd()).filter(Boolean);
}
