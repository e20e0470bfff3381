import { screenScale } from '../measures/measure.js';
import { measureInfo, type WindowMeasureName } from '../measures/measures.js';
import { chooseMeasures, rankDifferences, rankMorris, rankSweep } from './evidence.js';
import type { Results } from './read/results.js';
import { statOf } from './stat.js';
import { periodName as periodNameIn } from '../i18n/index.js';
import { measureTitle, type Locale } from './locale.js';
import { windowWords } from '../metrics/windows.js';

/** A measure as a figure shows it: its registry title with the screen unit, and the scale from file to screen (shares to %). */
export interface ShownMeasure {
  key: string;
  short: string;
  scale: number;
}

export function shown(key: string, locale: Locale = 'en'): ShownMeasure {
  const info = measureInfo(key);
  if (!info) throw new Error(`not a registered measure: ${key}`);
  return { key, short: measureTitle(key, locale), scale: screenScale(info.unit) };
}

/** What a single run's period figures show when the scenario declares no focus. */
// Hours at work and hours on duties side by side (the hours figure stacks the one into the other),
// hours shirked beside the share shirked (a share alone hides that the hours grew with the day), and
// the work dropped undone beside the backlog (a backlog alone falls when work is dropped).
const RUN_DEFAULT = [
  'regular_done_per_staff_week', 'scheduled_hours_per_staff_week', 'duty_hours_per_staff_week', 'shirk_rate', 'shirked_hours_per_staff_week',
  'fatigue_mean', 'regular_backlog_end', 'regular_lapsed', 'regular_undone_end', 'wasted_hours',
] satisfies WindowMeasureName[];

/**
 * The county measures the report's figures and sentences are about: for experiments, those asked
 * for (--metric), else the scenario's focus and then the measures the evidence says changed most;
 * for a run or replicates of one scenario, the focus and the usual six. A measure that is zero or
 * missing in every period is never shown (no empty panels).
 */
export function shownMeasures(r: Results, locale: Locale = 'en'): ShownMeasure[] {
  const exp = r.experiment;
  const opts = { focus: r.focus, asked: r.asked };
  let keys: string[];
  if (exp?.kind === 'compare' && exp.differences) keys = chooseMeasures(rankDifferences(exp.differences), opts);
  else if (exp?.kind === 'sweep') keys = chooseMeasures(rankSweep(exp.summary), opts);
  else if (exp?.kind === 'sensitivity' && exp.morris) keys = chooseMeasures(rankMorris(exp.morris, exp.summary), opts);
  else {
    const windows = r.windows.filter((w) => w.kind !== 'warmup');
    const live = (k: string) => windows.some((w) => (statOf(w.county[k])?.mean ?? 0) !== 0);
    keys = (r.asked.length ? r.asked : [...new Set([...r.focus, ...RUN_DEFAULT])]).filter(live);
    // Hours shirked right after the share shirked, wherever the focus put the share.
    const [share, hours] = [keys.indexOf('shirk_rate'), keys.indexOf('shirked_hours_per_staff_week')];
    if (share >= 0 && hours > share + 1) keys.splice(share + 1, 0, ...keys.splice(hours, 1));
  }
  return keys.map((k) => shown(k, locale));
}

/**
 * Whether a period figure shows a window: not the warm-up or the few days between campaigns, and
 * not "before the campaigns" when there are none (it is then the whole run again, drawn twice).
 */
export function periodShown(id: string, campaigns: readonly unknown[]): boolean {
  return id !== 'warmup' && !id.startsWith('gap-') && !(id === 'baseline' && campaigns.length === 0);
}

/**
 * A window in plain words, never its id: a campaign by its name, "Between campaigns 1 and 2" for the
 * few days between two, and the fixed windows by what they are.
 */
export function windowName(id: string, campaigns: { id: string; name: string }[], locale: Locale = 'en', days?: number): string {
  // In Chinese, the page's names: campaigns by number and length (第二次百日攻坚), as a class knows them.
  if (locale !== 'en') return periodNameIn(id, locale, campaigns.map((c) => c.id), days);
  return windowWords(id, campaigns, 'heading');
}

/** Periods in plain words, short enough for an axis: a campaign's name without its parenthesis. */
export function periodName(id: string, campaigns: { id: string; name: string }[], locale: Locale = 'en', days?: number): string {
  return windowName(id, campaigns, locale, days).replace(locale === 'en' ? /\s*\(.*$/ : /\s*[(（].*$/, '');
}
