import type { RunSummary } from '../metrics/summary.js';
import { planFactorIds } from './factors.js';
import { discover, primCsv, primJson } from './discover-table.js';
import type { ExperimentPlan } from './plan.js';
import { sobolCsv, sobolRows } from './sobol-table.js';

/**
 * The tables of the research designs, written with the experiment's other files (so a merged set of
 * shards gets them too): sobol.csv for a Saltelli design, prim.csv and prim.json for discovery.
 */
export function methodFiles(plan: ExperimentPlan, results: readonly RunSummary[]): Record<string, string> {
  const files: Record<string, string> = {};
  if (plan.design?.saltelli) files['sobol.csv'] = sobolCsv(sobolRows(plan, results));
  if (plan.design?.discover) {
    const d = discover(plan, results);
    const x = plan.points.map((p) => planFactorIds(plan).map((q) => Number(p.values[q])));
    files['prim.csv'] = primCsv(plan, d, x);
    files['prim.json'] = primJson(d);
  }
  return files;
}
