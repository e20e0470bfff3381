import { loadScenario, loadScenarioText } from '../../sim/scenario/load.js';
import { dailyCsv } from '../../sim/runner/daily-csv.js';
import { runSingle } from '../../sim/runner/run.js';
import { stableJson } from '../../sim/runner/format.js';
import { compareExperiment, sensitivityExperiment, sweepExperiment } from '../../sim/runner/experiments.js';
import { resultFiles } from '../../sim/runner/finalise.js';
import { runJob } from '../../sim/runner/job.js';
import { manifestJson } from '../../sim/runner/manifest.js';
import { jobCount, jobPoint, jobSeedKey, type Experiment } from '../../sim/runner/plan.js';

/**
 * The files of a real single run, as `deptsim run` saves them: of the shipped default scenario, or
 * of `file` (a smaller county where the check is not about the default one's figures).
 */
export function runFolderFiles(rename?: string, file = 'scenarios/three-campaigns.yaml'): Record<string, string> {
  const scenario = loadScenario(file);
  const s = rename ? { ...scenario, name: rename } : scenario;
  const { files, result } = runSingle(s, s.seed);
  return { ...files, 'daily.csv': dailyCsv(result), 'scenario.json': stableJson(s) };
}

/**
 * The files of a real single run of a small county whose two departments carry the given display
 * names (the field cases are Chinese county governments), with an optional description.
 */
export function countyFiles(names: [string, string], description?: string): Record<string, string> {
  const scenario = loadScenarioText(`name: county
${description ? `description: ${JSON.stringify(description)}\n` : ''}seed: 3
calendar: { start: 2017-01-02, days: 60 }
departments:
  - { id: poverty, name: ${JSON.stringify(names[0])}, headcount: 12 }
  - { id: education, name: ${JSON.stringify(names[1])}, headcount: 8 }
`);
  const { files, result } = runSingle(scenario, scenario.seed);
  return { ...files, 'daily.csv': dailyCsv(result), 'scenario.json': stableJson(scenario) };
}

/** The result files of a real experiment on the small test county, as the runner writes them (no workers). */
export function experimentFiles(exp: Experiment): Record<string, string> {
  const results = Array.from({ length: jobCount(exp.plan) }, (_, j) => runJob({ scenario: exp.scenarios[jobPoint(exp.plan, j)], seedKey: jobSeedKey(exp.plan, j), daily: false, dailyColumns: {} }).summary);
  return { ...resultFiles(exp.plan, results), 'manifest.json': manifestJson(exp.plan, () => 'done') };
}
export const small = () => loadScenario('test/runner/fixtures/small.yaml');
const o = { seed: 1, replicates: 5, daily: false };

/** A comparison folder: the small county against the same with much heavier penalties, 5 paired replicates. */
export function compareFolderFiles(): Record<string, string> {
  const base = small();
  const strict = { ...base, name: 'strict', inspection: { ...base.inspection, penalty: base.inspection.penalty * 4, rate: base.inspection.rate * 4 } };
  return experimentFiles(compareExperiment([{ file: 'base.yaml', scenario: base }, { file: 'strict.yaml', scenario: strict }], o));
}

/** A sweep folder over one or two parameters (3 or 3 x 2 points, 5 replicates). */
export function sweepFolderFiles(twoParameters: boolean): Record<string, string> {
  const params = { 'inspection.penalty': [5, 15, 40], ...(twoParameters ? { 'inspection.rate': [0.001, 0.004] } : {}) };
  return experimentFiles(sweepExperiment(small(), params, { ...o, design: 'grid' }));
}

/** A sensitivity folder: a Morris screening of three parameters. */
export function sensitivityFolderFiles(): Record<string, string> {
  const range = (from: number, to: number) => ({ from, to, integer: false });
  return experimentFiles(
    sensitivityExperiment(small(), { 'inspection.penalty': range(5, 60), 'inspection.rate': range(0.001, 0.01), 'staff.shirking.noise': range(0.1, 0.5) }, { ...o, replicates: 1, trajectories: 3, levels: 4 }),
  );
}
