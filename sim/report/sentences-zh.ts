import { scenarioDiff } from './arms.js';
import { experimentSentencesZh } from './sentences-experiment-zh.js';
import { campaignSteps } from './campaign-steps.js';
import { regularLoss } from './loss.js';
import { differenceText, measurePhrase, measureUnitZh, tr, type Locale } from './locale.js';
import { windowName } from './metrics.js';
import type { Results, WindowResult } from './read/results.js';
import { hasInterval, statOf, type Stat } from './stat.js';
import { fixed, moved, pct } from './text.js';
import { bySizeThatMatters, changeSize, clearlyNonZero, relativeChange, signedEffect, signedPercent } from './findings.js';
import { shownMeasures } from './metrics.js';
import { distinctDigits, formatValue } from '../measures/measure.js';
import { measureInfo } from '../measures/measures.js';
import type { DifferenceRow } from '../runner/contract.js';

/**
 * A run's summary in Chinese: the same findings as sentences.ts's English, each a whole sentence
 * from sim/i18n/report-messages.ts (one measure a sentence where the English lists three in one:
 * a list joined with "and" does not translate piece by piece).
 */

const stat = (w: WindowResult | undefined, key: string): Stat | null => (w ? statOf(w.county[key]) : null);

/** The measures a campaign is compared on, with their number format and what counts as no change. */
const CAMPAIGN_MEASURES = [
  ['regular_done_per_staff_week', (x: number) => fixed(x), 0.05],
  ['shirk_rate', (x: number) => pct(x), 0.002],
  ['fatigue_mean', (x: number) => fixed(x), 0.01],
] as const;

const direction = (verb: string) => (verb === 'stayed about the same' ? 'same' : verb === 'rose' || verb === 'grew' ? 'up' : 'down');

function withCiZh(s: Stat, f: (x: number) => string, locale: Locale): string {
  return hasInterval(s) ? tr('withCi', locale, { mean: f(s.mean), lo: f(s.lo), hi: f(s.hi) }) : f(s.mean);
}

export function summarySentencesZh(r: Results, locale: Locale): string[] {
  const exp = r.experiment;
  if (exp?.kind === 'compare') return compareSentencesZh(r, locale);
  if (exp && exp.kind !== 'replicates' && exp.kind !== 'run') return experimentSentencesZh(r, locale);
  const out: string[] = [];
  const base = r.windows.find((w) => w.kind === 'baseline');
  const overall = r.windows.find((w) => w.kind === 'overall');
  const staff = r.departments.reduce((a, d) => a + d.headcount, 0);
  const days = overall ? overall.to - overall.from : 0;
  out.push(
    r.departments.length
      ? tr('scope', locale, { name: r.name, days, depts: r.departments.length, staff, campaigns: r.campaigns.length })
      : tr('scopeNoDepts', locale, { name: r.name, days, campaigns: r.campaigns.length }),
  );
  out.push(r.replicates > 1 ? tr('replicates', locale, { n: r.replicates }) : tr('singleRun', locale, { seed: r.seed !== null ? String(r.seed) : 'none' }));
  if (!base) return out;

  const name = (w: WindowResult) => windowName(w.id, r.campaigns, locale, w.to - w.from);
  for (const c of r.campaigns) {
    const w = r.windows.find((x) => x.id === c.id);
    if (!w) continue;
    for (const [key, f, tol] of CAMPAIGN_MEASURES) {
      const b = stat(base, key);
      const s = stat(w, key);
      if (!b || !s) continue;
      const unit = measureUnitZh(key);
      out.push(tr('campaignMeasure', locale, { campaign: name(w), measure: measurePhrase(key, locale), dir: direction(moved(b.mean, s.mean, tol)), from: f(b.mean), value: withCiZh(s, f, locale), unit: unit ? ` ${unit}` : '' }));
      if (key === 'shirk_rate') {
        const [ha, hb] = [stat(base, 'shirked_hours_per_staff_week'), stat(w, 'shirked_hours_per_staff_week')];
        if (ha && hb) out.push(tr('campaignShirkedHours', locale, { campaign: name(w), from: fixed(ha.mean, 1), value: withCiZh(hb, (x) => fixed(x, 1), locale) }));
      }
    }
  }

  out.push(...consecutiveCampaigns(r, locale, name));

  const losses = regularLoss(r);
  const last = r.campaigns[r.campaigns.length - 1];
  const lastWindow = r.windows.find((w) => w.id === last?.id);
  const lastLoss = losses.filter((l) => l.campaign === last?.name && l.headcount > 0).sort((a, b) => a.headcount - b.headcount);
  if (lastLoss.length >= 4 && lastWindow) {
    const k = Math.max(1, Math.floor(lastLoss.length / 4));
    const avg = (xs: typeof lastLoss) => xs.reduce((a, l) => a + l.loss_share, 0) / xs.length;
    const [small, large] = [lastLoss.slice(0, k), lastLoss.slice(-k)];
    out.push(tr('smallLarge', locale, { campaign: name(lastWindow), k, small: small[small.length - 1].headcount, smallLoss: pct(avg(small), 0), large: large[0].headcount, largeLoss: pct(avg(large), 0) }));
  }

  const wasted = stat(overall, 'wasted_hours');
  const reversals = stat(overall, 'reversals');
  if (wasted && wasted.mean > 0) {
    out.push(tr('wasted', locale, { count: reversals ? fixed(reversals.mean, reversals.mean % 1 ? 1 : 0) : 'none', hours: withCiZh(wasted, (x) => fixed(x, 0), locale) }));
  }
  const backlogBase = stat(base, 'regular_backlog_end');
  const after = r.windows.filter((w) => w.kind !== 'overall').at(-1);
  const backlogEnd = stat(after, 'regular_backlog_end');
  if (backlogBase && backlogEnd && after && after !== base) {
    out.push(tr('backlog', locale, { dir: direction(moved(backlogBase.mean, backlogEnd.mean, 1, 'grew', 'shrank')), from: fixed(backlogBase.mean, 0), value: withCiZh(backlogEnd, (x) => fixed(x, 0), locale) }));
  }
  return out;
}

/** Each campaign against the one before it, and what the scenario changed between them (parameter paths as written). */
function consecutiveCampaigns(r: Results, locale: Locale, name: (w: WindowResult) => string): string[] {
  const out: string[] = [];
  for (const { a, b, changes } of campaignSteps(r)) {
    const changed = changesZh(changes);
    if (changed) out.push(tr('consecutiveChanged', locale, { prev: name(a), cur: name(b), changes: changed }));
    for (const [key, f, tol] of CAMPAIGN_MEASURES) {
      const [sa, sb] = [stat(a, key), stat(b, key)];
      if (!sa || !sb) continue;
      const unit = measureUnitZh(key);
      out.push(tr('consecutiveMeasure', locale, { prev: name(a), cur: name(b), measure: measurePhrase(key, locale), dir: direction(moved(sa.mean, sb.mean, tol)), from: f(sa.mean), value: withCiZh(sb, f, locale), unit: unit ? ` ${unit}` : '' }));
    }
  }
  return out;
}

/** A value of the scenario as a Chinese reader reads it: 是/否 for a switch, 无 for an empty list. */
function valueZh(text: string): string {
  if (text === 'true' || text === 'false' || text === '[]') return { true: '是', false: '否', '[]': '无' }[text];
  const plain = text.replace(/^\[(.*)\]$/, '$1').replace(/"/g, '');
  return plain.replace(/\b(mon|tue|wed|thu|fri|sat|sun)\b/g, (d) => WEEKDAYS[d]).replace(/,/g, '、');
}

const WEEKDAYS: Record<string, string> = { mon: '周一', tue: '周二', wed: '周三', thu: '周四', fri: '周五', sat: '周六', sun: '周日' };

/** "overtimePay：是 → 否；reportingHours：0 → 1": the scenario's own field names (as in its YAML), values in words. */
function changesZh(diff: { path: string; from: string; to: string }[], max = 6): string {
  return diff.slice(0, max).map((d) => `${d.path}：${valueZh(d.from)} → ${valueZh(d.to)}`).join('；') + (diff.length > max ? `；另有 ${diff.length - max} 项` : '');
}

/** A comparison's findings, largest change that matters first, then what was run and how the scenarios differ. */
function compareSentencesZh(r: Results, locale: Locale): string[] {
  const exp = r.experiment!;
  const measures = shownMeasures(r, locale).map((m) => m.key);
  const out: string[] = [];
  const overall = (exp.differences ?? []).filter((d) => d.window === 'overall' && d.unit === 'county' && measures.includes(d.metric)).sort(bySizeThatMatters);
  for (const d of overall) {
    const s = differenceSentenceZh(d, locale);
    if (s) out.push(s);
  }
  out.push(tr('compareScope', locale, { points: exp.points.length, replicates: exp.replicates, runs: exp.points.length * exp.replicates, campaigns: r.campaigns.length }));
  const base = r.arms[0];
  for (const a of r.arms) {
    const desc = typeof a.scenario.description === 'string' && a.scenario.description ? a.scenario.description.trim() : 'none';
    out.push(tr(a === base ? 'armBaseline' : 'arm', locale, { label: a.label, desc }));
    if (a === base) continue;
    const changes = changesZh(scenarioDiff(base.scenario, a.scenario).filter((x) => x.path !== 'name' && x.path !== 'description'));
    out.push(changes ? tr('armDiffers', locale, { label: a.label, base: base.label, changes }) : tr('armSameAsBase', locale, { label: a.label, base: base.label }));
  }
  return out;
}

/** One measure of a comparison, as findings.ts's differenceSentence says it in English. */
function differenceSentenceZh(r: DifferenceRow, locale: Locale): string | null {
  const info = measureInfo(r.metric);
  if (!info || r.diff_mean === null || r.baseline_mean === null || r.arm_mean === null) return null;
  const d = distinctDigits(info, r.baseline_mean, r.arm_mean);
  const unit = measureUnitZh(r.metric);
  const to = `${formatValue(info, r.arm_mean, d)}${unit ? ` ${unit}` : ''}`;
  const rel = relativeChange(r);
  const down = r.diff_mean < 0;
  const values = {
    arm: r.arm,
    base: r.baseline,
    measure: measurePhrase(r.metric, locale),
    from: formatValue(info, r.baseline_mean, d),
    to,
    n: r.n,
    diff: differenceText(info, r.diff_mean, d, locale),
    lo: differenceText(info, r.ci_low, d, locale),
    hi: differenceText(info, r.ci_high, d, locale),
    rel: rel === null ? '–' : signedPercent(rel),
    effect: signedEffect(r.effect),
    dir: down ? 'down' : 'up',
    k: Math.round(((down ? r.baseline_higher : r.arm_higher) ?? 0) * r.n),
    size: changeSize(r) ?? 'none',
  };
  if (r.diff_mean === 0) return tr('differenceNone', locale, values);
  return tr(clearlyNonZero(r) ? 'differenceClear' : 'differenceUnclear', locale, values);
}
