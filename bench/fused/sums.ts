import type { Days } from './days.js';
import { FIGURES, WIDTH } from './figures.js';

/** A stretch of days summed on its own: the warm-up, the days before the campaigns, each campaign, the gaps, after, and overall. */
export interface Stretch {
  id: string;
  from: number;
  /** Exclusive. */
  to: number;
}

/**
 * The stretches of the horizon: cut at every campaign's first and last day; the first `warmupDays`
 * (cut short by a campaign) stand apart from the days before the campaigns; "overall" is everything
 * after the warm-up.
 */
export function stretchesOf(days: Days, campaignIds: readonly string[], warmupDays: number): Stretch[] {
  const out: Stretch[] = [];
  let gaps = 0;
  let campaignSeen = false;
  for (let start = 0; start < days.count; ) {
    const ci = days.campaign[start];
    let end = start + 1;
    while (end < days.count && days.campaign[end] === ci) end++;
    if (ci >= 0) {
      out.push({ id: campaignIds[ci], from: start, to: end });
      campaignSeen = true;
    } else if (!campaignSeen) {
      const warm = Math.min(end, start + warmupDays);
      if (warm > start) out.push({ id: 'warmup', from: start, to: warm });
      if (end > warm) out.push({ id: 'baseline', from: warm, to: end });
    } else out.push({ id: end === days.count ? 'after' : `gap-${++gaps}`, from: start, to: end });
    start = end;
  }
  const warmup = out.find((s) => s.id === 'warmup');
  out.push({ id: 'overall', from: warmup && warmup.to < days.count ? warmup.to : 0, to: days.count });
  return out;
}

/** What the reference keeps of a run: per stretch, row (units, then the county) and figure, the sum over its days and the value on its last day. */
export interface RunSums {
  figures: readonly string[];
  /** Unit ids, then "county". */
  rows: readonly string[];
  stretches: (Stretch & { sum: Float64Array; last: Float64Array })[];
}

/** Adds up every day's rows into the stretches that hold it (two a day: its own and overall). */
export class Sums {
  readonly out: RunSums;

  constructor(days: Days, campaignIds: readonly string[], warmupDays: number, rowIds: readonly string[]) {
    const size = rowIds.length * WIDTH;
    this.out = {
      figures: FIGURES,
      rows: rowIds,
      stretches: stretchesOf(days, campaignIds, warmupDays).map((s) => ({ ...s, sum: new Float64Array(size), last: new Float64Array(size) })),
    };
  }

  add(day: number, rows: Float64Array): void {
    for (const s of this.out.stretches) {
      if (day < s.from || day >= s.to) continue;
      const sum = s.sum;
      for (let k = 0; k < sum.length; k++) sum[k] += rows[k];
      if (day === s.to - 1) s.last.set(rows);
    }
  }
}
