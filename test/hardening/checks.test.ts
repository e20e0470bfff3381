import { afterAll, describe, expect, it } from 'vitest';
import { deptsim, Folders, SMALL } from './cli.js';

/**
 * Loose checks (issue 11): what the model would silently do otherwise is said, with its location,
 * before anything runs.
 */
const folders = new Folders();
afterAll(() => folders.cleanup());

describe('secondment quotas a department cannot give', () => {
  it('are reported as a warning at the quota line, and the run goes on', () => {
    const dir = folders.make({
      's.yaml': `${SMALL}campaigns:\n  - id: c\n    start: 2017-01-10\n    days: 10\n    secondment: { total: 2, minPerDepartment: 4, maxShareOfDepartment: 0.5 }\n`,
    });
    const v = deptsim(dir, ['validate', 's.yaml']);
    expect(v.code, v.stderr).toBe(0);
    expect(v.stderr).toMatch(
      /^s\.yaml:10:47: campaigns\[0\]\.secondment\.minPerDepartment: warning: campaign "c" asks every department for 4 people, but 2 departments cannot give that many: "b" \(headcount 4\) may give only 2 \(maxShareOfDepartment 0\.5\)/,
    );
    const r = deptsim(dir, ['run', 's.yaml', '--no-report', '--out', 'o']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/warning: campaign "c" asks every department for 4 people/);
  });

  it('a quota every department can give is not warned about', () => {
    const dir = folders.make({
      's.yaml': `${SMALL}campaigns:\n  - id: c\n    start: 2017-01-10\n    days: 10\n    secondment: { total: 2, minPerDepartment: 1, perDepartment: 1 }\n`,
    });
    const v = deptsim(dir, ['validate', 's.yaml']);
    expect(v.code).toBe(0);
    expect(v.stderr).toBe('');
  });
});

describe('calendar', () => {
  it('a weekend of all seven days is refused at the weekend line', () => {
    const dir = folders.make({ 's.yaml': SMALL.replace('days: 30 }', 'days: 30, weekend: [mon, tue, wed, thu, fri, sat, sun] }') });
    const r = deptsim(dir, ['validate', 's.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^s\.yaml:2:\d+: calendar\.weekend: seven rest days a week leave no working day/);
  });
});

describe('swept paths are checked before anything is expanded or run', () => {
  it('validate checks the sweep block: unknown fields and values out of range, at their keys', () => {
    const dir = folders.make({
      's.yaml': `${SMALL}sweep:\n  parameters:\n    inspection.nope: [1, 2]\n    departments.a.headcount: [1, 200000]\n    departments.zz.headcount: [1]\n`,
    });
    const r = deptsim(dir, ['validate', 's.yaml']);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toBe('s.yaml:8:5: sweep.parameters.inspection.nope: inspection.nope: inspection has no field "nope"');
    expect(lines[1]).toMatch(/^s\.yaml:9:5: sweep\.parameters\.departments\.a\.headcount: departments\.a\.headcount=200000 is not a valid value: .*100000/);
    expect(lines[2]).toMatch(/^s\.yaml:10:5: sweep\.parameters\.departments\.zz\.headcount: .*no entry with id "zz"/);
  });

  it('a --set path that leads nowhere is refused before a grid of a billion values is built', () => {
    const dir = folders.make({ 's.yaml': SMALL });
    const r = deptsim(dir, ['sweep', 's.yaml', '--set', 'inspection.nope=1:2:1000000000', '--max-runs', '2000000000', '--out', 'o'], 20_000);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('deptsim: inspection.nope: inspection has no field "nope"');
  });
});

describe('extends chains', () => {
  it('a chain of more than 16 files is reported as too deep, not as a cycle', () => {
    const files: Record<string, string> = { 's0.yaml': SMALL };
    for (let i = 1; i <= 16; i++) files[`s${i}.yaml`] = `extends: s${i - 1}.yaml\nname: s${i}\n`;
    const dir = folders.make(files);
    const r = deptsim(dir, ['validate', 's16.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^s1\.yaml:1:10: extends: extends chain too deep: s16\.yaml passes through 16 files before s0\.yaml; at most 16/);
    expect(r.stderr).not.toMatch(/cycle/);
    // Sixteen files in all (s15 down to s0) are fine.
    expect(deptsim(dir, ['validate', 's15.yaml']).code).toBe(0);
  });
});

describe('limits quoted in messages are the real ones', () => {
  it('a headcount of 1e20 quotes the headcount limit, 100000', () => {
    const dir = folders.make({ 's.yaml': SMALL.replace('headcount: 6', 'headcount: 1e20') });
    const r = deptsim(dir, ['validate', 's.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/departments\[0\]\.headcount: expected a number <= 100000, got/);
    expect(r.stderr).not.toContain('9007199254740991');
  });

  it('so does a per-department quota of 1e20', () => {
    const dir = folders.make({ 's.yaml': `${SMALL}campaigns:\n  - { id: c, start: 2017-01-10, days: 10, secondment: { minPerDepartment: 1e20 } }\n` });
    const r = deptsim(dir, ['validate', 's.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/minPerDepartment: expected a number <= 100000/);
  });
});
