import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { reportFailure } from '../../sim/cli/fail.js';
import { deptsimIn, expectOneLine, expectSameTree, FIX, MAIN } from './cli-harness.js';

/** Issue 11, class "messages": every failure a user can cause is one clear line, checked before computing. */
let dir = '';
const deptsim = (args: string[]) => deptsimIn(dir, args);
const SLOW = join(FIX, 'slow.yaml');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'deptsim-messages-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('options are checked before anything runs', () => {
  it('--seed must be a whole number from 0 to 2^32-1, as in a scenario file', async () => {
    const bad = ['abc', '-1', '1.5', '4294967296', '1e3', ''];
    const runs = await Promise.all(bad.map((s) => deptsim(['run', SLOW, '--seed', s, '--out', `seed-${bad.indexOf(s)}`])));
    runs.forEach((r, i) => {
      expectOneLine(r, new RegExp(`^deptsim: --seed ${JSON.stringify(bad[i]).replace(/[.]/g, '\\.')}: give a whole number from 0 to 4294967295$`));
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--workers 0 is refused on every command, a plain run too', async () => {
    const cmds = [
      ['run', SLOW],
      ['run', SLOW, '--replicates', '2'],
      ['compare', SLOW, SLOW],
      ['sweep', SLOW, '--set', 'inspection.penalty=10,20'],
      ['sensitivity', SLOW, '--set', 'inspection.penalty=10:20', '--set', 'inspection.rate=0:0.01'],
    ];
    const runs = await Promise.all(cmds.map((c, i) => deptsim([...c, '--workers', '0', '--out', `w-${i}`])));
    for (const r of runs) expectOneLine(r, /^deptsim: --workers "0": give a whole number of at least 1$/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an unknown --metric is refused before the screening runs', async () => {
    const r = await deptsim(['sensitivity', SLOW, '--set', 'inspection.penalty=10:20', '--set', 'inspection.rate=0:0.01', '--metric', 'happiness', '--out', 'sens']);
    expectOneLine(r, /^deptsim: --metric "happiness" is not a measure/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an output folder that cannot be made is refused before computing, not after', async () => {
    writeFileSync(join(dir, 'plain-file'), 'x');
    // Forty slow replicates on one thread take about a minute of CPU, so computing them before the
    // refusal could not finish in 20 s however fast the machine; a refusal made first takes a
    // process start, which on a loaded machine running the tests two at a time took over 5 s.
    const r = await deptsim(['run', SLOW, '--replicates', '40', '--workers', '1', '--out', 'plain-file/results']);
    expectOneLine(r, /^deptsim: cannot write plain-file\/results: .*plain-file is a file, not a folder$/);
    expect(r.ms).toBeLessThan(20_000);
    rmSync(join(dir, 'plain-file'));
  });
});

describe('saved work that is damaged is handled, not crashed on', () => {
  it('well-formed but wrong lines in a work folder are redone, and --resume gives the uninterrupted result', async () => {
    // A shard's plan.json is the experiment's plan: use it to lay out a work folder by hand.
    const common = ['run', join(FIX, 'small.yaml'), '--replicates', '4', '--workers', '1', '--no-report'];
    const [shard, straight] = await Promise.all([deptsim([...common, '--out', 'wf', '--shard', '1/2']), deptsim([...common, '--out', 'straight'])]);
    expect(shard.code, shard.stderr).toBe(0);
    expect(straight.code, straight.stderr).toBe(0);
    const work = join(dir, 'wf.work-in-progress');
    mkdirSync(join(work, 'daily'), { recursive: true });
    cpSync(join(dir, 'wf.shard-1-of-2', 'plan.json'), join(work, 'plan.json'));
    const good = readFileSync(join(dir, 'wf.shard-1-of-2', 'results.jsonl'), 'utf8').split('\n')[0];
    const summary = JSON.parse(good).summary;
    const lines = [
      good,
      JSON.stringify({ job: 1, summary: { windows: [], recovery: [] } }),
      JSON.stringify({ job: 2, summary: { ...summary, windows: summary.windows.map((w: object) => ({ ...w, county: { days: 'many' } })) } }),
      JSON.stringify({ job: 99, summary }),
      JSON.stringify({ job: '3', summary }),
      JSON.stringify([1, 2]),
      'null',
    ];
    writeFileSync(join(work, 'results.jsonl'), `${lines.join('\n')}\n{"job":3,"summ`);
    const r = await deptsim([...common, '--out', 'wf', '--resume']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Ran 3 runs (1 resumed from an earlier run)');
    expectSameTree(join(dir, 'straight'), join(dir, 'wf'));
  });

  it('a shard folder cut short or damaged gives merge a clear line, never a raw JSON error', async () => {
    const sweep = ['sweep', join(FIX, 'small.yaml'), '--set', 'inspection.penalty=10,60', '--replicates', '2', '--workers', '1', '--out', 'cut'];
    const made = await Promise.all([1, 2].map((k) => deptsim([...sweep, '--shard', `${k}/2`])));
    for (const m of made) expect(m.code, m.stderr).toBe(0);
    const pristine = join(dir, 'cut-pristine');
    cpSync(join(dir, 'cut.shard-2-of-2'), pristine, { recursive: true });
    const shard2 = join(dir, 'cut.shard-2-of-2');
    const damage: [string, () => void, RegExp][] = [
      ['results cut mid-line', () => truncateSync(join(shard2, 'results.jsonl'), 100), /results\.jsonl:1 is not a finished run of this shard .*run shard 2\/2 again/],
      ['a foreign line', () => appendFileSync(join(shard2, 'results.jsonl'), '{"job":0,"summary":{"windows":[],"recovery":[]}}\n'), /results\.jsonl:3 is not a finished run/],
      ['manifest cut', () => truncateSync(join(shard2, 'manifest.json'), 10), /manifest\.json is cut short or damaged/],
      ['plan cut', () => truncateSync(join(shard2, 'plan.json'), 10), /plan\.json is cut short or damaged/],
      ['no results', () => rmSync(join(shard2, 'results.jsonl')), /has no results\.jsonl/],
    ];
    for (const [what, harm, msg] of damage) {
      rmSync(shard2, { recursive: true });
      cpSync(pristine, shard2, { recursive: true });
      harm();
      const r = await deptsim(['merge', 'cut.shard-1-of-2', 'cut.shard-2-of-2']);
      expectOneLine(r, msg);
      expect(r.stderr, what).not.toMatch(/JSON at position|Unexpected token|Unexpected end/);
      expect(existsSync(join(dir, 'cut'))).toBe(false);
    }
  });

  it('deptsim report on a hand-edited summary.csv: odd column names are drawn, a nameless one is one clear line', async () => {
    const r0 = await deptsim(['sweep', join(FIX, 'small.yaml'), '--set', 'inspection.penalty=10,60', '--replicates', '2', '--workers', '1', '--no-report', '--out', 'edited']);
    expect(r0.code, r0.stderr).toBe(0);
    const csv = join(dir, 'edited', 'summary.csv');
    const original = readFileSync(csv, 'utf8');
    for (const name of ['a]b', 'x"y']) {
      writeFileSync(csv, original.replace('inspection.penalty', name.includes('"') ? '"x""y"' : name));
      const r = spawnSync(process.execPath, [MAIN, 'report', 'edited', '--no-png'], { cwd: dir, encoding: 'utf8' });
      expect(r.stderr, name).toBe('');
      expect(r.status).toBe(0);
    }
    writeFileSync(csv, original.replace('inspection.penalty', ''));
    expectOneLine(await deptsim(['report', 'edited', '--no-png']), /summary\.csv: column 2 has no name/);
  });
});

describe('the last-resort handler', () => {
  let err: MockInstance<typeof process.stderr.write>;
  beforeEach(() => {
    err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });
  afterEach(() => err.mockRestore());
  const printed = () => err.mock.calls.map((c) => String(c[0])).join('');

  it('says "internal error" only for a bug, with how to report it', () => {
    expect(reportFailure(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(1);
    expect(printed()).toMatch(/^deptsim: internal error: Cannot read .*\ndeptsim: this is a bug; rerun with DEPTSIM_DEBUG=1 for details and report it/);
  });

  it('a full disk or a forbidden folder is the machine, not a bug: one line, exit 2', () => {
    const full = Object.assign(new Error("ENOSPC: no space left on device, write"), { code: 'ENOSPC', syscall: 'write', path: 'reports/x/daily.csv' });
    expect(reportFailure(full)).toBe(2);
    expect(printed()).toBe('deptsim: cannot write reports/x/daily.csv: ENOSPC: no space left on device, write\n');
  });

  it('closing the pipe early (deptsim ... | head) prints no stack trace', async () => {
    // The reader goes away before deptsim prints its table: its writes meet a closed pipe (EPIPE).
    const p = spawn(process.execPath, [MAIN, 'run', join(FIX, 'small.yaml'), '--no-report', '--out', 'pipe'], { cwd: dir });
    p.stdout.destroy();
    let stderr = '';
    p.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise((done) => p.on('close', done));
    expect(stderr).not.toMatch(/EPIPE|Unhandled|    at /);
    expect(code).toBe(0);
  });
});
