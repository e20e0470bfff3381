import { stableJson } from './format.js';
import type { Scenario } from '../scenario/schema/index.js';
import { jobCount, jobPoint, jobReplicate, jobSeedKey, planHash, scenarioHash, sha256, type ExperimentPlan } from './plan.js';
import { SEED_RULE, singleRunSeedKey } from './seeds.js';
import { manifestIdentity } from './output-folder.js';
import type { Settings } from './older-defaults.js';
import { deptsimVersion } from './version.js';

export type RunStatus = 'done' | 'pending' | 'failed' | 'other-shard';

/**
 * Which shard of an experiment a manifest describes: shard `index` of `count`, 1-based (shard.ts's
 * `Shard`). Defined here, not in shard.ts, so that the manifest does not import the shard code that
 * writes it (an import loop).
 */
export interface ShardPosition {
  index: number;
  count: number;
}

/**
 * manifest.json: what was run and how it went, enough to rerun any single replicate: the deptsim
 * version, each scenario's hash, the seed rule and every run's seed key and status. No clock, host
 * or thread count, so the same experiment always writes the same manifest. `files` (each file's
 * hash) is added as the folder is sealed (ownership.ts).
 */
export function manifestJson(
  plan: ExperimentPlan,
  status: (job: number) => RunStatus,
  extra: { shard?: ShardPosition } = {},
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
    runs,
  });
}

/** What decides a single run's files: the scenario as run and the seed (its "plan hash"). */
export const runPlanHash = (scenario: Scenario, seed: number) => sha256(JSON.stringify({ kind: 'run', scenario: scenarioHash(scenario), seed }));

/**
 * manifest.json of a single run: the same leading fields as an experiment's, so any folder deptsim
 * writes says what wrote it and with which settings (output-folder.ts reads it before replacing).
 */
export function runManifestJson(scenario: Scenario, seed: number): string {
  return stableJson({
    deptsim: deptsimVersion(),
    kind: 'run',
    name: scenario.name,
    complete: true,
    plan_hash: runPlanHash(scenario, seed),
    seed,
    seed_rule: SEED_RULE,
    replicates: 1,
    seed_key: singleRunSeedKey(seed),
    scenarios: [{ scenario: scenario.name, hash: `sha256:${scenarioHash(scenario)}` }],
  });
}

/** A single run's settings, for telling an earlier deptsim's defaults apart (older-defaults.ts): its manifest and scenario.json. */
export const runSettings = (scenario: Scenario, seed: number): Settings => ({
  manifest: JSON.parse(runManifestJson(scenario, seed)) as Record<string, unknown>,
  scenarioFiles: { 'scenario.json': { content: scenario, scenarios: [[]] } },
});

/** The identity an experiment's (or a shard's) manifest records; equal identities mean equal files. */
export const experimentIdentity = (plan: ExperimentPlan, shard?: ShardPosition) =>
  manifestIdentity(planHash(plan), shard ? `${shard.index}/${shard.count}` : undefined);
