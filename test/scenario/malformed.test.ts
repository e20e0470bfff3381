import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioProblems, formatProblem } from '../../sim/scenario/load.js';
import { VALID, writeTree } from './helpers.js';

/**
 * One malformed scenario per row: the files to write (the first is validated), and every problem
 * expected, as `line:col` and a piece of the message (with the field path when there is one). The
 * test asserts the exact set of reported lines, so a missing or extra problem fails it.
 */
interface Case {
  name: string;
  files: Record<string, string | Uint8Array>;
  expect: [loc: string, text: string][];
}

const dept = (extra: string) => VALID.replace('  - id: b\n    headcount: 4\n', `  - id: b\n    headcount: 4\n${extra}`);
const campaign = (body: string) => `${VALID}campaigns:\n  - id: c\n    start: 2017-02-01\n    days: 20\n${body}`;

const CASES: Case[] = [
  { name: 'empty file', files: { 's.yaml': '' }, expect: [['1:1', 'the file is empty']] },
  { name: 'only comments', files: { 's.yaml': '# nothing\n# here\n' }, expect: [['1:1', 'the file is empty']] },
  { name: 'binary junk', files: { 's.yaml': new Uint8Array([0x6e, 0x61, 0x0a, 0x00, 0xff, 0x12]) }, expect: [['2:1', 'not a text file']] },
  { name: 'invalid UTF-8', files: { 's.yaml': new Uint8Array([...Buffer.from('name: t\nx: '), 0xc3, 0x28]) }, expect: [['2:4', 'not a text file']] },
  { name: 'top level is a list', files: { 's.yaml': '- a\n- b\n' }, expect: [['1:1', 'expected a mapping of keys (name:, departments:, ...) at the top level, got a list']] },
  { name: 'top level is a scalar', files: { 's.yaml': 'hello\n' }, expect: [['1:1', 'at the top level, got a single line of text (5 characters)']] },
  { name: 'YAML: unclosed flow list', files: { 's.yaml': 'name: t\ndepartments: [\n' }, expect: [['3:1', 'YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]']] },
  { name: 'YAML: tab indentation', files: { 's.yaml': 'name: t\ncalendar:\n\tdays: 3\n' }, expect: [['3:1', 'YAML syntax: Tabs are not allowed as indentation']] },
  { name: 'YAML: duplicate key', files: { 's.yaml': `${VALID}name: u\n` }, expect: [['8:1', 'YAML syntax: Map keys must be unique']] },
  { name: 'YAML: bad indentation', files: { 's.yaml': 'name: t\n  seed: 3\nfoo: 1\n' }, expect: [['1:7', 'YAML syntax: Nested mappings are not allowed in compact mappings'], ['1:7', 'YAML syntax: Implicit keys need to be on a single line']] },
  { name: 'missing name and departments', files: { 's.yaml': 'seed: 3\n' }, expect: [['1:1', 'name: required field is missing (expected text)'], ['1:1', 'departments: required field is missing (expected a list']] },
  { name: 'misspelt top-level key', files: { 's.yaml': `${VALID}replicate: 4\n` }, expect: [['8:1', 'replicate: unknown key "replicate"; did you mean "replicates"?']] },
  { name: 'misspelt nested key', files: { 's.yaml': VALID.replace('headcount: 10', 'hedcount: 10') }, expect: [['4:5', 'departments[0].headcount: required field is missing'], ['5:5', 'departments[0].hedcount: unknown key "hedcount"; did you mean "headcount"?']] },
  { name: 'unknown key, no near match', files: { 's.yaml': VALID.replace('days: 100', 'days: 100, colour: red') }, expect: [['2:43', 'calendar.colour: unknown key "colour"; allowed here: start, days, weekend, holidays']] },
  { name: 'string where a number belongs', files: { 's.yaml': `${VALID}seed: lots\n` }, expect: [['8:7', 'seed: expected a number, got "lots"']] },
  { name: 'fractional headcount', files: { 's.yaml': VALID.replace('headcount: 10', 'headcount: 2.5') }, expect: [['5:16', 'departments[0].headcount: expected a whole number, got 2.5']] },
  { name: 'negative staff', files: { 's.yaml': VALID.replace('headcount: 4', 'headcount: -3') }, expect: [['7:16', 'departments[1].headcount: expected a number >= 1, got -3']] },
  { name: 'share above 1', files: { 's.yaml': campaign('    minEffortShare: 1.5\n') }, expect: [['12:21', 'campaigns[0].minEffortShare: expected a number <= 1, got 1.5']] },
  { name: 'zero effort (exclusive bound)', files: { 's.yaml': dept('    regular: { effortHours: 0 }\n') }, expect: [['8:29', 'departments[1].regular.effortHours: expected a number > 0, got 0']] },
  { name: 'empty departments list', files: { 's.yaml': 'name: t\ndepartments: []\n' }, expect: [['2:14', 'departments: expected at least 1 entry, got 0']] },
  { name: 'empty value where a mapping belongs', files: { 's.yaml': `${VALID}calendar:\n`.replace('calendar: { start: 2017-01-02, days: 100 }\n', '') }, expect: [['7:10', 'calendar: expected a mapping']] },
  { name: 'mapping where a list belongs', files: { 's.yaml': 'name: t\ndepartments:\n  id: a\n  headcount: 3\n' }, expect: [['3:3', 'departments: expected a list']] },
  { name: 'bad weekday with suggestion', files: { 's.yaml': VALID.replace('days: 100', 'days: 100, weekend: [sat, sunday]') }, expect: [['2:58', 'calendar.weekend[1]: expected one of "mon", "tue", "wed", "thu", "fri", "sat", "sun", got "sunday"; did you mean "sun"?']] },
  { name: 'bad enum with suggestion', files: { 's.yaml': campaign('    secondment: { total: 2, rule: proportinal }\n') }, expect: [['12:35', 'campaigns[0].secondment.rule: expected one of "proportional", "equal", "skilled", got "proportinal"; did you mean "proportional"?']] },
  { name: 'malformed date', files: { 's.yaml': VALID.replace('2017-01-02', '2017/01/02') }, expect: [['2:20', 'calendar.start: expected a date written as YYYY-MM-DD, e.g. 2017-03-20, got "2017/01/02"']] },
  { name: 'impossible date', files: { 's.yaml': VALID.replace('2017-01-02', '2017-02-30') }, expect: [['2:20', 'calendar.start: expected a real calendar date, got "2017-02-30"']] },
  { name: 'bad id', files: { 's.yaml': VALID.replace('id: b', 'id: Bureau B') }, expect: [['6:9', 'departments[1].id: expected an id of lowercase letters']] },
  { name: 'duplicate department ids', files: { 's.yaml': VALID.replace('id: b', 'id: a') }, expect: [['6:9', 'departments[1].id: duplicate department id "a"']] },
  { name: 'campaign past the horizon', files: { 's.yaml': campaign('').replace('days: 20', 'days: 90') }, expect: [['11:11', 'campaigns[0].days: campaign "c" runs days 30..119 but the horizon is days 0..99']] },
  { name: 'campaign before the start', files: { 's.yaml': campaign('').replace('start: 2017-02-01', 'start: 2016-12-01') }, expect: [['10:12', 'campaigns[0].start: campaign "c" runs days -32..-13']] },
  { name: 'campaign missing start', files: { 's.yaml': campaign('').replace('    start: 2017-02-01\n', '') }, expect: [['9:5', 'campaigns[0].start: required field is missing (expected text)']] },
  { name: 'several errors at once', files: { 's.yaml': 'name: ""\nseed: -1\ndepartments:\n  - { id: a, headcount: 0 }\n' }, expect: [['1:7', 'name: expected some text'], ['2:7', 'seed: expected a number >= 0, got -1'], ['4:25', 'departments[0].headcount: expected a number >= 1, got 0']] },
  { name: 'shared duty names an unknown department', files: { 's.yaml': `${VALID}sharedDuties:\n  - { id: training, departments: [a, labour] }\n` }, expect: [['9:38', 'sharedDuties[0].departments[1]: shared duty "training" names department "labour", which is not in departments']] },
  { name: 'a bad headcount does not set off the secondment rule', files: { 's.yaml': campaign('').replace('headcount: 4', 'headcount: -2') }, expect: [['7:16', 'departments[1].headcount: expected a number >= 1, got -2']] },
  { name: 'secondment larger than the departments may give', files: { 's.yaml': campaign('    secondment: { total: 20 }\n') }, expect: [['12:26', 'campaigns[0].secondment.total: campaign "c" seconds 20 people but the departments may give at most 7']] },
  { name: 'formula: unknown variable', files: { 's.yaml': dept('    regular: { rateFormula: "1 + sin(dya)" }\n') }, expect: [['8:29', 'departments[1].regular.rateFormula: unknown variable "dya" in formula "1 + sin(dya)"; the variables here are day, weekday, month, campaign']] },
  { name: 'formula: syntax error', files: { 's.yaml': `${VALID}staff: { productivity: { formula: "1 - (fatigue" } }\n` }, expect: [['8:35', 'staff.productivity.formula: cannot parse formula "1 - (fatigue"']] },
  { name: 'formula: not finite on the domain', files: { 's.yaml': `${VALID}staff: { productivity: { formula: "1 / (0.5 - fatigue)" } }\n` }, expect: [['8:35', 'formula "1 / (0.5 - fatigue)" gives Infinity at fatigue=0.500']] },
  { name: 'formula: complex result is not a number', files: { 's.yaml': dept('    regular: { rateFormula: "sqrt(weekday - 3)" }\n') }, expect: [['8:29', 'gives no number (NaN) at day=0, weekday=0']] },
  { name: 'formula: import is disallowed', files: { 's.yaml': dept('    regular: { rateFormula: "import(1)" }\n') }, expect: [['8:29', 'function "import" is not allowed']] },
  { name: 'formula: assignment is disallowed', files: { 's.yaml': dept('    regular: { rateFormula: "x = 2" }\n') }, expect: [['8:29', '"assignment" is not allowed in formula "x = 2"']] },
  { name: 'formula: function definition is disallowed', files: { 's.yaml': dept('    regular: { rateFormula: "f(x) = x" }\n') }, expect: [['8:29', '"functionassignment" is not allowed']] },
  { name: 'formula: string constant', files: { 's.yaml': `${VALID}staff: { productivity: { formula: "\\"a\\" + fatigue" } }\n` }, expect: [['8:35', 'only numbers are allowed as constants']] },
  { name: 'extends: missing target', files: { 's.yaml': 'name: t\nextends: nowhere.yaml\n' }, expect: [['2:10', 'extends: cannot extend nowhere.yaml: no such file; check the path']] },
  { name: 'extends: not a string', files: { 's.yaml': 'name: t\nextends: [a.yaml]\n' }, expect: [['2:10', 'extends: expected the path of another scenario file']] },
  { name: 'extends: direct cycle', files: { 's.yaml': `extends: s.yaml\n${VALID}` }, expect: [['1:10', 'extends cycle: s.yaml -> s.yaml']] },
  { name: 'extends: longer cycle names the chain', files: { 's.yaml': 'extends: sub/b.yaml\n', 'sub/b.yaml': 'extends: ../c.yaml\n', 'c.yaml': 'extends: s.yaml\n' }, expect: [['c.yaml:1:10', 'extends cycle: s.yaml -> sub/b.yaml -> c.yaml -> s.yaml']] },
  { name: 'extends: error in the parent points into the parent', files: { 's.yaml': 'extends: base.yaml\nname: child\n', 'base.yaml': VALID.replace('headcount: 4', 'headcount: many') }, expect: [['base.yaml:7:16', 'departments[1].headcount: expected a number, got "many"']] },
  { name: 'extends: error in the child points into the child', files: { 's.yaml': 'extends: base.yaml\ndepartments:\n  - { id: b, headcount: 0 }\n', 'base.yaml': VALID }, expect: [['3:25', 'departments[1].headcount: expected a number >= 1, got 0']] },
  { name: 'extends: YAML error in the parent', files: { 's.yaml': 'extends: base.yaml\n', 'base.yaml': 'name: [\n' }, expect: [['base.yaml:2:1', 'YAML syntax:']] },
];

describe('malformed scenario files', () => {
  it('has at least 30 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(30));
  for (const c of CASES) {
    it(c.name, () => {
      const dir = writeTree(c.files);
      const main = Object.keys(c.files)[0];
      const lines = scenarioProblems(join(dir, main)).map((p) => formatProblem(p).replaceAll(`${dir}/`, ''));
      expect(lines.length, lines.join('\n')).toBe(c.expect.length);
      c.expect.forEach(([loc, text], i) => {
        const where = loc.includes('.yaml') ? loc : `${main}:${loc}`;
        expect(lines[i], lines.join('\n')).toContain(`${where}: `);
        expect(lines[i]).toContain(text);
      });
    });
  }
});

describe('size cap', () => {
  it('rejects a 50 MB file quickly, before parsing it', () => {
    const dir = writeTree({ 'big.yaml': new Uint8Array(50 * 1024 * 1024).fill(0x61) });
    const t = performance.now();
    const lines = scenarioProblems(join(dir, 'big.yaml')).map(formatProblem);
    expect(performance.now() - t).toBeLessThan(500);
    expect(lines).toEqual([`${join(dir, 'big.yaml')}:1:1: the file is 50.0 MB; scenario files are limited to 5.0 MB (is this really a scenario?)`]);
  });

  it('rejects a folder with a clear message', () => {
    const dir = writeTree({ 'x/a.yaml': VALID });
    expect(scenarioProblems(join(dir, 'x')).map((p) => p.message)).toEqual(['this is a folder, not a scenario file']);
  });
});
