import type { Results } from './read/results.js';
import { statOf } from './stat.js';
import { windowName } from './metrics.js';
import type { Locale } from './locale.js';

/** Regular output lost by one department in one campaign, against its own baseline rate. */
export interface Loss {
  department: string;
  name: string;
  headcount: number;
  campaign: string;
  baseline_rate: number;
  campaign_rate: number;
  /** 1 - campaign rate / baseline rate: 0.4 = 40% of regular output lost. */
  loss_share: number;
}

/**
 * Loss share per department and campaign from summary.json's window figures (means when there are
 * replicates). Departments with no regular output at baseline are left out: no rate to lose.
 */
export function regularLoss(results: Results, locale: Locale = 'en'): Loss[] {
  const base = results.windows.find((w) => w.kind === 'baseline');
  if (!base) return [];
  const out: Loss[] = [];
  for (const w of results.windows) {
    if (w.kind !== 'campaign') continue;
    const campaign = locale === 'en' ? (results.campaigns.find((c) => c.id === w.id)?.name ?? w.id) : windowName(w.id, results.campaigns, locale, w.to - w.from);
    for (const d of results.departments) {
      const b = statOf(base.units[d.id]?.regular_done_per_staff_week)?.mean;
      const c = statOf(w.units[d.id]?.regular_done_per_staff_week)?.mean;
      if (b === undefined || c === undefined || b <= 0) continue;
      out.push({ department: d.id, name: d.name, headcount: d.headcount, campaign, baseline_rate: b, campaign_rate: c, loss_share: 1 - c / b });
    }
  }
  return out;
}
