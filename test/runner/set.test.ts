import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../sim/scenario/load.js';
import { applyValues, getPath } from '../../sim/runner/path.js';
import { gridValues, parseSet, SetError } from '../../sim/runner/set.js';
import { sweepExperiment } from '../../sim/runner/experiments.js';

const small = loadScenario('test/runner/fixtures/small.yaml');

describe('--set parsing', () => {
  it('reads lists, counts and ranges', () => {
    expect(parseSet('inspection.penalty=10,20,40')).toEqual({ path: 'inspection.penalty', values: [10, 20, 40] });
    expect(parseSet('coordination.mechanism=none,office')).toEqual({ path: 'coordination.mechanism', values: ['none', 'office'] });
    expect(parseSet('mechanisms.fatigue=true,false').values).toEqual([true, false]);
    const lin = parseSet('campaigns.0.inspectionRate=0:0.1:5');
    expect(gridValues(lin.path, lin.values)).toEqual([0, 0.025, 0.05, 0.075, 0.1]);
    expect(parseSet('x.y=1:3').values).toEqual({ from: 1, to: 3, integer: false });
  });
  it.each([
    ['inspection.penalty', /write path=values/],
    ['=3', /path before "=" is empty/],
    ['inspection.penalty=', /no values after "="/],
    ['inspection..penalty=3', /is not a path/],
    ['a=1,,2', /empty value/],
    ['a=0:x:3', /"x" in the range is not a number/],
    ['a=0:1:2.5', /count .* whole number/],
    ['a=0:1:0', /count .* whole number/],
    ['a=1:2:3:4', /from:to or from:to:count/],
  ])('%s gives a clear message', (text, msg) => {
    expect(() => parseSet(text)).toThrow(SetError);
    expect(() => parseSet(text)).toThrow(msg);
  });
  it('a grid over a range without a count says how to fix it', () => {
    expect(() => gridValues('a', { from: 0, to: 1, integer: false })).toThrow(/from:to:count .* --design lhs/);
  });
});

describe('paths into a scenario', () => {
  it('sets fields by name, list position or id, and validates the result', () => {
    const s = applyValues(small, { 'inspection.penalty': 7, 'departments.beta.headcount': 3, 'campaigns.0.days': 20 }, 't');
    expect(s.inspection.penalty).toBe(7);
    expect(s.departments[1].headcount).toBe(3);
    expect(s.campaigns[0].days).toBe(20);
    expect(small.inspection.penalty).not.toBe(7); // the base is untouched
    expect(getPath(s, 'departments.alpha.headcount')).toBe(12);
  });
  it.each([
    [{ 'campaigns.3.days': 5 }, /campaigns has 1 entries \(0\.\.0\), not 4/],
    [{ 'departments.gamma.headcount': 5 }, /no entry with id "gamma"/],
    [{ 'inspektion.penalty': 5 }, /the scenario has no field "inspektion"/],
    [{ 'inspection.penalty.x': 5 }, /inspection.penalty is a value/],
    [{ 'inspection.penaltyy': 5 }, /Unrecognized key/],
    [{ 'campaigns.0.inspectionRate': 5 }, /campaigns.0.inspectionRate: Too big/],
    [{ 'departments.0.headcount': 2.5 }, /departments.0.headcount/],
  ])('%o is refused with a message naming the field', (values, msg) => {
    expect(() => applyValues(small, values, 'point 0')).toThrow(msg);
  });
  it('every sweep point is validated before anything runs', () => {
    expect(() =>
      sweepExperiment(small, { 'campaigns.0.inspectionRate': [0.1, 0.5, 2] }, { seed: 1, replicates: 1, daily: false, design: 'grid' }),
    ).toThrow(/campaigns.0.inspectionRate=2 is not a valid value/);
  });
});
