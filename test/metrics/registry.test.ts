import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DAILY_MEASURES } from '../../sim/measures/daily-measures.js';
import { measureInfo, RECOVERY_MEASURES, WINDOW_MEASURES } from '../../sim/measures/measures.js';
import { loadScenario } from '../../sim/scenario/load.js';
import { parseCsvText, KEY_COLUMNS, RESULT_FILES, TABLE_COLUMNS, tableColumns, type TableFile } from '../../sim/runner/contract.js';
import { calibrateAbc } from '../../sim/runner/calibrate/abc.js';
import { calibrate, loadTargets } from '../../sim/runner/calibrate/index.js';
import { discoverExperiment, screeningExperiment, sobolExperiment } from '../../sim/runner/methods.js';
import { valueFactor } from '../../sim/runner/factors.js';
import { compareExperiment, replicatesExperiment, sensitivityExperiment, sweepExperiment } from '../../sim/runner/experiments.js';
import { resultFiles } from '../../sim/runner/finalise.js';
import { runJob } from '../../sim/runner/job.js';
import { jobCount, jobPoint, jobSeedKey, type Experiment } from '../../sim/runner/plan.js';
import { runSingle } from '../../sim/runner/run.js';

/**
 * Every column of every file a run or experiment writes is a registered measure or a key column of
 * the results contract (docs/OUTPUTS.md's tables: test/runner/generated-files.test.ts).
 */
const FIX = resolve('test/runner/fixtures');
const small = () => loadScenario(`${FIX}/small.yaml`);
const known = (c: string) => c in KEY_COLUMNS || c in DAILY_MEASURES || c in WINDOW_MEASURES || c in RECOVERY_MEASURES;

function filesOf(exp: Experiment): Record<string, string> {
  const results = Array.from({ length: jobCount(exp.plan) }, (_, j) => runJob({ scenario: exp.scenarios[jobPoint(exp.plan, j)], seedKey: jobSeedKey(exp.plan, j), daily: false, dailyColumns: {} }).summary);
  return resultFiles(exp.plan, results);
}

/**
 * What in `files` the contract does not describe: a file it does not list, a column of a shared
 * table that is neither a measure nor a key column, a research design's or calibration's table
 * whose header is not the contract's, column for column (`parameters`: the paths it names).
 */
function unregistered(files: Record<string, string>, parameters: string[] = []): string[] {
  const bad: string[] = [];
  for (const [name, text] of Object.entries(files)) {
    const pattern = name.startsWith('scenarios/') ? 'scenarios/<arm>.json' : name;
    if (!(pattern in RESULT_FILES)) bad.push(`${name}: not in the results contract`);
    if (!name.endsWith('.csv')) continue;
    const { columns, rows } = parseCsvText(text);
    if (name in TABLE_COLUMNS) {
      const want = tableColumns(name as TableFile, parameters);
      if (columns.join(',') !== want.join(',')) bad.push(`${name}: header ${columns.join(',')}, the contract says ${want.join(',')}`);
    } else for (const c of columns) if (!known(c) && !parameters.includes(c)) bad.push(`${name}: column ${c}`);
    if (columns.includes('metric')) for (const r of rows) if (!measureInfo(r.metric)) bad.push(`${name}: metric ${r.metric}`);
  }
  return [...new Set(bad)];
}

/** Every file under a folder, by relative path, as text (the report's figures left out). */
function folder(root: string, sub = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(join(root, sub))) {
    const rel = sub ? `${sub}/${name}` : name;
    if (statSync(join(root, rel)).isDirectory()) Object.assign(out, folder(root, rel));
    else if (!rel.startsWith('plots/') && !rel.startsWith('report.')) out[rel] = readFileSync(join(root, rel), 'utf8');
  }
  return out;
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the measure registry covers every output', () => {
  it('a single run: daily.csv columns and summary.json fields', () => {
    const run = runSingle(small(), 1);
    expect(unregistered(run.files)).toEqual([]);
    const summary = JSON.parse(run.files['summary.json']);
    for (const w of summary.windows) for (const k of Object.keys(w.county)) expect(k in WINDOW_MEASURES, k).toBe(true);
    for (const r of summary.recovery) for (const k of Object.keys(r)) expect(k in RECOVERY_MEASURES || k in KEY_COLUMNS, k).toBe(true);
  });

  it('replicates, compare, sweep and sensitivity tables', () => {
    const s = small();
    const o = { seed: 3, replicates: 2, daily: false };
    const office = { ...s, name: 'other', inspection: { ...s.inspection, penalty: s.inspection.penalty * 2 } };
    const exps = [
      replicatesExperiment(s, o),
      compareExperiment([{ file: 'a.yaml', scenario: s }, { file: 'b.yaml', scenario: office }], o),
      sweepExperiment(s, { 'inspection.penalty': [10, 40] }, { ...o, design: 'grid' }),
      sensitivityExperiment(s, { 'inspection.penalty': { from: 10, to: 40, integer: false }, 'staff.shirking.noise': { from: 0.1, to: 0.5, integer: false } }, { ...o, replicates: 1, trajectories: 2, levels: 4 }),
    ];
    for (const exp of exps) expect(unregistered(filesOf(exp), exp.plan.parameters), exp.plan.kind).toEqual([]);
  });

  it('Sobol indices and scenario discovery: sobol.csv, prim.csv and prim.json as the contract writes them', () => {
    const s = small();
    const o = { seed: 3, replicates: 1, daily: false };
    const factors = [valueFactor('inspection.penalty', 10, 300, false), valueFactor('staff.motivation.mean', 0.3, 0.9, false)];
    const sobol = sobolExperiment(s, factors, { ...o, samples: 4 });
    const found = discoverExperiment(s, factors, { measure: 'shirk_rate', window: 'overall', direction: 'above', threshold: 0.08 }, { ...o, samples: 10 });
    const screen = screeningExperiment(s, factors, { ...o, trajectories: 2, levels: 4 });
    for (const [exp, file] of [[sobol, 'sobol.csv'], [found, 'prim.csv'], [screen, 'morris.csv']] as const) {
      const files = filesOf(exp);
      expect(Object.keys(files)).toContain(file);
      expect(unregistered(files, exp.plan.parameters), file).toEqual([]);
    }
  });

  it('calibration, by search and by ABC-SMC: every file and table header as the contract says', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deptsim-contract-'));
    dirs.push(dir);
    copyFileSync(`${FIX}/small.yaml`, join(dir, 'small.yaml'));
    const targets = (search: string) =>
      [
        'scenario: small.yaml',
        'parameters:',
        '  - { path: staff.shirking.regularValue, range: [0.2, 1.4] }',
        '  - { path: inspection.penalty, range: [50, 300] }',
        'targets:',
        '  - { name: shirking, measure: shirk_rate, window: overall, value: 0.09, scale: 0.01 }',
        '  - { name: unpaid overtime raises shirking, measure: shirk_rate, window: push, a: { set: { campaigns.push.overtimePaid: false } }, b: { set: { campaigns.push.overtimePaid: true } }, sign: positive }',
        `search: ${search}`,
        '',
      ].join('\n');
    writeFileSync(join(dir, 'abc.yaml'), targets('{ method: abc, population: 10, generations: 2, replicates: 2, seed: 3 }'));
    writeFileSync(join(dir, 'search.yaml'), targets('{ budget: 4, start: 4, replicates: 2, recheck: 1, recheckReplicates: 2, seed: 3 }'));
    const paths = ['staff.shirking.regularValue', 'inspection.penalty'];
    const abc = await calibrateAbc(loadTargets(join(dir, 'abc.yaml')), { out: join(dir, 'abc'), workers: 1, resume: false, progress: false });
    const abcFiles = folder(abc.dir);
    expect(Object.keys(abcFiles).sort()).toEqual(['abc.json', 'best.yaml', 'generations.csv', 'manifest.json', 'posterior-summary.csv', 'posterior.csv']);
    expect(unregistered(abcFiles, paths)).toEqual([]);
    const fit = await calibrate(loadTargets(join(dir, 'search.yaml')), { out: join(dir, 'search'), workers: 1, resume: false, progress: false });
    const fitFiles = folder(fit.dir);
    for (const f of ['fit.csv', 'fit.json', 'history.csv', 'calibration.json', 'best.yaml', 'summary.csv']) expect(Object.keys(fitFiles)).toContain(f);
    expect(unregistered(fitFiles, paths)).toEqual([]);
  });

  it('fails on a column nobody registered, a file it does not list, a table out of order (the check itself can fail)', () => {
    expect(unregistered({ 'summary.csv': 'unit,made_up_measure\ncounty,1\n' })).toEqual(['summary.csv: column made_up_measure']);
    expect(unregistered({ 'notes.csv': 'unit\ncounty\n' })).toEqual(['notes.csv: not in the results contract']);
    expect(unregistered({ 'generations.csv': 'generation,candidates,epsilon,accepted,acceptance,ess\n0,1,,1,1,1\n' })).toEqual([
      'generations.csv: header generation,candidates,epsilon,accepted,acceptance,ess, the contract says generation,epsilon,candidates,accepted,acceptance,ess',
    ]);
  });
});
