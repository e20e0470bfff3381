import { calibrateAbc } from '../../runner/calibrate/abc.js';
import type { CalibrationSpec } from '../../runner/calibrate/spec.js';
import { formatNumber } from '../../runner/format.js';
import { textTable } from '../table.js';
import type { Locale } from '../../i18n/format.js';
import { print } from '../terminal-text.js';
import { reportStep, type FigureArgs } from './report.js';
import { asUsageAsync, budgetOf, type ExperimentArgs, workersOf } from './experiment-options.js';

type Args = { targets: string; workers?: number; resume: boolean; progress: boolean; report: boolean; force: boolean; maxRuns?: number; maxStaffDays?: number } & FigureArgs;

/** `deptsim calibrate` with `search.method: abc`: ABC-SMC, then the posterior and what it identifies. */
export async function calibrateAbcCommand(spec: CalibrationSpec, args: Args, out: string): Promise<void> {
  const s = spec.search;
  print(
    `${spec.base.name}: ABC-SMC of ${spec.parameters.map((p) => p.path).join(', ')} against ${spec.goals.length} target${spec.goals.length === 1 ? '' : 's'}; ` +
      `${s.population} particles x ${s.generations} generations (tolerance: the ${s.quantile} quantile of the last distances), ${s.replicates} replicate${s.replicates === 1 ? '' : 's'} x ${spec.variants.length} variant${spec.variants.length === 1 ? '' : 's'} per candidate (seed ${s.seed})\n`,
  );
  const r = await asUsageAsync(() =>
    calibrateAbc(spec, { out, workers: workersOf(args as never), resume: args.resume, progress: args.progress, targetsName: args.targets, force: args.force, inputs: [args.targets, spec.scenarioFile], budget: budgetOf(args as unknown as ExperimentArgs), report: reportStep(args) }),
  );
  const g = r.generations[r.generations.length - 1];
  const cell = (v: number) => formatNumber(Number(v.toPrecision(4)));
  print(
    `Posterior after ${r.generations.length} generations (tolerance ${cell(g.epsilon)}, effective sample ${Math.round(g.ess)} of ${g.particles.length}${r.stopped === 'max-simulations' ? '; stopped early: a generation reached search.maxSimulations' : ''}):\n`,
  );
  print(
    `${textTable(
      ['parameter', 'prior', 'median', '95% credible interval', 'width / prior', 'identified'],
      r.posterior.map((p) => [p.path, `[${cell(p.prior_low)}, ${cell(p.prior_high)}]`, cell(p.median), `[${cell(p.low)}, ${cell(p.high)}]`, cell(p.ratio), p.identified ? 'yes' : 'no']),
    )}\n`,
  );
  const yes = r.posterior.filter((p) => p.identified).map((p) => p.path);
  const no = r.posterior.filter((p) => !p.identified).map((p) => p.path);
  print(`${yes.length ? `The targets identify ${yes.join(', ')}` : 'The targets identify none of the parameters'}${no.length ? `; they leave ${no.join(', ')} about as uncertain as the prior (credible interval over half its range)` : ''}.\n`);
  for (const t of r.tradeOffs) {
    print(
      `The targets tie ${t.parameter} to ${t.with} (weighted correlation ${cell(t.r)} over the posterior): they fix a combination, not each; along the ridge ${t.parameter} ≈ ${cell(t.intercept)} ${t.slope < 0 ? '-' : '+'} ${cell(Math.abs(t.slope))} x ${t.with} (spread ${cell(t.residual_sd)}), so fixing ${t.with} fixes ${t.parameter}.\n`,
    );
  }
  const resumed = r.resumed ? ` (${r.resumed} resumed from an earlier run)` : '';
  print(`Ran ${r.runs - r.resumed} runs${resumed}. Wrote ${r.files.map((f) => (f.includes('/') ? f.slice(0, f.indexOf('/') + 1) : f)).filter((f, i, a) => a.indexOf(f) === i).join(', ')} to ${r.dir}/\n`);
}
