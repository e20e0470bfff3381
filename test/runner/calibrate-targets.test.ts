import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TARGETS_EXAMPLE } from '../../sim/cli/commands/calibrate.js';
import { loadTargets } from '../../sim/runner/calibrate/targets.js';
import { ScenarioError } from '../../sim/scenario/problem.js';

const DIR = 'test/runner/fixtures/targets';

/** The one-line messages of a targets file that must not load. */
function problems(name: string): string[] {
  try {
    loadTargets(`${DIR}/${name}`);
  } catch (e) {
    expect(e).toBeInstanceOf(ScenarioError);
    return (e as Error).message.split('\n');
  }
  throw new Error(`${name} loaded, but it has mistakes`);
}

describe('targets file: located errors', () => {
  it('reports every schema problem at its file:line:column, with a fix', () => {
    expect(problems('schema-errors.yaml')).toEqual([
      `${DIR}/schema-errors.yaml:4:40: parameters[0].range: the lower end must be below the upper end, e.g. [10, 80]`,
      `${DIR}/schema-errors.yaml:9:5: targets[0].scael: unknown key "scael"; did you mean "scale"?`,
      `${DIR}/schema-errors.yaml:12:12: targets[1].value: value 0 needs \`scale:\` (the distance that counts as one unit of loss), since relative error is undefined there`,
      `${DIR}/schema-errors.yaml:13:30: search.start: the start (12) cannot exceed the budget (10)`,
    ]);
  });

  it('checks parameter paths, measures, windows, units and variants against the scenario before anything runs', () => {
    const got = problems('model-errors.yaml');
    expect(got).toHaveLength(5);
    expect(got[0]).toBe(`${DIR}/model-errors.yaml:4:13: parameters[0].path: inspection.penalti: inspection has no field "penalti"; did you mean "penalty"?`);
    expect(got[1]).toBe(`${DIR}/model-errors.yaml:6:14: targets[0].measure: "shirk_rat" is not a measure of this scenario's run summary; did you mean "shirk_rate"?`);
    expect(got[2]).toMatch(/^test\/runner\/fixtures\/targets\/model-errors\.yaml:10:13: targets\[1\]\.window: "campaign-1" is not a window of this scenario; choose one of .*baseline, push, after, overall$/);
    expect(got[3]).toMatch(/^test\/runner\/fixtures\/targets\/model-errors\.yaml:14:11: targets\[2\]\.unit: "gamma" is not a unit .*choose one of county, alpha, beta/);
    expect(got[4]).toMatch(/^test\/runner\/fixtures\/targets\/model-errors\.yaml:19:15: targets\[3\]\.b\.set: .*overtimPaid/);
  });

  it('names a missing base scenario at the scenario: line', () => {
    expect(problems('missing-scenario.yaml')).toEqual([
      `${DIR}/missing-scenario.yaml:1:11: scenario: cannot read the base scenario ${DIR}/nowhere.yaml: no such file; check the path`,
    ]);
  });

  it('resolves a valid file: defaults, variants shared between targets, generated names', () => {
    const spec = loadTargets('test/runner/fixtures/targets-small.yaml');
    expect(spec.scenarioFile).toBe('test/runner/fixtures/small.yaml');
    expect(spec.base.name).toBe('small');
    expect(spec.parameters).toEqual([{ path: 'inspection.penalty', lo: 2, hi: 60, integer: false }]);
    // The candidate itself plus the two overtime-pay variants of the pattern.
    expect(spec.variants.map((v) => v.label)).toEqual(['as fitted', 'campaigns.push.overtimePaid=false', 'campaigns.push.overtimePaid=true']);
    expect(spec.goals.map((g) => g.kind)).toEqual(['measure', 'pattern']);
    expect(spec.search).toMatchObject({ budget: 8, start: 4, seed: 11, recheckSeed: 12 });
    expect(resolve(spec.scenarioFile)).toBe(resolve('test/runner/fixtures/small.yaml'));
  });
});

describe('the targets file `deptsim calibrate --help` shows', () => {
  it('loads against the small county it names, its pattern variant included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deptsim-targets-help-'));
    try {
      copyFileSync('test/runner/fixtures/small.yaml', join(dir, 'small.yaml'));
      writeFileSync(join(dir, 'targets.yaml'), TARGETS_EXAMPLE);
      const spec = loadTargets(join(dir, 'targets.yaml'));
      expect(spec.parameters.map((p) => p.path)).toEqual(['inspection.penalty', 'departments.alpha.headcount']);
      expect(spec.goals.map((g) => g.kind)).toEqual(['measure', 'measure', 'pattern']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
