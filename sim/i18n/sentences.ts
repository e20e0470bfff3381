import { format, num, percent, points, type Locale } from './format.js';
import { MEASURE_TEXT, MESSAGES } from './messages.js';

/** One measure of a paired comparison: the two sides' means and the paired differences B − A. */
export interface PairedResult {
  measure: string;
  a: number | null;
  b: number | null;
  /** Mean of the paired differences B − A and its 95% CI. */
  diff: { mean: number | null; lo: number | null; hi: number | null };
  /** Paired runs, and how many of them had B below A. */
  n: number;
  lower: number;
}

const textOf = (measure: string) => {
  const t = MEASURE_TEXT[measure];
  if (!t) throw new Error(`no text for measure "${measure}"`);
  return t;
};

/** A measure's value with its unit: "15.9% of working hours", "7.9 days", "1,230 staff-hours". */
export function measureValue(measure: string, x: number | null, locale: Locale, short = false): string {
  const t = textOf(measure);
  const s = t.kind === 'share' ? percent(x, locale) : num(x, locale, t.digits ?? 3);
  return format(short ? t.short : t.value, locale, { x: s, n: x ?? 0 });
}

/** A difference's size with its unit: "3.8 points", "2.1 days". */
function diffValue(measure: string, d: number, locale: Locale): string {
  const t = textOf(measure);
  const s = t.kind === 'share' ? points(d, locale) : num(d, locale, 2);
  return format(t.diff, locale, { x: s, n: t.kind === 'share' ? Number(points(d, 'en')) : d });
}
const bare = (measure: string, d: number, locale: Locale) => (textOf(measure).kind === 'share' ? points(d, locale) : num(d, locale, 2));

/**
 * The sentence a teacher reads aloud for one measure of a paired comparison, in the direction the
 * difference goes ("3.8 points less, 95% CI 3.5 to 4.1"): the interval has the same sign as the
 * words, never "cut by 0.008 (95% CI −0.008 to −0.007)". When the interval includes zero, the
 * sentence says there is no clear difference and gives the signed interval of B − A.
 */
export function compareSentence(r: PairedResult, labels: { a: string; b: string }, locale: Locale): string {
  const t = textOf(r.measure);
  const base = { bLabel: labels.b, aLabel: labels.a, measure: format(t.phrase, locale), b: measureValue(r.measure, r.b, locale), a: measureValue(r.measure, r.a, locale, true), n: r.n, k: r.lower };
  const { mean, lo, hi } = r.diff;
  if (mean === null || lo === null || hi === null) return format(MESSAGES.compareUnclear, locale, { ...base, lo: '–', hi: '–' });
  if (lo <= 0 && hi >= 0) {
    const signed = (x: number) => (x > 0 ? '+' : '') + bare(r.measure, x, locale);
    return format(MESSAGES.compareUnclear, locale, { ...base, lo: signed(lo), hi: signed(hi) });
  }
  const less = mean < 0;
  // In the direction of the words: for "less", the interval of A − B, low end first.
  const [from, to] = less ? [-hi, -lo] : [lo, hi];
  return format(MESSAGES.compare, locale, {
    ...base,
    dir: less ? 'less' : 'more',
    diff: diffValue(r.measure, Math.abs(mean), locale),
    lo: bare(r.measure, from, locale),
    hi: bare(r.measure, to, locale),
    k: less ? r.lower : r.n - r.lower,
  });
}

/**
 * A summary window's name (ids from sim/metrics/windows.ts: warmup, baseline, a campaign's id,
 * gap-N, after, overall). Campaigns are named by their number among the scenario's campaigns
 * (`campaignIds`) and their length in days.
 */
export function periodName(id: string, locale: Locale, campaignIds: readonly string[] = [], days?: number): string {
  if (id === 'warmup' || id === 'baseline' || id === 'after' || id === 'overall') return format(MESSAGES[id], locale);
  const gap = /^gap-(\d+)$/.exec(id);
  if (gap) return format(MESSAGES.gap, locale, { n: Number(gap[1]) });
  const k = campaignIds.indexOf(id);
  if (k >= 0) return format(MESSAGES.campaign, locale, { n: k + 1, days: days ?? 0 });
  return id;
}
