import { z } from 'zod';
import { MAX_LIST_ENTRIES } from './common.js';

/**
 * The targets file of `deptsim calibrate`: a base scenario, the parameters to fit with their
 * ranges, what the model should reproduce (measures and patterns), and how to search. Measure,
 * window and unit names are checked against the scenario's own run summary when the file is loaded
 * (they are not listed here, so a new measure needs no change to this schema).
 */

/** Candidates one calibration may evaluate (search.budget, --budget). */
export const MAX_CANDIDATES = 100_000;

const Scalar = z.union([z.number(), z.string(), z.boolean()]);

/** A patch of the scenario: dotted paths (as `--set`) and the value each takes. */
const SetPatch = z
  .record(z.string().min(1), Scalar)
  .meta({ description: 'Scenario changes for this variant: `path: value`, paths as in `--set` (e.g. `campaigns.2.overtimePaid: false`, `campaigns.2.days: 60`).' });

export const CalibrationParameter = z
  .object({
    path: z.string().min(1).meta({ description: 'Dotted path into the scenario, as `--set` takes it: `inspection.penalty`, `departments.health.headcount`, `campaigns.0.inspectionRate`.' }),
    range: z
      .tuple([z.number(), z.number()])
      .refine(([lo, hi]) => lo < hi, 'the lower end must be below the upper end, e.g. [10, 80]')
      .meta({ description: 'The interval searched, [low, high], in the parameter\'s own unit.' }),
    integer: z.boolean().default(false).meta({ description: 'Whole numbers only (headcounts, days).' }),
  })
  .strict();
export type CalibrationParameter = z.infer<typeof CalibrationParameter>;

const Weight = z.number().min(0).default(1).meta({ description: 'How much this target counts in the loss (default 1).' });
const Unit = z.string().min(1).default('county').meta({ description: '`county` (the total) or a department id (or the campaign headquarters).' });
const Measure = z.string().min(1).meta({ description: 'A measure as named in summary.json, e.g. `shirk_rate`, `regular_done_per_staff_week`; or `recovery_backlog_days` / `recovery_fatigue_days` with a campaign as the window.' });
const WindowId = z.string().min(1).meta({ description: 'A window of the run: `baseline`, a campaign id, `gap-1`, `after`, `overall`.' });

/** A measure the model should hit: a value (with a scale) or an interval. */
export const MeasureTarget = z
  .object({
    name: z.string().min(1).optional().meta({ description: 'Label in the tables and figure (default: measure@window).' }),
    measure: Measure,
    window: WindowId,
    unit: Unit,
    value: z.number().optional().meta({ description: 'The value to hit (give `value` or `interval`).' }),
    interval: z
      .tuple([z.number(), z.number()])
      .refine(([lo, hi]) => lo <= hi, 'the lower end must not be above the upper end, e.g. [0.06, 0.10]')
      .optional()
      .meta({ description: 'A range the mean should fall in, [low, high]: no loss inside; outside, the distance in widths of the range.' }),
    scale: z.number().positive().optional().meta({ description: 'For `value`: the distance counted as one unit of loss (default: |value|, i.e. relative error).' }),
    set: SetPatch.optional(),
    weight: Weight,
    source: z.string().optional().meta({ description: 'Where the figure comes from (a study, a case); copied to the fit table.' }),
  })
  .strict()
  .superRefine((t, ctx) => {
    if ((t.value === undefined) === (t.interval === undefined)) {
      ctx.addIssue({ code: 'custom', path: [], message: 'give exactly one of `value: X` or `interval: [low, high]`' });
    }
    if (t.value === 0 && t.scale === undefined) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'value 0 needs `scale:` (the distance that counts as one unit of loss), since relative error is undefined there' });
    }
    if (t.interval && t.scale !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['scale'], message: 'an interval is scaled by its own width; drop `scale:` or use `value:`' });
    }
  });
export type MeasureTarget = z.infer<typeof MeasureTarget>;

const Side = z
  .object({
    window: WindowId.optional(),
    set: SetPatch.optional(),
  })
  .strict()
  .meta({ description: 'One side of the paired difference: its window (default: the target\'s) and scenario changes.' });

/**
 * A qualitative pattern: the sign of the paired difference a - b of one measure, replicate by
 * replicate on the same seeds (two variants of the scenario, or two windows of one run).
 */
export const PatternTarget = z
  .object({
    name: z.string().min(1).optional().meta({ description: 'Label in the tables and figure.' }),
    measure: Measure,
    window: WindowId.optional(),
    unit: Unit,
    a: Side,
    b: Side,
    sign: z.enum(['positive', 'negative']).meta({ description: 'The sign a - b should have: `positive` means a is higher.' }),
    weight: Weight,
    source: z.string().optional().meta({ description: 'Where the pattern comes from; copied to the fit table.' }),
  })
  .strict();
export type PatternTarget = z.infer<typeof PatternTarget>;

export const Target = z.union([MeasureTarget, PatternTarget]);
export type Target = z.infer<typeof Target>;

export const SearchSettings = z
  .object({
    method: z
      .enum(['search', 'abc'])
      .default('search')
      .meta({ description: '`search`: a Latin hypercube start, then a (1+λ) refinement in the normalised parameter space. `abc`: ABC-SMC (a posterior sample with credible intervals; docs/CALIBRATION.md).' }),
    population: z.number().int().min(10).max(100_000).default(50).meta({ description: '`abc`: particles accepted per generation.' }),
    generations: z.number().int().min(2).max(100).default(5).meta({ description: '`abc`: generations, the first drawn from the prior.' }),
    quantile: z.number().gt(0).lt(1).default(0.5).meta({ description: "`abc`: each generation's tolerance is this weighted quantile of the previous generation's distances." }),
    maxSimulations: z.number().int().min(10).max(10_000_000).optional().meta({ description: '`abc`: candidates a generation may simulate before the run stops (default 10 x population).' }),
    budget: z.number().int().min(2).max(MAX_CANDIDATES).default(40).meta({ description: 'Candidates evaluated in all (start and refinement).' }),
    start: z.number().int().min(1).optional().meta({ description: 'Candidates of the Latin hypercube start (default: half the budget).' }),
    batch: z.number().int().min(1).max(1000).default(4).meta({ description: 'Candidates (λ) proposed around the best per refinement step.' }),
    replicates: z.number().int().min(1).max(10_000).default(4).meta({ description: 'Replicates per candidate; every candidate uses the same seed keys (common random numbers).' }),
    recheck: z.number().int().min(1).max(1000).default(3).meta({ description: 'Best candidates re-run on fresh seeds; the best on the re-check is chosen.' }),
    recheckReplicates: z.number().int().min(2).max(10_000).default(10).meta({ description: 'Replicates of the re-check (these give the fit\'s 95% intervals).' }),
    seed: z.number().int().min(0).max(2 ** 32 - 2).optional().meta({ description: "Seed of the search (default: the scenario's seed); the re-check uses seed + 1." }),
  })
  .strict();
export type SearchSettings = z.infer<typeof SearchSettings>;

export const TargetsObject = z
  .object({
    $schema: z.string().optional().meta({ description: 'JSON Schema reference for editors; ignored.' }),
    scenario: z.string().min(1).meta({ description: 'The base scenario file, relative to this file.' }),
    description: z.string().default('').meta({ description: 'What is being calibrated and against what data.' }),
    parameters: z.array(CalibrationParameter).min(1).max(MAX_LIST_ENTRIES).meta({ description: 'The parameters to fit, each with a range.' }),
    targets: z.array(Target).min(1).max(MAX_LIST_ENTRIES).meta({ description: 'What the model should reproduce: measures (value or interval) and patterns (sign of a paired difference).' }),
    search: SearchSettings.prefault({}),
  })
  .strict();

export const TargetsFile = TargetsObject.superRefine((f, ctx) => {
  const seen = new Map<string, number>();
  f.parameters.forEach((p, i) => {
    if (seen.has(p.path)) ctx.addIssue({ code: 'custom', path: ['parameters', i, 'path'], message: `"${p.path}" is already fitted at parameters[${seen.get(p.path)}]; list each parameter once` });
    else seen.set(p.path, i);
  });
  const s = f.search;
  if (s.start !== undefined && s.start > s.budget) {
    ctx.addIssue({ code: 'custom', path: ['search', 'start'], message: `the start (${s.start}) cannot exceed the budget (${s.budget})` });
  }
  f.targets.forEach((t, i) => {
    if ('sign' in t) {
      if (s.replicates < 2) ctx.addIssue({ code: 'custom', path: ['search', 'replicates'], message: 'pattern targets need at least 2 replicates per candidate (a t statistic needs a spread)' });
      for (const side of ['a', 'b'] as const) {
        if (t.window === undefined && t[side].window === undefined) {
          ctx.addIssue({ code: 'custom', path: ['targets', i, side], message: `no window for side ${side}: give \`window:\` on the target or on ${side}` });
        }
      }
    }
  });
});
export type TargetsFile = z.infer<typeof TargetsFile>;
