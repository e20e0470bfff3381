import type { ModelState } from '../model/index.js';

/** A stretch of days reported on its own: before the campaigns, each campaign, the gaps, after. */
export interface Window {
  readonly id: string;
  readonly kind: 'warmup' | 'baseline' | 'campaign' | 'gap' | 'after' | 'overall';
  /** First day (inclusive) and last day (exclusive). */
  readonly from: number;
  readonly to: number;
}

/**
 * Cut the horizon into windows at campaign boundaries. The first `warmupDays` (while queues fill from
 * empty; cut short by a campaign) are their own `warmup` window, so the baseline is the county in its
 * ordinary state; "overall" covers everything after the warm-up.
 */
export function windowsOf(campaignOfDay: Int16Array, campaignIds: readonly string[], warmupDays = 0): Window[] {
  const out: Window[] = [];
  const days = campaignOfDay.length;
  let start = 0;
  let seenCampaign = false;
  let gap = 0;
  for (let d = 1; d <= days; d++) {
    if (d < days && campaignOfDay[d] === campaignOfDay[start]) continue;
    const ci = campaignOfDay[start];
    if (ci >= 0) {
      out.push({ id: campaignIds[ci], kind: 'campaign', from: start, to: d });
      seenCampaign = true;
    } else if (!seenCampaign) {
      const warm = Math.min(d, start + warmupDays);
      if (warm > start) out.push({ id: 'warmup', kind: 'warmup', from: start, to: warm });
      if (d > warm) out.push({ id: 'baseline', kind: 'baseline', from: warm, to: d });
    } else if (d === days) {
      out.push({ id: 'after', kind: 'after', from: start, to: d });
    } else {
      out.push({ id: `gap-${++gap}`, kind: 'gap', from: start, to: d });
    }
    start = d;
  }
  const warmup = out.find((w) => w.kind === 'warmup');
  out.push({ id: 'overall', kind: 'overall', from: warmup && warmup.to < days ? warmup.to : 0, to: days });
  return out;
}

export function windowsOfState(st: ModelState): Window[] {
  return windowsOf(st.campaignOfDay, st.scenario.campaigns.map((c) => c.id), st.scenario.calendar.warmupDays);
}

/** The fixed windows in English: as a heading, and inside a sentence. */
const FIXED_WINDOW_WORDS: Record<string, { heading: string; inSentence: string }> = {
  warmup: { heading: 'Warm-up', inSentence: 'the warm-up' },
  baseline: { heading: 'Before the campaigns', inSentence: 'the days before the campaigns' },
  after: { heading: 'After the campaigns', inSentence: 'the days after the campaigns' },
  overall: { heading: 'Whole run', inSentence: 'the whole run' },
};

/**
 * A window in plain English words, never its id: a campaign by its name (or its number), the days
 * between two campaigns, and the fixed windows by what they are; as a heading (the report's
 * windowName, sim/report/metrics.ts, which also has the Chinese names) or inside a sentence (the
 * runner's sentences, such as scenario discovery's).
 */
export function windowWords(id: string, campaigns: readonly { id: string; name?: string }[], form: 'heading' | 'inSentence' = 'inSentence'): string {
  const at = campaigns.findIndex((c) => c.id === id);
  if (at >= 0) return campaigns[at].name ?? `${form === 'heading' ? 'Campaign' : 'campaign'} ${at + 1}`;
  const gap = /^gap-(\d+)$/.exec(id);
  if (gap) return `${form === 'heading' ? 'Between' : 'between'} campaigns ${gap[1]} and ${Number(gap[1]) + 1}`;
  return FIXED_WINDOW_WORDS[id]?.[form] ?? id;
}
