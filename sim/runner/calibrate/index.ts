import { join } from 'node:path';
import type { RunSummary } from '../../metrics/summary.js';
import { loadScenarioText } from '../../scenario/load.js';
import { DEFAULT_BUDGET } from '../budget.js';
import type { Point } from '../design.js';
import { ExperimentError } from '../errors.js';
import { replicatesExperiment } from '../experiments.js';
import { resultFiles } from '../finalise.js';
import { stableJson } from '../format.js';
import { manifestJson } from '../manifest.js';
import { applyValues } from '../path.js';
import { planHash, sha256, scenarioHash, type ExperimentPlan } from '../plan.js';
import { replicateSeedKey } from '../seeds.js';
import { deptsimVersion } from '../version.js';
import { checkCalibrationBudget } from './budget.js';
import type { Run } from './ledger.js';
import { CalibrationSession, type CalibrateOptions } from './session.js';

export type { CalibrateOptions } from './session.js';
import { fitGoal, totalLoss, type CandidateRuns } from './loss.js';
import { bestScenarioYaml } from './patch.js';
import { argmin, searchCandidates, type Candidate } from './search.js';
import type { CalibrationSpec } from './spec.js';
import { fitCsv, fitRecords, historyCsv, type Evaluation } from './tables.js';

export { loadTargets } from './targets.js';

export interface Calibrated {
  dir: string;
  files: string[];
  best: Point;
  /** The chosen candidate on fresh seeds, and the same on the search seeds. */
  chosen: Evaluation;
  fit: Record<string, string | number | boolean | null>[];
  candidates: number;
  runs: number;
  resumed: number;
}

export const CALIBRATION_SEED_RULE =
  'candidate runs use seed key `${seed}/rep:${r}` (every candidate the same r = 0..replicates-1: common random numbers); the re-check uses `${seed + 1}/rep:${r}`, seeds the search never saw';

/** Everything that decides the calibration's results (resume checks it): not workers, folders or the clock. */
function planOf(spec: CalibrationSpec): Record<string, unknown> {
  return {
    kind: 'calibrate',
    scenario: spec.base.name,
    scenario_hash: scenarioHash(spec.base),
    parameters: spec.parameters,
    variants: spec.variants,
    goals: spec.goals,
    search: spec.search,
  };
}

/**
 * Calibrate: search the parameters' ranges for the values whose runs come closest to the targets
 * (sim/runner/calibrate/search.ts), re-run the best few on fresh seeds and choose the best of those,
 * then write the folder in one step: best.yaml, fit.csv/json, history.csv, calibration.json, the
 * chosen scenario's re-check replicates as an experiment's tables (replicates.csv, summary.csv,
 * manifest.json) and the report. Resumable from `<out>.work-in-progress/` like every experiment.
 */
export async function calibrate(spec: CalibrationSpec, o: CalibrateOptions): Promise<Calibrated> {
  const { search, variants } = spec;
  const V = variants.length;
  const plan = planOf(spec);
  const planText = JSON.stringify(plan);
  // Refused before any work: more work than the budget, a folder deptsim must not replace, or cannot write.
  checkCalibrationBudget(spec, o.budget ?? DEFAULT_BUDGET);
  const total = search.budget * V * search.replicates + search.recheck * V * search.recheckReplicates;
  const session = new CalibrationSession(o, 'calibrate', planText, total, `${spec.base.name} calibration`);
  const { ledger, resumed } = session;

  /** Runs of candidates (variant x replicate each) on one seed. */
  const runsOf = async (points: Point[], seed: number, replicates: number): Promise<CandidateRuns[]> => {
    const list: Run[] = [];
    for (const [c, values] of points.entries()) {
      for (let v = 0; v < V; v++) {
        const scenario = applyValues(spec.base, { ...values, ...variants[v].set }, `candidate ${c}`);
        for (let r = 0; r < replicates; r++) list.push({ scenario, seedKey: replicateSeedKey(seed, r) });
      }
      // Checking thousands of candidates' scenarios takes seconds: let a stop request in between.
      if (c % 32 === 31) await nextTurn();
    }
    const got = await ledger.run(list);
    return points.map((_, c) => Array.from({ length: V }, (_, v) => got.slice((c * V + v) * replicates, (c * V + v + 1) * replicates)));
  };
  const evaluation = (c: Candidate | Evaluation, runs: CandidateRuns, stage: Evaluation['stage'], seeds: Evaluation['seeds']): Evaluation => {
    const fits = spec.goals.map((g) => fitGoal(g, runs));
    return { candidate: 'id' in c ? c.id : c.candidate, stage, generation: c.generation, seeds, values: c.values, fits, loss: totalLoss(fits) };
  };

  const history: Evaluation[] = [];
  const seen = new Map<string, Evaluation>();
  return session.finish(async () => {
    // The same values proposed twice (integer parameters, a converged step) are evaluated once: on common seeds the result would be identical.
    await searchCandidates(spec, async (batch) => {
      // One pass with a set: comparing every pair of a 50,000-candidate start took hours, deaf to signals.
      const asked = new Set<string>();
      const fresh = batch.filter((c) => {
        const key = keyOf(c.values);
        if (seen.has(key) || asked.has(key)) return false;
        asked.add(key);
        return true;
      });
      const runs = await runsOf(fresh.map((c) => c.values), search.seed, search.replicates);
      fresh.forEach((c, i) => seen.set(keyOf(c.values), evaluation(c, runs[i], c.stage, 'search')));
      return batch.map((c) => {
        const e = { ...(seen.get(keyOf(c.values)) as Evaluation), candidate: c.id, stage: c.stage, generation: c.generation };
        history.push(e);
        return e.loss;
      });
    });
    // Re-check the best distinct candidates on fresh seeds: the search's winner is partly the one
    // that got lucky on its seeds, so the choice is made on seeds it never saw.
    const distinct = [...seen.values()].sort((a, b) => a.loss - b.loss || a.candidate - b.candidate).slice(0, search.recheck);
    const lastGen = Math.max(...history.map((h) => h.generation)) + 1;
    const runs = await runsOf(distinct.map((d) => d.values), search.recheckSeed, search.recheckReplicates);
    const rechecks = distinct.map((d, i) => evaluation({ ...d, generation: lastGen }, runs[i], 'recheck', 'fresh'));
    history.push(...rechecks);
    const pick = argmin(rechecks.map((r) => r.loss));
    const chosen = rechecks[pick];
    const chosenRuns = runs[pick];
    const searched = distinct[pick];
    if (!Number.isFinite(chosen.loss)) {
      throw new ExperimentError('no candidate gave a value for every target (a rate with nothing to divide in every replicate?); check the targets\' windows and units');
    }

    const bestFile = join(o.out, 'best.yaml');
    const bestYaml = bestScenarioYaml(bestFile, spec.scenarioFile, o.targetsName ?? spec.file, spec.base, chosen.values, `Loss ${chosen.loss.toPrecision(4)} on ${search.recheckReplicates} fresh replicates.`);
    // best.yaml extends the scenario file the user gave, wherever it lies: deptsim wrote that path.
    const best = loadScenarioText(bestYaml, bestFile, undefined, { allowOutside: true });
    assertSameModel(best, applyValues(spec.base, chosen.values, 'the chosen candidate'));
    const bestPlan: ExperimentPlan = replicatesExperiment(best, { seed: search.recheckSeed, replicates: search.recheckReplicates, daily: false }).plan;
    const bestResults: RunSummary[] = [...chosenRuns[0]];
    const fit = fitRecords(spec, chosen, searched);
    const data: Record<string, string> = {
      ...resultFiles(bestPlan, bestResults),
      'manifest.json': manifestJson(bestPlan, () => 'done'),
      'fit.csv': fitCsv(fit),
    };
    const report = o.report ? await o.report(data, o.out) : {};
    const files: Record<string, string | Uint8Array> = {
      ...data,
      ...report,
      'best.yaml': bestYaml,
      'fit.json': stableJson({ best: chosen.values, loss: chosen.loss, search_loss: searched.loss, recheck_replicates: search.recheckReplicates, targets: fit }),
      'history.csv': historyCsv(spec, history),
      'calibration.json': stableJson({
        deptsim: deptsimVersion(),
        kind: 'calibrate',
        targets: spec.file,
        scenario: spec.scenarioFile,
        scenario_hash: `sha256:${scenarioHash(spec.base)}`,
        plan_hash: sha256(planText),
        seed_rule: CALIBRATION_SEED_RULE,
        search: spec.search,
        parameters: spec.parameters,
        variants: spec.variants,
        candidates: history.filter((h) => h.stage !== 'recheck').length,
        distinct_candidates: seen.size,
        runs: ledger.count,
        rechecked: rechecks.map((r) => ({ candidate: r.candidate, values: r.values, search_loss: seen.get(keyOf(r.values))?.loss ?? null, recheck_loss: r.loss })),
        chosen: chosen.candidate,
        best_plan_hash: planHash(bestPlan),
      }),
    };
    return { files, result: { dir: o.out, best: chosen.values, chosen, fit, candidates: history.length - rechecks.length, runs: ledger.count, resumed } };
  });
}

const keyOf = (values: Point) => JSON.stringify(values);

/** Wait for the event loop's next turn, so signal handlers run during long synchronous preparation. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** best.yaml must be the model that was run: the same scenario but for its name and description. */
function assertSameModel(a: object, b: object): void {
  const strip = (s: object) => JSON.stringify({ ...s, name: '', description: '' });
  if (strip(a) !== strip(b)) throw new Error('best.yaml does not rebuild the chosen scenario; this is a bug in the scenario patch');
}
