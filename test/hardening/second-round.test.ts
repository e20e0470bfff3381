import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LEVERS } from '../../sim/runner/levers.js';
import { loadScenarioText } from '../../sim/scenario/load.js';
import { deptsim, Folders, refused, SMALL } from './cli.js';

/**
 * Issue 25, second hardening round: budgets for calibrate and arrivals, schema maxima, confinement
 * of a targets file's scenario:, seeds, and stopping a large calibration. Each case hung, ran past
 * its budget, leaked a file or crashed before.
 */
const folders = new Folders();
afterAll(() => folders.cleanup());

/** A targets file over SMALL with the given search block (and a pattern target: 3 variants). */
const targets = (search: string, scenario = 's.yaml') => `scenario: ${scenario}
parameters:
  - { path: inspection.penalty, range: [2, 60] }
targets:
  - { name: shirking, measure: shirk_rate, window: overall, value: 0.1, scale: 0.01 }
search: ${search}
`;

describe('calibrate goes through the budget every command uses', () => {
  it('a targets file asking 100,000 candidates x 10,000 replicates is refused in a moment, with the flag', () => {
    const dir = folders.make({ 's.yaml': SMALL, 't.yaml': targets('{ budget: 100000, replicates: 10000 }') });
    const r = deptsim(dir, ['calibrate', 't.yaml', '--out', 'c', '--no-report'], 20_000);
    expect(r.stderr).toMatch(/^deptsim: 100,000 candidates x 10,000 replicates \+ 3 re-checked x 10 replicates is 1\.0e9 runs; the limit is 20,000 runs.*--max-runs N$/m);
    expect(r.code).toBe(2);
    expect(r.ms).toBeLessThan(5000);
    expect(existsSync(join(dir, 'c.work-in-progress'))).toBe(false);
  });

  it('--max-runs raised, the staff-days of every run are still counted', () => {
    const dir = folders.make({ 's.yaml': SMALL, 't.yaml': targets('{ budget: 10000, replicates: 100 }') });
    // 10,000 x 100 + 3 x 10 runs of 10 staff x 30 days.
    refused(deptsim(dir, ['calibrate', 't.yaml', '--out', 'c', '--max-runs', '1e7', '--max-staff-days', '1e6'], 20_000), /would simulate 300,009,000 staff-days \(1,000,030 runs.*--max-staff-days N$/m);
  });

  it('--budget and --seed are checked like every command\'s: 1e9 candidates, 4294967295 (seed + 1 overflows) and 1e300 are refused', () => {
    const dir = folders.make({ 's.yaml': SMALL, 't.yaml': targets('{ budget: 8, replicates: 2 }') });
    refused(deptsim(dir, ['calibrate', 't.yaml', '--budget', '1000000000']), /^deptsim: --budget "1000000000": give a whole number from 2 to 100000$/m);
    refused(deptsim(dir, ['calibrate', 't.yaml', '--seed', '4294967295']), /^deptsim: --seed "4294967295": give a whole number from 0 to 4294967294$/m);
    refused(deptsim(dir, ['calibrate', 't.yaml', '--seed', '1e300']), /^deptsim: --seed "1e300": give a whole number/m);
  });

  it('SIGTERM stops a 50,000-candidate search within a second (limits raised)', async () => {
    const dir = folders.make({ 's.yaml': SMALL, 't.yaml': targets('{ budget: 100000, replicates: 2 }') });
    const args = ['calibrate', 't.yaml', '--out', 'c', '--no-report', '--max-runs', '1e7', '--max-staff-days', '1e15', '--max-items', '1e15', '--workers', '1'];
    const child = spawn(process.execPath, [resolve('dist/sim/cli/main.js'), ...args], { cwd: dir, env: { ...process.env, CI: '1' } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    const ended = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    // Past start-up, into the preparation of the first batch.
    await new Promise((r) => setTimeout(r, 3000));
    const sent = performance.now();
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    const code = await ended;
    clearTimeout(killer);
    const took = performance.now() - sent;
    process.stdout.write(`calibrate stopped ${Math.round(took)} ms after SIGTERM\n`);
    expect(code, stderr).toBe(143);
    expect(took).toBeLessThan(1000);
    expect(stderr).toMatch(/SIGTERM: \d+ runs are saved in c\.work-in-progress/);
  });
});

describe('arrivals are counted and rates bounded', () => {
  it('a shared duty of 1e9 items a day is refused at its line, not run (it grew ~30 MB/s)', () => {
    const dir = folders.make({ 's.yaml': `${SMALL}sharedDuties:\n  - { id: d, departments: [a, b], itemsPerDay: 1e9 }\n` });
    const r = deptsim(dir, ['run', 's.yaml', '--out', 'o', '--no-report'], 20_000);
    refused(r, /^s\.yaml:7:\d+: sharedDuties\[0\]\.itemsPerDay: expected a number <= 10000, got 1000000000$/m);
  });

  it('rates within their maxima but past the items budget are refused with the estimate and --max-items', () => {
    const many = Array.from({ length: 40 }, (_, i) => `  - { id: d${i}, headcount: 1, regular: { itemsPerDay: 10000 } }`).join('\n');
    const dir = folders.make({ 's.yaml': `name: flood\ncalendar: { start: 2017-01-02, days: 36500 }\ndepartments:\n${many}\n` });
    const r = deptsim(dir, ['run', 's.yaml', '--out', 'o', '--no-report'], 20_000);
    refused(r, /^deptsim: this would bring about 1\.5e10 work items \(1 run.*the limit is 1\.0e9.*--max-items N$/m);
    expect(r.ms).toBeLessThan(5000);
  });

  it('a rate formula counts at its peak', () => {
    const dir = folders.make({ 's.yaml': `name: f\ncalendar: { start: 2017-01-02, days: 3650 }\ndepartments:\n  - { id: a, headcount: 5, regular: { itemsPerDay: 100, rateFormula: "day > 3000 ? 1e6 : 1" } }\n` });
    refused(deptsim(dir, ['run', 's.yaml', '--out', 'o', '--no-report'], 20_000), /work items/);
  });

  it('every open number has a maximum: 1e308 never reaches the model', () => {
    const base = 'name: x\ndepartments:\n  - { id: a, headcount: 3 }\n';
    for (const [field, yaml] of [
      ['inspection.penalty', `${base}inspection: { penalty: 1e308 }\n`],
      ['departments[0].regular.itemsPerStaffDay', 'name: x\ndepartments:\n  - { id: a, headcount: 3, regular: { itemsPerStaffDay: 1e12 } }\n'],
    ] as const) {
      expect(() => loadScenarioText(yaml, 'x.yaml'), field).toThrow(new RegExp(field.replace(/[[\].]/g, '\\$&')));
    }
  });
});

describe('page-link levers are checked before any date or list is made', () => {
  const scenario = loadScenarioText(readFileSync('scenarios/three-campaigns.yaml', 'utf8'), 'scenarios/three-campaigns.yaml');
  const lever = (id: string) => LEVERS.find((l) => l.id === id)!;
  it('campaignDays=1e308 and campaigns=1e7, -1 or 1.5 are one line each, not "Invalid time value" or a 12 MB list', () => {
    for (const [id, v] of [['campaignDays', 1e308], ['campaigns', 1e7], ['campaigns', -1], ['campaigns', 1.5], ['campaignGap', Number.NaN]] as const) {
      expect(() => lever(id).values(scenario, v)).toThrow(new RegExp(`^${id} .{1,24}: give a whole number from \\d+ to \\d+$`));
    }
  });

  it('an error line is cut at 600 characters however long the value it quotes', () => {
    const name = `x${'y'.repeat(5000)}`;
    const dir = folders.make({});
    const r = deptsim(dir, ['report', name]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr.length).toBeLessThanOrEqual(601 + 'deptsim: '.length);
    expect(r.stderr).toMatch(/\(cut short\)$/m);
  });
});

describe('a targets file\'s scenario: is confined like extends:', () => {
  const SECRET = 'name: s\ndepartments: sk-SECRET-TOKEN-4242\n';
  it('../outside/secret.yaml and /etc/passwd are refused without being read or quoted', () => {
    const dir = folders.make({ 'outside/secret.yaml': SECRET, 'work/s.yaml': SMALL, 'work/t1.yaml': targets('{ budget: 8 }', '../outside/secret.yaml'), 'work/t2.yaml': targets('{ budget: 8 }', '/etc/passwd') });
    const work = join(dir, 'work');
    const one = deptsim(work, ['calibrate', 't1.yaml', '--out', 'c']);
    refused(one, /^t1\.yaml:1:11: scenario: cannot read the base scenario \.\.\/outside\/secret\.yaml: it is outside .*--allow-extends-outside/);
    expect(one.stderr).not.toContain('SECRET');
    const two = deptsim(work, ['calibrate', 't2.yaml', '--out', 'c']);
    refused(two, /cannot read the base scenario \/etc\/passwd: it is outside/);
    expect(two.stderr).not.toMatch(/root:/);
  });

  it('--allow-extends-outside lets a trusted one be read, as for extends:', () => {
    const dir = folders.make({ 'shared/s.yaml': SMALL, 'work/t.yaml': targets('{ budget: 4, start: 2, replicates: 2, recheck: 1, recheckReplicates: 2 }', '../shared/s.yaml') });
    const r = deptsim(join(dir, 'work'), ['calibrate', 't.yaml', '--out', 'c', '--no-report', '--workers', '1', '--allow-extends-outside'], 120_000);
    expect(r.code, r.stderr).toBe(0);
  });
});
