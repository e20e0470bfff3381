import { createHash } from 'node:crypto';
import { csvParse } from 'd3-dsv';
import { readCsvText } from './format.js';
import { DESCRIBE_FIELDS } from '../metrics/stats.js';
import { RECOVERY_MEASURE_NAMES } from '../measures/measures.js';

/**
 * The results contract: every file an experiment or a run writes, its columns, and the row types
 * the runner writes and the report and CLI read. One definition, so a reader cannot look for a
 * column nothing writes. Measure columns are described in the measure registries
 * (sim/measures/measures.ts, daily-measures.ts); the other columns here.
 */

/** Columns that are not measures: keys, replicate statistics, comparison and screening figures. */
export const KEY_COLUMNS = {
  day: { unit: 'day', description: '0-based day of the run' },
  date: { unit: 'YYYY-MM-DD', description: 'calendar date' },
  campaign: { unit: 'id', description: 'campaign running that day (daily.csv; `none` on days without one), or the campaign recovered from (recovery.csv)' },
  unit: { unit: 'id', description: 'department id, `campaign_hq` or `county` (the total: filter it out before summing over units)' },
  arm: { unit: 'name', description: 'the compared scenario (its name, or file name when two share a name)' },
  point: { unit: 'number', description: "the sweep or screening point (parameters.json has each point's values)" },
  replicate: { unit: 'number', description: '0-based replicate; replicate r of every arm or point uses the same seed key' },
  seed_key: { unit: 'text', description: 'the random streams\' key (`<seed>/rep:<r>`): rerun one replicate with it' },
  window: { unit: 'id', description: '`warmup`, `baseline`, a campaign id, `gap-k`, `after` or `overall` (every day after the warm-up); in summary.csv also the campaign a `recovery_*` figure follows' },
  kind: { unit: 'word', description: "the window's kind: warmup, baseline, campaign, gap, after, overall" },
  from: { unit: 'day', description: 'first day of the window (inclusive)' },
  to: { unit: 'day', description: 'last day of the window (exclusive)' },
  metric: { unit: 'name', description: 'the measure (a field of summary.json, or `recovery_<field>`); see the tables below' },
  until: { unit: 'id', description: "what ended the recovery watch: the next campaign's id, or `horizon`" },
  n: { unit: 'runs', description: 'replicates (or pairs, or elementary effects) with a value' },
  mean: { unit: 'measure', description: 'mean across replicates' },
  sd: { unit: 'measure', description: 'sample standard deviation across replicates' },
  ci_low: { unit: 'measure', description: 'lower end of the 95% t interval of the mean (of the paired difference in differences.csv)' },
  ci_high: { unit: 'measure', description: 'upper end of that interval' },
  min: { unit: 'measure', description: 'smallest value' },
  p05: { unit: 'measure', description: '5th percentile (R type 7)' },
  p25: { unit: 'measure', description: '25th percentile' },
  median: { unit: 'measure', description: 'median' },
  p75: { unit: 'measure', description: '75th percentile' },
  p95: { unit: 'measure', description: '95th percentile' },
  max: { unit: 'measure', description: 'largest value' },
  baseline: { unit: 'name', description: 'the first arm, which every other arm is compared with' },
  baseline_mean: { unit: 'measure', description: 'mean of the baseline over the pairs' },
  arm_mean: { unit: 'measure', description: 'mean of the arm over the pairs' },
  diff_mean: { unit: 'measure', description: 'mean paired difference, arm − baseline (same seed key in both)' },
  diff_sd: { unit: 'measure', description: 'standard deviation of the paired differences' },
  effect: { unit: 'sd', description: 'standardised paired difference: diff_mean / diff_sd (empty when the pairs never differ); ranks measures by evidence' },
  arm_higher: { unit: 'share', description: 'share (0–1) of pairs where the arm is higher' },
  baseline_higher: { unit: 'share', description: 'share (0–1) of pairs where the baseline is higher' },
  ties: { unit: 'share', description: 'share (0–1) of pairs with equal values' },
  rank: { unit: 'number', description: 'rank of the parameter for the measure, 1 = largest μ*' },
  parameter: { unit: 'path', description: 'the screened parameter (a scenario path)' },
  mu_star: { unit: 'measure per range', description: 'μ*: mean absolute elementary effect, per whole range of the parameter' },
  mu: { unit: 'measure per range', description: 'μ: mean elementary effect (signed)' },
  sigma: { unit: 'measure per range', description: 'σ: standard deviation of the elementary effects (interactions, non-linearity)' },
} as const satisfies Record<string, { unit: string; description: string }>;

export type KeyColumn = keyof typeof KEY_COLUMNS;

/** Columns of each table after the point columns (arm or point, then the swept parameters). */
export const REPLICATES_KEYS = ['replicate', 'seed_key', 'window', 'kind', 'from', 'to', 'unit'] as const;
export const SUMMARY_KEYS = ['window', 'unit', 'metric', ...DESCRIBE_FIELDS] as const;
/**
 * summary.csv of a design with one run per point (a Morris screening, a sweep without replicates):
 * a single value has no spread or interval, so those columns are left out rather than written empty.
 */
export const SUMMARY_KEYS_ONE_RUN = ['window', 'unit', 'metric', 'n', 'mean'] as const;
/** The columns of summary.csv after the point columns, by replicates per point. */
export const summaryKeys = (replicates: number): readonly string[] => (replicates > 1 ? SUMMARY_KEYS : SUMMARY_KEYS_ONE_RUN);
export const RECOVERY_COLUMNS = ['replicate', 'seed_key', 'campaign', 'until', ...RECOVERY_MEASURE_NAMES] as const;
export const DIFFERENCE_COLUMNS = [
  'arm', 'baseline', 'window', 'unit', 'metric', 'n', 'baseline_mean', 'arm_mean', 'diff_mean', 'diff_sd', 'effect', 'ci_low', 'ci_high', 'arm_higher', 'baseline_higher', 'ties',
] as const;
export const MORRIS_COLUMNS = ['metric', 'rank', 'parameter', 'mu_star', 'mu', 'sigma', 'n'] as const;
export const DAILY_KEYS = ['day', 'date', 'campaign', 'unit'] as const;

type Num = number | null;

/** A row of differences.csv: each arm against the first, paired replicate by replicate. */
export interface DifferenceRow {
  arm: string;
  baseline: string;
  window: string;
  unit: string;
  metric: string;
  n: number;
  baseline_mean: Num;
  arm_mean: Num;
  diff_mean: Num;
  diff_sd: Num;
  effect: Num;
  ci_low: Num;
  ci_high: Num;
  arm_higher: Num;
  baseline_higher: Num;
  ties: Num;
}

/** A row of morris.csv: one parameter's elementary effects on one county measure (whole run). */
export interface MorrisRow {
  metric: string;
  rank: number;
  parameter: string;
  mu_star: Num;
  mu: Num;
  sigma: Num;
  n: number;
}

/** A row of summary.csv; `point` is the arm's name, the sweep point, or "" for replicates of one scenario. */
export interface SummaryRow {
  point: string;
  values: Record<string, string | number>;
  window: string;
  unit: string;
  metric: string;
  n: number;
  mean: Num;
  sd: Num;
  ci_low: Num;
  ci_high: Num;
}

/** The files of a results folder, with what each holds (docs/OUTPUTS.md lists them from here). */
export const RESULT_FILES = {
  'summary.json': 'a single run: every window\'s measures for the county and each unit, and recovery after each campaign',
  'daily.csv': 'a row per day and unit (per replicate in experiments, with --daily): the daily record',
  'scenario.json': 'the scenario as run, every default filled in (a run, or replicates of one scenario)',
  'scenarios/<arm>.json': 'compare: each arm\'s scenario as run, defaults filled in',
  'replicates.csv': 'a row per run x window x unit, a column per measure',
  'summary.csv': 'a row per point x window x unit x measure: mean, sd, 95% CI and quantiles across replicates; with one run per point (Morris, a sweep without replicates) only `n` and `mean`, the run\'s value',
  'recovery.csv': 'a row per run x campaign: how far the county got over it before the next began',
  'differences.csv': 'compare: each arm minus the first, paired by replicate, per window, unit and measure',
  'morris.csv': 'sensitivity: μ*, μ and σ of every parameter on every county measure (whole run)',
  'sobol.csv': 'sensitivity --method sobol: first-order and total Sobol indices with bootstrap 95% intervals of every parameter on every county measure (whole run)',
  'prim.csv': 'discover: a row per sampled parameter: the limits of the box PRIM chose (empty: no limit) and the range sampled',
  'prim.json': 'discover: the outcome and threshold, the points that cross it, the chosen box (limits in parameter order, coverage, density, mass, points), the box in words, and every box of the peeling trajectory',
  'parameters.json': 'sweep, sensitivity, Sobol and discover: the swept parameters, the design, each point\'s values and the fixed scenario',
  'best.yaml': 'calibrate: the fitted scenario (it extends the scenario file, setting the fitted values: the chosen candidate, or with method abc the posterior medians)',
  'fit.csv': 'calibrate: a row per target: what the chosen candidate achieved on fresh seeds against it',
  'fit.json': 'calibrate: the chosen values, their loss on fresh and on search seeds, and fit.csv\'s rows',
  'history.csv': 'calibrate: a row per evaluated candidate x target, in the order the search made them',
  'calibration.json': 'calibrate: the settings, seed rule, hashes, candidates and runs, the re-checked candidates and the chosen one',
  'posterior.csv': 'calibrate with method abc: the last generation\'s particles: weight, distance, and a column per calibrated parameter',
  'posterior-summary.csv': 'calibrate with method abc: a row per calibrated parameter: prior range, posterior mean, median and 95% credible interval, and whether the targets identify it',
  'generations.csv': 'calibrate with method abc: a row per ABC-SMC generation: tolerance, candidates run, acceptance, effective sample size',
  'abc.json': 'calibrate with method abc: the settings, seed rule, hashes, runs, why it stopped, the identification rule and the posterior of each parameter',
  'manifest.json': 'what was run: deptsim version, seed rule, each scenario\'s hash, every run\'s seed key and status, the files',
} as const;

type Column = { unit: string; description: string };
/** Where a table puts a column per parameter (its scenario path), in `TABLE_COLUMNS`. */
export const PARAMETER_COLUMNS = '<parameter>';

/**
 * The columns of the research designs' and calibration's tables, file by file, in the order they
 * are written: the same name means different things here (a posterior's `ci_low` is a credible
 * interval, not a t interval; prim.csv's `unit` is a parameter's), so they are not key columns.
 * `<parameter>` stands for a column per parameter, named by its scenario path.
 */
export const TABLE_COLUMNS = {
  'sobol.csv': {
    metric: { unit: 'name', description: 'the county measure over the whole run (window `overall`, mean over replicates)' },
    parameter: { unit: 'path', description: 'the parameter (a scenario path); rows ranked by ST within each measure' },
    S1: { unit: 'share', description: 'first-order index: share of the measure\'s variance the parameter explains alone (Saltelli 2010 estimator)' },
    S1_low: { unit: 'share', description: 'lower end of the bootstrap 95% interval of S1 (1,000 resamples of the base rows)' },
    S1_high: { unit: 'share', description: 'upper end of that interval' },
    ST: { unit: 'share', description: 'total index: share of the variance the parameter explains alone and through its interactions (Jansen estimator)' },
    ST_low: { unit: 'share', description: 'lower end of the bootstrap 95% interval of ST' },
    ST_high: { unit: 'share', description: 'upper end of that interval' },
    n: { unit: 'rows', description: 'base rows N with every run valued' },
    variance: { unit: 'measure²', description: 'variance of the measure over the sample (measures the parameters do not move have no rows)' },
  },
  'prim.csv': {
    parameter: { unit: 'path', description: 'the sampled parameter (a scenario path)' },
    label: { unit: 'words', description: 'the parameter in words' },
    unit: { unit: 'word', description: 'the parameter\'s unit' },
    lower: { unit: 'parameter', description: 'the chosen box\'s lower limit (empty: none, or no box)' },
    upper: { unit: 'parameter', description: 'the chosen box\'s upper limit (empty: none, or no box)' },
    sampled_min: { unit: 'parameter', description: 'smallest value sampled' },
    sampled_max: { unit: 'parameter', description: 'largest value sampled' },
  },
  'posterior.csv': {
    particle: { unit: 'number', description: '0-based particle of the last generation' },
    weight: { unit: 'share', description: 'importance weight (the weights sum to 1): weigh every posterior statistic by it' },
    distance: { unit: 'loss^½', description: 'distance to the targets: the square root of the calibration loss over the replicates (at most the last tolerance)' },
    [PARAMETER_COLUMNS]: { unit: 'parameter', description: 'the particle\'s value of each calibrated parameter, a column per scenario path' },
  },
  'posterior-summary.csv': {
    parameter: { unit: 'path', description: 'the calibrated parameter (a scenario path)' },
    prior_low: { unit: 'parameter', description: 'lower end of the uniform prior (the targets file\'s range)' },
    prior_high: { unit: 'parameter', description: 'upper end of the prior' },
    mean: { unit: 'parameter', description: 'posterior mean (weighted)' },
    median: { unit: 'parameter', description: 'posterior median (weighted); best.yaml sets it' },
    ci_low: { unit: 'parameter', description: 'lower end of the 95% credible interval (weighted 2.5% quantile)' },
    ci_high: { unit: 'parameter', description: 'upper end (weighted 97.5% quantile)' },
    width_over_prior: { unit: 'share', description: 'the credible interval\'s width over the prior\'s' },
    identified: { unit: 'true/false', description: 'true when that share is under 0.5: the targets narrowed the parameter at least twofold' },
  },
  'generations.csv': {
    generation: { unit: 'number', description: '0-based ABC-SMC generation (0: drawn from the prior)' },
    epsilon: { unit: 'loss^½', description: 'tolerance: the largest distance accepted (empty in generation 0, which accepts all)' },
    candidates: { unit: 'candidates', description: 'candidates simulated in the generation' },
    accepted: { unit: 'particles', description: 'particles accepted (the population)' },
    acceptance: { unit: 'share', description: 'accepted / candidates' },
    ess: { unit: 'particles', description: 'effective sample size of the weights, (Σw)² / Σw²' },
  },
  'fit.csv': {
    target: { unit: 'name', description: 'the target\'s name in the targets file' },
    kind: { unit: 'word', description: '`measure` (a value or interval) or `pattern` (a sign of a difference a − b)' },
    measure: { unit: 'name', description: 'the measure read (of a, for a pattern)' },
    window: { unit: 'id', description: 'the window it is read in (of a)' },
    unit: { unit: 'id', description: 'the unit it is read for: a department id or `county`' },
    variant: { unit: 'name', description: 'the variant run (of a; empty: the scenario as fitted)' },
    window_b: { unit: 'id', description: 'pattern: the window of b' },
    variant_b: { unit: 'name', description: 'pattern: the variant of b' },
    target_low: { unit: 'measure', description: 'the target\'s value, or its interval\'s lower end (empty for a pattern)' },
    target_high: { unit: 'measure', description: 'the same value, or the interval\'s upper end' },
    sign: { unit: 'word', description: 'pattern: `positive` or `negative`, the sign a − b must have' },
    weight: { unit: 'number', description: 'the target\'s weight in the loss' },
    n: { unit: 'runs', description: 'replicates (or pairs) with a value' },
    mean: { unit: 'measure', description: 'mean achieved on fresh seeds (a pattern: mean paired difference a − b)' },
    ci_low: { unit: 'measure', description: 'lower end of the 95% t interval of that mean' },
    ci_high: { unit: 'measure', description: 'upper end of that interval' },
    t: { unit: 'number', description: 'pattern: the paired t statistic of a − b' },
    loss: { unit: 'loss', description: 'the target\'s weighted loss on fresh seeds (empty: no value)' },
    search_loss: { unit: 'loss', description: 'the same on the search seeds' },
    holds: { unit: 'true/false', description: 'inside the interval; the value inside the 95% interval; the pattern significant with its sign (empty: cannot tell)' },
    source: { unit: 'text', description: 'where the target comes from, as the targets file says' },
  },
  'history.csv': {
    candidate: { unit: 'number', description: 'the candidate, in the order the search proposed it' },
    stage: { unit: 'word', description: '`start` (the Latin hypercube), `refine` (a step around the best so far) or `recheck` (the best few on fresh seeds)' },
    generation: { unit: 'number', description: '0 for the start, refinement steps from 1, the re-check after the last' },
    seeds: { unit: 'word', description: '`search` (the common seeds) or `fresh` (the re-check\'s)' },
    [PARAMETER_COLUMNS]: { unit: 'parameter', description: 'the candidate\'s value of each calibrated parameter, a column per scenario path' },
    total_loss: { unit: 'loss', description: 'the candidate\'s loss over every target' },
    target: { unit: 'name', description: 'the target of this row' },
    n: { unit: 'runs', description: 'replicates (or pairs) with a value' },
    mean: { unit: 'measure', description: 'mean achieved (a pattern: mean paired difference a − b)' },
    sd: { unit: 'measure', description: 'standard deviation across replicates (pairs)' },
    ci_low: { unit: 'measure', description: 'lower end of the 95% t interval of the mean' },
    ci_high: { unit: 'measure', description: 'upper end of that interval' },
    t: { unit: 'number', description: 'pattern: the paired t statistic' },
    loss: { unit: 'loss', description: 'the target\'s weighted loss' },
    holds: { unit: 'true/false', description: 'as in fit.csv' },
  },
} as const satisfies Record<string, Record<string, Column>>;

export type TableFile = keyof typeof TABLE_COLUMNS;

/** A table's header: its columns in order, `<parameter>` replaced by the parameters' paths. */
export function tableColumns(file: TableFile, parameters: readonly string[] = []): string[] {
  return Object.keys(TABLE_COLUMNS[file]).flatMap((c) => (c === PARAMETER_COLUMNS ? [...parameters] : [c]));
}

/**
 * Where compare saves an arm's scenario as run: its label as a file name, letters of any script
 * kept. A label that had to change (a slash, spaces, a leading dot, over 120 bytes) gets 8 hex digits of
 * its hash, so two arms never share a file and the same label always names the same one.
 */
export function armScenarioFile(label: string): string {
  const safe = cutToBytes(label.normalize('NFC').replace(/[^\p{L}\p{N}\p{M}._-]+/gu, '_').replace(/^\.+/, '_'), 120);
  const name = safe === label && safe !== '' ? safe : `${safe}-${createHash('sha256').update(label).digest('hex').slice(0, 8)}`;
  return `scenarios/${name}.json`;
}

/** The longest start of `text` of at most `bytes` UTF-8 bytes, never cutting a character in two. */
export function cutToBytes(text: string, bytes: number): string {
  let out = '';
  let used = 0;
  for (const ch of text) {
    used += Buffer.byteLength(ch);
    if (used > bytes) break;
    out += ch;
  }
  return out;
}

/**
 * Why `files` (a results folder's text files) hold no results the contract describes, or null:
 * a run's summary.json with its windows, an experiment's summary.csv with the summary columns, or
 * an ABC calibration's posterior-summary.csv.
 */
export function summaryProblem(files: Record<string, unknown>): string | null {
  if (typeof files['summary.json'] === 'string') {
    let s: unknown;
    try {
      s = JSON.parse(files['summary.json']);
    } catch {
      return 'summary.json is not JSON';
    }
    const o = s as Record<string, unknown> | null;
    const ok = !!o && typeof o === 'object' && typeof o.scenario === 'string' && typeof o.seed === 'number' && Array.isArray(o.windows) && o.windows.length > 0 &&
      o.windows.every((w) => !!w && typeof w === 'object' && typeof (w as Record<string, unknown>).id === 'string');
    return ok ? null : "summary.json is not a run's summary (no scenario, seed and windows)";
  }
  if (typeof files['summary.csv'] === 'string') {
    const header = files['summary.csv'].slice(0, files['summary.csv'].indexOf('\n') >>> 0).split(',');
    return SUMMARY_KEYS_ONE_RUN.every((k) => header.includes(k)) ? null : `summary.csv lacks the summary columns (${SUMMARY_KEYS_ONE_RUN.join(', ')})`;
  }
  if (typeof files['posterior-summary.csv'] === 'string') {
    const header = files['posterior-summary.csv'].slice(0, files['posterior-summary.csv'].indexOf('\n') >>> 0);
    return header === tableColumns('posterior-summary.csv').join(',') ? null : 'posterior-summary.csv lacks the posterior columns';
  }
  return 'it holds neither summary.json (a run), summary.csv (an experiment) nor posterior-summary.csv (an ABC calibration)';
}

const num = (s: string | undefined): Num => (s === undefined || s === '' ? null : Number(s));

/**
 * Parse a results CSV (RFC 4180: quoted fields with commas, quotes and newlines) into text cells,
 * each as written before csvField guarded it against spreadsheet formulas.
 */
export function parseCsvText(text: string): { columns: string[]; rows: Record<string, string>[] } {
  const rows = csvParse(text);
  for (const r of rows) for (const c of rows.columns) if (r[c]?.startsWith("'")) r[c] = readCsvText(r[c] as string);
  return { columns: [...rows.columns], rows: rows as unknown as Record<string, string>[] };
}

export function readDifferences(text: string): DifferenceRow[] {
  return parseCsvText(text).rows.map((r) => ({
    arm: r.arm, baseline: r.baseline, window: r.window, unit: r.unit, metric: r.metric, n: Number(r.n),
    baseline_mean: num(r.baseline_mean), arm_mean: num(r.arm_mean), diff_mean: num(r.diff_mean), diff_sd: num(r.diff_sd), effect: num(r.effect),
    ci_low: num(r.ci_low), ci_high: num(r.ci_high), arm_higher: num(r.arm_higher), baseline_higher: num(r.baseline_higher), ties: num(r.ties),
  }));
}

export function readMorris(text: string): MorrisRow[] {
  return parseCsvText(text).rows.map((r) => ({
    metric: r.metric, rank: Number(r.rank), parameter: r.parameter, mu_star: num(r.mu_star), mu: num(r.mu), sigma: num(r.sigma), n: Number(r.n),
  }));
}

/** summary.csv with its point column (`arm`, `point` or none) and swept parameters, by the columns before `window`. */
export function readSummary(text: string): { pointColumn: 'arm' | 'point' | null; parameters: string[]; rows: SummaryRow[] } {
  const { columns, rows } = parseCsvText(text);
  const pointColumn = columns.includes('arm') ? 'arm' : columns.includes('point') ? 'point' : null;
  const parameters = columns.slice(0, columns.indexOf('window')).filter((c) => c !== pointColumn);
  return {
    pointColumn,
    parameters,
    rows: rows.map((r) => ({
      point: pointColumn ? r[pointColumn] : '',
      values: Object.fromEntries(parameters.map((p) => [p, r[p] !== '' && Number.isFinite(Number(r[p])) ? Number(r[p]) : r[p]])),
      window: r.window, unit: r.unit, metric: r.metric, n: Number(r.n),
      mean: num(r.mean), sd: num(r.sd), ci_low: num(r.ci_low), ci_high: num(r.ci_high),
    })),
  };
}
