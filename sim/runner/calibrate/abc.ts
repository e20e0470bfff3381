import { join } from 'node:path';
import { loadScenarioText } from '../../scenario/load.js';
import { abcSmc, type AbcResult, type Generation } from '../abc/smc.js';
import { identification, IDENTIFIED_RATIO, type ParameterPosterior } from '../abc/posterior.js';
import { TRADE_OFF_R, tradeOffs } from '../abc/trade-offs.js';
import { checkRuns, checkWork, count, DEFAULT_BUDGET } from '../budget.js';
import { csvField, formatNumber, stableJson } from '../format.js';
import { applyValues } from '../path.js';
import { scenarioHash, sha256 } from '../plan.js';
import { replicateSeedKey } from '../seeds.js';
import { deptsimVersion } from '../version.js';
import type { Run } from './ledger.js';
import { CalibrationSession, type CalibrateOptions } from './session.js';
import { tableColumns } from '../contract.js';
import { fitGoal, totalLoss } from './loss.js';
import { bestScenarioYaml } from './patch.js';
import { valuesOf } from './search.js';
import type { CalibrationSpec } from './spec.js';

/** The same options as the search's. */
export type AbcOptions = CalibrateOptions;

export interface AbcCalibrated {
  dir: string;
  files: string[];
  posterior: (ParameterPosterior & { path: string; prior_low: number; prior_high: number })[];
  /** Pairs the targets fix only together (sim/runner/abc/trade-offs.ts), named by path. */
  tradeOffs: TradeOffRow[];
  generations: Generation[];
  stopped: AbcResult['stopped'];
  runs: number;
  resumed: number;
}

export interface TradeOffRow {
  parameter: string;
  with: string;
  r: number;
  intercept: number;
  slope: number;
  residual_sd: number;
}

export const ABC_SEED_RULE = 'candidate n (0-based, in the order proposed) runs replicate r on seed key `${seed}/rep:${n * replicates + r}`, the same key in every variant: each candidate on its own seeds';

/** The most runs the settings can ask for: generation 0, then every later generation at its limit. */
export function abcMaxRuns(spec: CalibrationSpec): number {
  const s = spec.search;
  return (s.population + (s.generations - 1) * s.maxSimulations) * spec.variants.length * s.replicates;
}

/**
 * Calibrate by ABC-SMC (sim/runner/abc/smc.ts) in the parameters' unit cube (a uniform prior on each
 * range): the distance of a candidate is the square root of the calibration loss (sim/runner/calibrate/loss.ts)
 * over its replicates, so targets weigh as they do in the search. Writes posterior.csv (the last
 * generation's particles and weights), posterior-summary.csv (mean, median, 95% credible interval,
 * width against the prior, identified or not), generations.csv, best.yaml (the posterior medians),
 * abc.json, and the figures. Resumable like every experiment.
 */
export async function calibrateAbc(spec: CalibrationSpec, o: AbcOptions): Promise<AbcCalibrated> {
  const s = spec.search;
  const V = spec.variants.length;
  const R = s.replicates;
  const budget = o.budget ?? DEFAULT_BUDGET;
  const most = abcMaxRuns(spec);
  const what = `this ABC-SMC (${s.population} particles x ${s.generations} generations, at most ${count(s.maxSimulations)} candidates a generation, x ${V} variant${V === 1 ? '' : 's'} x ${R} replicate${R === 1 ? '' : 's'}) is at most`;
  checkRuns({ runs: most, what: what.replace(/ is at most$/, '') }, budget);
  checkWork([spec.base], most, false, budget);
  const plan = { kind: 'calibrate-abc', scenario: spec.base.name, scenario_hash: scenarioHash(spec.base), parameters: spec.parameters, variants: spec.variants, goals: spec.goals, search: s };
  const planText = JSON.stringify(plan);
  // The total is not known ahead (acceptance decides it); the bar counts to a typical run's size.
  const total = Math.min(most, s.population * (1 + 3 * (s.generations - 1)) * V * R);
  const session = new CalibrationSession(o, 'calibrate-abc', planText, total, `${spec.base.name} ABC-SMC`);
  const { ledger, resumed } = session;
  const k = spec.parameters.length;
  const unitLo = new Array<number>(k).fill(0);
  const unitHi = new Array<number>(k).fill(1);
  // valuesOf maps [0, 1) (integers by strata): keep the unit coordinate below 1.
  const valuesAt = (u: readonly number[]) => valuesOf(spec.parameters, u.map((x) => Math.min(x, 1 - 1e-12)));
  return session.finish(async () => {
    const result = await abcSmc(unitLo, unitHi, { population: s.population, generations: s.generations, quantile: s.quantile, maxSimulations: s.maxSimulations, batch: Math.max(o.workers * 2, 8), seedKey: `${s.seed}/design:abc` }, async (thetas, first) => {
      const runs: Run[] = [];
      thetas.forEach((u, c) => {
        for (let v = 0; v < V; v++) {
          const scenario = applyValues(spec.base, { ...valuesAt(u), ...spec.variants[v].set }, `candidate ${first + c}`);
          for (let r = 0; r < R; r++) runs.push({ scenario, seedKey: replicateSeedKey(s.seed, (first + c) * R + r) });
        }
      });
      const got = await ledger.run(runs);
      return thetas.map((_, c) => {
        const cand = Array.from({ length: V }, (_, v) => got.slice((c * V + v) * R, (c * V + v + 1) * R));
        const loss = totalLoss(spec.goals.map((g) => fitGoal(g, cand)));
        return Number.isFinite(loss) ? Math.sqrt(loss) : Infinity;
      });
    });
    const last = result.generations[result.generations.length - 1];
    const asValues = (u: readonly number[]) => spec.parameters.map((p) => Number(valuesAt(u)[p.path]));
    const values = last.particles.map(asValues);
    const lo = spec.parameters.map((p) => p.lo);
    const hi = spec.parameters.map((p) => p.hi);
    const posterior = identification({ ...last, particles: values }, lo, hi).map((m, j) => ({ ...m, path: spec.parameters[j].path, prior_low: lo[j], prior_high: hi[j] }));
    const ties: TradeOffRow[] = tradeOffs(values, last.weights).map((t) => ({
      parameter: spec.parameters[t.a].path,
      with: spec.parameters[t.b].path,
      r: Number(t.r.toPrecision(6)),
      intercept: Number(t.intercept.toPrecision(6)),
      slope: Number(t.slope.toPrecision(6)),
      residual_sd: Number(t.residualSd.toPrecision(6)),
    }));
    const medians = Object.fromEntries(spec.parameters.map((p, j) => [p.path, p.integer ? Math.round(posterior[j].median) : Number(posterior[j].median.toPrecision(6))]));
    const bestFile = join(o.out, 'best.yaml');
    const note = `Posterior medians of ABC-SMC (${s.population} particles, ${result.generations.length} generations, tolerance ${formatNumber(last.epsilon)}).`;
    const bestYaml = bestScenarioYaml(bestFile, spec.scenarioFile, o.targetsName ?? spec.file, spec.base, medians, note);
    loadScenarioText(bestYaml, bestFile, undefined, { allowOutside: true });
    const data: Record<string, string> = {
      // What makes the folder deptsim's: writeOutputFolder seals it with the hash of every file.
      'manifest.json': stableJson({ deptsim: deptsimVersion(), kind: 'calibrate-abc', name: spec.base.name, seed: s.seed, plan_hash: sha256(planText) }),
      'posterior.csv': posteriorCsv(spec, values, last),
      'posterior-summary.csv': summaryCsv(posterior),
      'generations.csv': generationsCsv(result),
      'best.yaml': bestYaml,
      'abc.json': stableJson({
        deptsim: deptsimVersion(),
        kind: 'calibrate-abc',
        targets: spec.file,
        scenario: spec.scenarioFile,
        scenario_hash: `sha256:${scenarioHash(spec.base)}`,
        plan_hash: sha256(planText),
        seed_rule: ABC_SEED_RULE,
        search: s,
        parameters: spec.parameters,
        variants: spec.variants,
        stopped: result.stopped,
        runs: ledger.count,
        identified_rule: `identified: the 95% credible interval covers less than ${IDENTIFIED_RATIO} of the prior range`,
        posterior,
        trade_off_rule: `traded off: weighted correlation over the posterior of at least ${TRADE_OFF_R} in size; parameter ≈ intercept + slope × with, residual_sd the spread around that line`,
        trade_offs: ties,
      }),
    };
    // The figures, from the files alone (sim/report redraws them from the folder the same way).
    const report = o.report ? await o.report(data, o.out) : {};
    const files = { ...data, ...report };
    return { files, result: { dir: o.out, posterior, tradeOffs: ties, generations: result.generations, stopped: result.stopped, runs: ledger.count, resumed } };
  });
}

function posteriorCsv(spec: CalibrationSpec, values: number[][], g: Generation): string {
  const head = tableColumns('posterior.csv', spec.parameters.map((p) => p.path));
  return [head.map(csvField).join(','), ...values.map((v, i) => [String(i), formatNumber(g.weights[i]), formatNumber(g.distances[i]), ...v.map(formatNumber)].join(','))].join('\n') + '\n';
}

function summaryCsv(rows: AbcCalibrated['posterior']): string {
  return [tableColumns('posterior-summary.csv').join(','), ...rows.map((r) => [csvField(r.path), formatNumber(r.prior_low), formatNumber(r.prior_high), formatNumber(r.mean), formatNumber(r.median), formatNumber(r.low), formatNumber(r.high), formatNumber(r.ratio), String(r.identified)].join(','))].join('\n') + '\n';
}

function generationsCsv(r: AbcResult): string {
  return [tableColumns('generations.csv').join(','), ...r.generations.map((g) => [g.index, formatNumber(g.epsilon), g.simulations, g.particles.length, formatNumber(g.particles.length / g.simulations), formatNumber(g.ess)].join(','))].join('\n') + '\n';
}
