import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scenarioJsonSchemaText } from '../../sim/scenario/json-schema.js';

/** The compiled CLI, run from a folder outside the checkout, as a user of the installed tool would. */
const BIN = resolve('dist/sim/cli/main.js');
const dir = mkdtempSync(join(tmpdir(), 'deptsim-shipped-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const deptsim = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, COLUMNS: '' } });

describe('shipped scenarios by name, from any folder', () => {
  it('list shows every shipped scenario with a one-line description', () => {
    const r = deptsim('list');
    expect(r.status, r.stderr).toBe(0);
    const line = r.stdout.split('\n').find((l) => l.startsWith('three-campaigns '));
    expect(line).toMatch(/^three-campaigns +Case A\. A county near the bottom/);
    expect(r.stdout).toMatch(/^teach-overtime-unpaid +For the class/m);
    // Wrapped to 80 columns (not a terminal), never cut short with "…": the opening sentences whole.
    expect(r.stdout).not.toContain('…');
    for (const l of r.stdout.split('\n')) expect(l.length, l).toBeLessThanOrEqual(80);
    expect(r.stdout.replace(/\n {2,}/g, ' ')).toContain('Case B, the remedy the thesis proposes: a strong coordinating body with the authority to assign overlapping work.');
  });

  it('list shows the shipped calibration targets in a section of their own, named with their folder', () => {
    const r = deptsim('list');
    expect(r.status, r.stderr).toBe(0);
    const [scenarios, targets] = r.stdout.split(/^Calibration targets.*$/m);
    expect(scenarios).toMatch(/^Scenarios \(deptsim run NAME/);
    expect(scenarios).not.toMatch(/calibration\//);
    expect(targets).toMatch(/^calibration\/case-a +Fit staff motivation to baseline shirking/m);
  });

  it('validate takes shipped names as run does, and checks a targets file as calibrate reads it', () => {
    const r = deptsim('validate', 'three-campaigns', 'teach-county.yaml', 'scenarios/teach-county.yaml', 'calibration/case-a', 'scenarios/calibration/case-a.yaml');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split('\n').filter(Boolean)).toEqual(['three-campaigns: ok', 'teach-county.yaml: ok', 'scenarios/teach-county.yaml: ok', 'calibration/case-a: ok', 'scenarios/calibration/case-a.yaml: ok']);
  });

  it('validate reports an unknown name and a broken targets file, one located line each, and still checks the rest', () => {
    const sub = mkdtempSync(join(dir, 'targets-'));
    writeFileSync(join(sub, 'fit.yaml'), 'scenario: base.yaml\nparameters:\n  - { path: inspection.penalty, range: [10, 80] }\ntargets:\n  - { measure: shirk_rat, window: baseline, value: 0.08, scale: 0.01 }\n');
    writeFileSync(join(sub, 'base.yaml'), 'name: base\ncalendar: { start: 2017-01-02, days: 20 }\ndepartments: [{ id: a, headcount: 3 }]\n');
    const r = spawnSync(process.execPath, [BIN, 'validate', 'no-such-case', 'fit.yaml', 'teach-county'], { cwd: sub, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('teach-county: ok\n');
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toBe('no-such-case:1:1: no such file, and no shipped scenario of that name; `deptsim list` shows them');
    expect(lines[1]).toMatch(/^fit\.yaml:5:\d+: targets\[0\]\.measure: .*shirk_rat/);
    expect(lines.at(-1)).toBe('deptsim: 2 of 3 files invalid');
  });

  it('calibrate finds a shipped targets file by name', () => {
    // --budget 4 (below the start, 8) stops it after the targets file and its scenario were read and checked.
    const found = deptsim('calibrate', 'calibration/case-a', '--budget', '4');
    expect(found.status).toBe(2);
    // (After the shipped case A's note on its quota, which is by design.)
    expect(found.stderr.trim()).toMatch(/\ndeptsim: --budget 4: give a whole number of at least the start \(8\)$/);
    const r = deptsim('calibrate', 'calibration/case-a', '--budget', '0');
    expect(r.status).toBe(2);
    // Checked as every command checks a whole-number option (issue 25), before the file is read.
    expect(r.stderr.trim()).toMatch(/^deptsim: --budget "0": give a whole number from 2 to 100000$/);
  });

  it.each(['teach-county', 'teach-county.yaml', 'scenarios/teach-county.yaml'])('run %s finds the shipped file', (arg) => {
    const out = `out-${arg.replace(/\W/g, '_')}`;
    const r = deptsim('run', arg, '--no-report', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, out, 'scenario.json'), 'utf8')).name).toBe('teach-county');
  });

  it('a file of the same name in the current folder wins', () => {
    writeFileSync(join(dir, 'teach-county.yaml'), 'name: mine\ncalendar: { start: 2017-01-02, days: 20 }\ndepartments: [{ id: a, headcount: 3 }]\n');
    try {
      const r = deptsim('run', 'teach-county.yaml', '--no-report', '--out', 'mine');
      expect(r.status, r.stderr).toBe(0);
      expect(JSON.parse(readFileSync(join(dir, 'mine', 'scenario.json'), 'utf8')).name).toBe('mine');
    } finally {
      rmSync(join(dir, 'teach-county.yaml'));
    }
  });

  it('an unknown name is one line pointing at deptsim list', () => {
    const r = deptsim('run', 'no-such-case');
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('deptsim: no-such-case: no such file, and no shipped scenario of that name; `deptsim list` shows them');
  });

  it('init --from copies a shipped scenario (and the parents it extends), renamed, with the schema beside it', () => {
    const r = deptsim('init', 'my-class', '--from', 'teach-overtime-unpaid');
    expect(r.status, r.stderr).toBe(0);
    const text = readFileSync(join(dir, 'my-class.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=scenario.schema.json');
    expect(text).toMatch(/^name: my-class$/m);
    expect(readFileSync(join(dir, 'scenario.schema.json'), 'utf8')).toBe(scenarioJsonSchemaText());
    for (const parent of ['teach-overtime-paid.yaml', 'teach-county.yaml']) expect(existsSync(join(dir, parent)), parent).toBe(true);
    const v = deptsim('validate', 'my-class.yaml');
    expect(v.status, v.stderr).toBe(0);
    // A second copy reuses the identical parents and schema, and never overwrites.
    expect(deptsim('init', 'other', '--from', 'teach-overtime-unpaid').status).toBe(0);
    const again = deptsim('init', 'my-class', '--from', 'three-campaigns');
    expect(again.status).toBe(2);
    expect(readFileSync(join(dir, 'my-class.yaml'), 'utf8')).toBe(text);
  });

  it('init refuses, writing nothing, when a parent of the same name differs', () => {
    const sub = mkdtempSync(join(dir, 'clash-'));
    writeFileSync(join(sub, 'teach-county.yaml'), 'name: someone-else\n');
    const r = spawnSync(process.execPath, [BIN, 'init', 'x', '--from', 'teach-rest-days-kept'], { cwd: sub, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/teach-county\.yaml already exists and differs/);
    expect(existsSync(join(sub, 'x.yaml'))).toBe(false);
    expect(existsSync(join(sub, 'scenario.schema.json'))).toBe(false);
  });
});
