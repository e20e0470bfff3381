import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DAILY_MEASURES } from '../../sim/measures/daily-measures.js';
import { measureInfo, RECOVERY_MEASURES, WINDOW_MEASURES } from '../../sim/measures/measures.js';
import { loadScenario } from '../../sim/scenario/load.js';
import { parseCsvText, KEY_COLUMNS, RESULT_FILES } from '../../sim/runner/contract.js';
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

function unregistered(files: Record<string, string>, parameters: string[] = []): string[] {
  const bad: string[] = [];
  for (const [name, text] of Object.entries(files)) {
    if (!name.endsWith('.csv')) continue;
    const { columns, rows } = parseCsvText(text);
    for (const c of columns) if (!known(c) && !parameters.includes(c)) bad.push(`${name}: column ${c}`);
    if (columns.includes('metric')) for (const r of rows) if (!measureInfo(r.metric)) bad.push(`${name}: metric ${r.metric}`);
  }
  return [...new Set(bad)];
}

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
    for (const exp of exps) {
      const files = filesOf(exp);
      expect(unregistered(files, exp.plan.parameters), exp.plan.kind).toEqual([]);
      for (const name of Object.keys(files)) {
        const pattern = name.startsWith('scenarios/') ? 'scenarios/<arm>.json' : name;
        expect(pattern in RESULT_FILES, `${name} is in the results contract`).toBe(true);
      }
    }
  });

  it('fails on a column nobody registered (the check itself can fail)', () => {
    expect(unregistered({ 'x.csv': 'unit,made_up_measure\ncounty,1\n' })).toEqual(['x.csv: column made_up_measure']);
  });
});
