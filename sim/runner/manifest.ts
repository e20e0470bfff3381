import { stableJson } from './format.js';
import { jobCount, jobPoint, jobReplicate, jobSeedKey, planHash, type ExperimentPlan } from './plan.js';
import { SEED_RULE } from './seeds.js';
import { deptsimVersion } from './version.js';

export type RunStatus = 'done' | 'pending' | 'failed' | 'other-shard';

/**
 * manifest.json: what was run and how it went, enough to rerun any single replicate: the deptsim
 * version, each scenario's hash, the seed rule and every run's seed key and status. No clock, host
 * or thread count, so the same experiment always writes the same manifest.
 */
export function manifestJson(
  plan: ExperimentPlan,
  status: (job: number) => RunStatus,
  extra: { files?: string[]; shard?: { index: number; count: number } } = {},
): string {
  const runs = Array.from({ length: jobCount(plan) }, (_, j) => ({
    job: j,
    point: jobPoint(plan, j),
    replicate: jobReplicate(plan, j),
    seed_key: jobSeedKey(plan, j),
    status: status(j),
  }));
  const counts: Record<string, number> = {};
  for (const r of runs) counts[r.status] = (counts[r.status] ?? 0) + 1;
  return stableJson({
    deptsim: deptsimVersion(),
    kind: plan.kind,
    name: plan.name,
    complete: counts.done === runs.length,
    ...(extra.shard ? { shard: `${extra.shard.index}/${extra.shard.count}` } : {}),
    plan_hash: planHash(plan),
    seed: plan.seed,
    seed_rule: SEED_RULE,
    replicates: plan.replicates,
    daily: plan.daily,
    scenarios: plan.points.map((p, i) => ({
      [plan.pointColumn ?? 'point']: plan.pointColumn ? p.label : i,
      scenario: p.scenario,
      ...(p.file !== undefined ? { file: p.file } : {}),
      hash: `sha256:${p.hash}`,
      ...(plan.parameters.length ? { values: p.values } : {}),
    })),
    counts,
    ...(extra.files ? { files: extra.files } : {}),
    runs,
  });
}
