import { readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectRun } from '../../sim/library/collect-run.js';
import { applyValues, getPath } from '../../sim/runner/path.js';
import { sweepExperiment } from '../../sim/runner/experiments.js';
import type { ExperimentPlan } from '../../sim/runner/plan.js';
import { replicatesCsv } from '../../sim/runner/tables.js';
import { loadScenarioText } from '../../sim/scenario/load.js';
import { deptsim, Folders, SMALL } from './cli.js';

/**
 * Nothing leaks (issue 11): extends reads only what the user put in reach and never quotes it; no
 * path from a user reaches an object's prototype; no CSV cell is a live spreadsheet formula; no
 * control sequence from a scenario reaches the terminal.
 */
const folders = new Folders();
afterAll(() => folders.cleanup());

const TOKEN = '//registry.npmjs.org/:_authToken=npm_SECRETSECRETSECRET';

describe('extends stays in the scenario folder and never prints another file', () => {
  it('a path out of the folder is refused at the child extends line, without reading it', () => {
    const dir = folders.make({ 'home/u/.npmrc': `${TOKEN}\n`, 'repo/scenarios/pr.yaml': `name: pr\nextends: ../../home/u/.npmrc\n` });
    const r = deptsim(join(dir, 'repo'), ['validate', 'scenarios/pr.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^scenarios\/pr\.yaml:2:10: extends: cannot extend \.\.\/home\/u\/\.npmrc: it is outside scenarios\/ .*--allow-extends-outside/);
    expect(r.stderr).not.toContain('SECRET');
  });

  it('an absolute path is refused the same way', () => {
    const dir = folders.make({ 'secret.txt': `${TOKEN}\n` });
    const inner = folders.make({ 's.yaml': `extends: ${join(dir, 'secret.txt')}\nname: s\n` });
    const r = deptsim(inner, ['validate', 's.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^s\.yaml:1:10: extends: cannot extend .*secret\.txt: it is outside/);
    expect(r.stderr).not.toContain('SECRET');
  });

  it('a link in the folder that leads out of it is refused too; a link within it works', () => {
    const dir = folders.make({ 'home/u/.npmrc': `${TOKEN}\n`, 'repo/base.yaml': SMALL, 'repo/scenarios/pr.yaml': 'name: pr\nextends: parent.yaml\n', 'repo/scenarios/ok.yaml': 'name: ok\nextends: near.yaml\n' });
    symlinkSync(join(dir, 'home/u/.npmrc'), join(dir, 'repo/scenarios/parent.yaml'));
    symlinkSync(join(dir, 'repo/base.yaml'), join(dir, 'repo/scenarios/near.yaml'));
    const r = deptsim(join(dir, 'repo'), ['validate', 'scenarios/pr.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^scenarios\/pr\.yaml:2:10: extends: cannot extend scenarios\/parent\.yaml: it is a link that leads outside scenarios\/ .*--allow-extends-outside/);
    expect(r.stderr).not.toContain('SECRET');
    expect(deptsim(join(dir, 'repo'), ['validate', 'scenarios/ok.yaml']).code).toBe(0);
  });

  it('allowed outside on request, a file that is not a scenario is named, never quoted', () => {
    const dir = folders.make({ '.npmrc': `${TOKEN}\n`, 'sub/s.yaml': 'name: s\nextends: ../.npmrc\n' });
    const r = deptsim(join(dir, 'sub'), ['validate', 's.yaml', '--allow-extends-outside']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^s\.yaml:2:10: extends: cannot extend \.\.\/\.npmrc: it is not a scenario \(its top level is a single line of text \(\d+ characters\)/);
    expect(r.stderr).not.toContain('SECRET');
  });

  it('the named file itself is not quoted either when it is not a mapping', () => {
    const dir = folders.make({ '.npmrc': `${TOKEN}\n` });
    const r = deptsim(dir, ['run', '.npmrc', '--out', 'o']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('SECRET');
  });

  it('a parent beside the scenario or below the working folder still works', () => {
    const dir = folders.make({ 'base.yaml': SMALL, 'variants/v.yaml': 'extends: ../base.yaml\nname: v\n', 'v2.yaml': 'extends: variants/v.yaml\nname: v2\n' });
    expect(deptsim(dir, ['validate', 'variants/v.yaml', 'v2.yaml']).code).toBe(0);
  });
});

describe('no path from a user reaches an object prototype', () => {
  const base = loadScenarioText(SMALL, 'small.yaml');

  it('--set __proto__.x=1 is refused before any walk', () => {
    const dir = folders.make({ 's.yaml': SMALL });
    for (const path of ['__proto__.polluted', 'inspection.__proto__.polluted', 'constructor.prototype.polluted', 'departments.0.constructor']) {
      const r = deptsim(dir, ['run', 's.yaml', '--set', `${path}=1`, '--out', 'o']);
      expect(r.code, path).toBe(2);
      expect(r.stderr).toMatch(/is not a field of a scenario/);
    }
  });

  it('swept values never land on Object.prototype, in any walk', () => {
    for (const path of ['__proto__.polluted', 'inspection.__proto__.polluted', 'constructor.prototype.polluted']) {
      expect(() => applyValues(base, { [path]: 1 }, 't')).toThrow(/not a field/);
      expect(() => sweepExperiment(base, { [path]: [1, 2] }, { seed: 1, replicates: 1, daily: false, design: 'grid' })).toThrow(/not a field/);
      expect(() => getPath(base, path)).toThrow(/not a field/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(() => getPath(base, 'inspection.toString')).not.toThrow();
    expect(getPath(base, 'inspection.toString')).toBeUndefined();
  });

  it('sweep keys that reach a prototype are refused at their line by validate', () => {
    const sweep = (key: string) => `${SMALL}sweep:\n  parameters:\n    ${key}: [1, 2]\n`;
    for (const key of ['__proto__', '"__proto__.polluted"', 'constructor.x', 'inspection.prototype']) {
      const dir = folders.make({ 's.yaml': sweep(key) });
      const r = deptsim(dir, ['validate', 's.yaml']);
      expect(r.code, key).toBe(2);
      expect(r.stderr).toMatch(/^s\.yaml:8:5: sweep\.parameters\./);
    }
  });
});

/** Every cell of every CSV under `dir`, by file (a simple split: the cells checked hold no commas). */
function csvCells(dir: string, sub = ''): { file: string; cell: string }[] {
  const out: { file: string; cell: string }[] = [];
  for (const name of readdirSync(join(dir, sub))) {
    const rel = join(sub, name);
    if (statSync(join(dir, rel)).isDirectory()) out.push(...csvCells(dir, rel));
    else if (name.endsWith('.csv')) {
      for (const line of readFileSync(join(dir, rel), 'utf8').split('\n')) for (const cell of line.split(',')) out.push({ file: rel, cell: cell.replace(/^"|"$/g, '') });
    }
  }
  return out;
}

/** A cell a spreadsheet would run: starts with = + - @ (or tab, CR) and is not a plain number. */
const live = (cell: string) => /^[=+\-@\t\r]/.test(cell) && !/^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(cell);

describe('no CSV cell deptsim writes is a live spreadsheet formula', () => {
  const evil = (name: string, dept: string) =>
    `name: "${name}"\ncalendar: { start: 2017-01-02, days: 40 }\ndepartments:\n  - { id: a, headcount: 6, name: "${dept}" }\n  - { id: b, headcount: 4, name: "@SUM(A1)" }\ncampaigns:\n  - { id: c, name: "+cmd", start: 2017-01-10, days: 10 }\n`;

  it('a run with its report: daily.csv and plots/*.csv', () => {
    const dir = folders.make({ 's.yaml': evil('=HYPERLINK(x)', '=1+2') });
    const r = deptsim(dir, ['run', 's.yaml', '--out', 'o']);
    expect(r.code, r.stderr).toBe(0);
    const cells = csvCells(join(dir, 'o'));
    expect(cells.some((c) => c.file.startsWith('plots'))).toBe(true);
    expect(cells.filter((c) => live(c.cell))).toEqual([]);
    // The campaign's and the scenario's names reach plots/*.csv, guarded.
    expect(cells.some((c) => c.file.startsWith('plots') && c.cell === "'+cmd")).toBe(true);
    expect(cells.some((c) => c.file.startsWith('plots') && c.cell === "'=HYPERLINK(x)")).toBe(true);
  });

  it('a comparison: arm columns of every table, and the report reads the names back as written', () => {
    const dir = folders.make({ 'a.yaml': evil('-base', '=1+2'), 'b.yaml': evil('=cmd|calc', '-x') });
    const r = deptsim(dir, ['compare', 'a.yaml', 'b.yaml', '--replicates', '2', '--workers', '1', '--out', 'o']);
    expect(r.code, r.stderr).toBe(0);
    const cells = csvCells(join(dir, 'o'));
    expect(cells.filter((c) => live(c.cell))).toEqual([]);
    expect(cells.some((c) => c.file === 'differences.csv' && c.cell === "'=cmd|calc")).toBe(true);
    const html = readFileSync(join(dir, 'o', 'report.html'), 'utf8');
    expect(html).toContain('=cmd|calc');
    expect(html).not.toContain("'=cmd|calc");
  });

  it('swept numbers stay numbers, negative ones included', () => {
    const s = loadScenarioText(SMALL, 'small.yaml');
    const summary = collectRun(s, '1/rep:0', { daily: false }).summary;
    const plan: ExperimentPlan = {
      kind: 'sweep', name: 'n', seed: 1, replicates: 1, daily: false, pointColumn: 'point', parameters: ['x', 'y'],
      points: [{ label: '0', values: { x: -0.5, y: '-word' }, scenario: 'n', hash: '' }],
    };
    const row = replicatesCsv(plan, [summary]).split('\n')[1].split(',');
    expect(row.slice(0, 3)).toEqual(['0', '-0.5', "'-word"]);
  });
});

describe('nothing a user wrote drives the terminal', () => {
  it('an unknown key holding escape sequences is printed without them', () => {
    const dir = folders.make({ 's.yaml': `${SMALL}"\u001b]0;pwned\u0007\u001b[2J": 1\n` });
    const r = deptsim(dir, ['validate', 's.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown key "\]0;pwned\[2J"/);
    expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('a scenario or department name with control characters is refused at its line, and the message is clean', () => {
    const dir = folders.make({ 's.yaml': SMALL.replace('name: small', 'name: "small\u001b]0;pwned\u0007"') });
    const r = deptsim(dir, ['run', 's.yaml', '--out', 'o']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^s\.yaml:1:7: name: text without control characters/);
    expect(r.stdout + r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('a --set value with escapes is quoted back without them', () => {
    const dir = folders.make({ 's.yaml': SMALL });
    const r = deptsim(dir, ['run', 's.yaml', '--set', 'coordination.mechanism=\u001b[2Jnone', '--out', 'o']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[2Jnone');
    expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});
