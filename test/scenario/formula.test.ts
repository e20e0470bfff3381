import { describe, expect, it } from 'vitest';
import { compileFormula, findNonFinite, FormulaError } from '../../sim/engine/formula.js';
import { RATE_VARIABLES } from '../../sim/model/arrivals.js';
import { RATE_FORMULA_VARIABLES } from '../../sim/scenario/formulas.js';

const scope = (o: Record<string, number>) => new Map(Object.entries(o));

describe('sandboxed formulas', () => {
  it('evaluates arithmetic, comparisons, conditionals and whitelisted functions', () => {
    const f = compileFormula('weekday >= 5 ? 0.2 : 1 + 0.5 * sin(2 * pi * day / 365) * (month == 12)', RATE_FORMULA_VARIABLES);
    expect(f(scope({ day: 0, weekday: 6, month: 1, campaign: 0 }))).toBe(0.2);
    expect(f(scope({ day: 0, weekday: 1, month: 1, campaign: 0 }))).toBe(1);
  });

  it.each([
    ['import({}, {override: true})', /function "import" is not allowed/],
    ['evaluate("1")', /function "evaluate" is not allowed/],
    ['parse("1")', /function "parse" is not allowed/],
    ['createUnit("x")', /function "createUnit" is not allowed/],
    ['f(x) = 1', /"functionassignment" is not allowed/],
    ['a = 1', /"assignment" is not allowed/],
    ['fatigue.constructor', /"accessor" is not allowed/],
    ['[1, 2]', /"array" is not allowed/],
    ['{a: 1}', /"object" is not allowed/],
    ['1:3', /"range" is not allowed/],
    ['1; 2', /"block" is not allowed/],
    ['"text"', /only numbers are allowed as constants/],
    ['tiredness', /unknown variable "tiredness"/],
    ['(fatigue', /cannot parse formula "\(fatigue": .* at character \d+/],
  ])('rejects %s', (src, message) => {
    expect(() => compileFormula(src, ['fatigue'])).toThrow(FormulaError);
    expect(() => compileFormula(src, ['fatigue'])).toThrow(message);
  });

  it('turns complex or failing results into NaN, which the domain check finds', () => {
    const f = compileFormula('sqrt(fatigue - 0.5)', ['fatigue']);
    expect(Number.isNaN(f(scope({ fatigue: 0 })))).toBe(true);
    expect(findNonFinite(f, [{ fatigue: 1 }, { fatigue: 0.25 }])).toEqual({ point: { fatigue: 0.25 }, value: NaN });
    expect(findNonFinite(f, [{ fatigue: 1 }, { fatigue: 0.75 }])).toBeNull();
  });

  it('checks rate formulas over the same variables the model provides', () => {
    expect([...RATE_FORMULA_VARIABLES]).toEqual([...RATE_VARIABLES]);
  });
});
