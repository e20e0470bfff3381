import { scenarioDiff } from './arms.js';
import type { Results, WindowResult } from './read/results.js';

type Campaign = Results['campaigns'][number];

/** One campaign after the one before it: both windows, and what the scenario changed between them. */
export interface CampaignStep {
  prev: Campaign;
  cur: Campaign;
  a: WindowResult;
  b: WindowResult;
  /** The campaign settings that differ (id, name and start left out: every campaign has its own). */
  changes: ReturnType<typeof scenarioDiff>;
}

/**
 * Each campaign against the one before it, for the summaries in every language: case A's pay ban in
 * campaign 3 reads here, where a comparison with the baseline hides it.
 */
export function campaignSteps(r: Results): CampaignStep[] {
  const configs = Array.isArray(r.scenario?.campaigns) ? (r.scenario.campaigns as Record<string, unknown>[]) : [];
  const strip = (c: Record<string, unknown> | undefined) => (c ? Object.fromEntries(Object.entries(c).filter(([key]) => !['id', 'name', 'start'].includes(key))) : {});
  const steps: CampaignStep[] = [];
  for (let k = 1; k < r.campaigns.length; k++) {
    const [prev, cur] = [r.campaigns[k - 1], r.campaigns[k]];
    const a = r.windows.find((w) => w.id === prev.id);
    const b = r.windows.find((w) => w.id === cur.id);
    if (!a || !b) continue;
    steps.push({ prev, cur, a, b, changes: scenarioDiff(strip(configs.find((c) => c.id === prev.id)), strip(configs.find((c) => c.id === cur.id))) });
  }
  return steps;
}
