import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunSummary } from '../metrics/summary.js';
import { writeFileIn } from './atomic.js';
import { dailyHeader } from './daily-csv.js';
import { armScenarioFile } from './contract.js';
import { namingFile } from './errors.js';
import { stableJson } from './format.js';
import { experimentIdentity, manifestJson } from './manifest.js';
import { morrisCsv, morrisRows } from './morris-table.js';
import { methodFiles } from './method-files.js';
import { jobCount, jobPoint, jobReplicate, type ExperimentPlan } from './plan.js';
import { writeOutputFolder, type OutputTarget } from './output-folder.js';
import type { AddReport } from './report-hook.js';
import type { ScenarioFile, Settings } from './older-defaults.js';
import { differenceRows, differencesCsv, recoveryCsv, replicatesCsv, summaryCsv } from './tables.js';

/** Leading columns of a job's daily rows: the point (or arm) and the replicate. */
export function dailyLead(plan: ExperimentPlan, job: number): Record<string, string> {
  return {
    ...(plan.pointColumn ? { [plan.pointColumn]: plan.points[jobPoint(plan, job)].label } : {}),
    replicate: String(jobReplicate(plan, job)),
  };
}

/** The data files of a finished experiment (daily.csv and manifest.json aside). */
export function resultFiles(plan: ExperimentPlan, results: readonly RunSummary[], replicateRowsOf?: (job: number) => string | undefined): Record<string, string> {
  const files: Record<string, string> = { 'replicates.csv': replicatesCsv(plan, results, replicateRowsOf) };
  const rec = recoveryCsv(plan, results);
  if (rec) files['recovery.csv'] = rec;
  files['summary.csv'] = summaryCsv(plan, results);
  if (plan.kind === 'compare') files['differences.csv'] = differencesCsv(differenceRows(plan, results));
  if (plan.kind === 'sensitivity') files['morris.csv'] = morrisCsv(morrisRows(plan, results));
  Object.assign(files, methodFiles(plan, results));
  for (const [name, f] of Object.entries(scenarioFiles(plan))) files[name] = f.indented ? JSON.stringify(f.content, null, 2) + '\n' : stableJson(f.content);
  return files;
}

/**
 * The files that hold the experiment's scenarios as run, and where each scenario sits in them:
 * replicates' scenario.json, compare's scenarios/<arm>.json, and parameters.json (sweeps, sensitivity,
 * Sobol and discover) with the fixed scenario in `fixed`. Exact numbers (no rounding), so a point can
 * be rebuilt.
 */
export function scenarioFiles(plan: ExperimentPlan): Record<string, ScenarioFile & { indented?: boolean }> {
  const files: Record<string, ScenarioFile & { indented?: boolean }> = {};
  if (plan.resolved && plan.kind === 'replicates') files['scenario.json'] = { content: plan.resolved[0], scenarios: [[]] };
  if (plan.resolved && plan.kind === 'compare') {
    plan.resolved.forEach((s, i) => (files[armScenarioFile(plan.points[i].label)] = { content: s, scenarios: [[]] }));
  }
  if (plan.base) {
    // The fixed parameters once, not on every row.
    const content = {
      swept: plan.parameters,
      design: plan.design,
      points: plan.points.map((p) => ({ point: Number(p.label), values: p.values })),
      fixed: plan.base,
    };
    // Indented for reading, key order as built (not stableJson's sorted keys).
    files['parameters.json'] = { content, scenarios: [['fixed']], indented: true };
  }
  return files;
}

/** What an experiment's folder records of its settings, for telling an earlier deptsim's defaults apart (older-defaults.ts). */
export const experimentSettings = (plan: ExperimentPlan): Settings => ({
  manifest: JSON.parse(manifestJson(plan, () => 'done')) as Record<string, unknown>,
  scenarioFiles: scenarioFiles(plan),
});

/**
 * Write a finished experiment's folder in one atomic step: data files, daily.csv assembled from the
 * per-job parts in job order (streamed: never all in memory), report files, manifest.json. The
 * report comes from the caller (the CLI wires sim/report in), so the runner does not depend on it.
 */
export async function writeResults(
  where: Pick<OutputTarget, 'dir' | 'force' | 'inputs'>,
  plan: ExperimentPlan,
  results: readonly RunSummary[],
  dailyPart: (job: number) => string,
  addReport?: AddReport,
  replicateRowsOf?: (job: number) => string | undefined,
): Promise<string[]> {
  const out = where.dir;
  const data = resultFiles(plan, results, replicateRowsOf);
  const report = addReport ? await addReport({ ...data, 'manifest.json': manifestJson(plan, () => 'done') }, out) : {};
  const files: Record<string, string | Uint8Array> = { ...data, ...report };
  const names = [...Object.keys(files), ...(plan.daily ? ['daily.csv'] : []), 'manifest.json'].sort();
  writeOutputFolder({ ...where, identity: experimentIdentity(plan), settings: () => experimentSettings(plan) }, (tmp) => {
    for (const [name, content] of Object.entries(files)) writeFileIn(tmp, name, content);
    if (plan.daily) {
      const target = join(tmp, 'daily.csv');
      writeFileIn(tmp, 'daily.csv', dailyHeader(Object.keys(dailyLead(plan, 0))) + '\n');
      for (let j = 0; j < jobCount(plan); j++) namingFile(target, () => appendFileSync(target, readFileSync(dailyPart(j))));
    }
    writeFileIn(tmp, 'manifest.json', manifestJson(plan, () => 'done'));
  });
  return names;
}
