import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEMPORARY_MARKER } from '../../sim/runner/atomic.js';
import { hostTag, processStart } from '../../sim/runner/owner.js';
import { deptsimIn, expectOneLine, FIX, MAIN, tree, type Ran } from './cli-harness.js';

/** Issue 11, class "data safety": deptsim never replaces or deletes a file or folder it did not write. */
let dir = '';
const small = readFileSync(join(FIX, 'small.yaml'), 'utf8');
const deptsim = (args: string[]) => deptsimIn(dir, args);
/** deptsim under a shell that first sets the umask. */
function withUmask(umask: string, args: string[]): Ran {
  const r = spawnSync('/bin/sh', ['-c', `umask ${umask}; exec "$0" "$@"`, process.execPath, MAIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: '1' } });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, ms: 0 };
}
/** A copy of the small fixture under another file and scenario name. */
function scenarioFile(path: string, name: string): string {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), small.replace('name: small', `name: ${JSON.stringify(name)}`));
  return path;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'deptsim-safety-'));
  scenarioFile('small.yaml', 'small');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a folder deptsim did not write is never replaced', () => {
  it('a thesis folder given as --out is refused, with or without --force, and keeps every file', async () => {
    mkdirSync(join(dir, 'thesis'));
    writeFileSync(join(dir, 'thesis', 'chapter1.tex'), 'months of work');
    for (const extra of [[], ['--force'], ['--replicates', '2']]) {
      const r = await deptsim(['run', 'small.yaml', '--out', 'thesis', '--no-report', ...extra]);
      expectOneLine(r, /thesis exists and it was not written by deptsim.*give --out a new folder.*even with --force/);
    }
    expect(readdirSync(join(dir, 'thesis'))).toEqual(['chapter1.tex']);
    expect(readFileSync(join(dir, 'thesis', 'chapter1.tex'), 'utf8')).toBe('months of work');
  });

  it('calibrate too: a folder it did not write is refused before the search starts', async () => {
    const r = await deptsim(['calibrate', join(FIX, 'targets-small.yaml'), '--out', 'thesis', '--workers', '1', '--force']);
    expectOneLine(r, /thesis exists and it was not written by deptsim/);
    expect(readdirSync(join(dir, 'thesis'))).toEqual(['chapter1.tex']);
    expect(existsSync(join(dir, 'thesis.work-in-progress'))).toBe(false);
  });

  it('an existing file as --out stays a file', async () => {
    writeFileSync(join(dir, 'notes.txt'), 'notes');
    const r = await deptsim(['run', 'small.yaml', '--out', 'notes.txt', '--no-report']);
    expectOneLine(r, /notes\.txt exists and it is a file, not a folder/);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('notes');
  });

  it('--out of "", ".", "..", the scenario\'s folder or a folder above it is refused before any work', async () => {
    scenarioFile('study/base.yaml', 'base');
    const cases: [string, RegExp][] = [
      ['', /--out is empty/],
      ['.', /--out \. is the folder you are working in/],
      ['..', /--out \.\. is the folder you are working in, or holds it/],
      ['study', /--out study holds the scenario file study\/base\.yaml/],
    ];
    const refused = await Promise.all(cases.map(([out]) => deptsim(['run', 'study/base.yaml', '--out', out, '--no-report'])));
    refused.forEach((r, i) => expectOneLine(r, cases[i][1]));
    expect(readdirSync(join(dir, 'study'))).toEqual(['base.yaml']);
    const r = await deptsim(['compare', 'small.yaml', 'study/base.yaml', '--out', 'study', '--replicates', '2', '--no-report']);
    expectOneLine(r, /holds the scenario file/);
    expect(readdirSync(join(dir, 'study'))).toEqual(['base.yaml']);
  });

  it('a file of the user put into a results folder makes it the user\'s: refused even with --force', async () => {
    const first = await deptsim(['run', 'small.yaml', '--out', 'mine', '--no-report']);
    expect(first.code, first.stderr).toBe(0);
    writeFileSync(join(dir, 'mine', 'my-analysis.R'), 'read.csv("daily.csv")');
    const r = await deptsim(['run', 'small.yaml', '--out', 'mine', '--no-report', '--force', '--seed', '9']);
    expectOneLine(r, /mine exists and it holds files deptsim did not write: my-analysis\.R/);
    expect(readFileSync(join(dir, 'mine', 'my-analysis.R'), 'utf8')).toBe('read.csv("daily.csv")');
  });
});

describe('earlier results are not silently replaced', () => {
  it('a rerun with another seed or replicates is refused until --force; the same settings replace', async () => {
    const base = ['run', 'small.yaml', '--out', 'res', '--no-report'];
    expect((await deptsim(base)).code).toBe(0);
    const before = tree(join(dir, 'res'));
    expectOneLine(await deptsim([...base, '--seed', '7']), /res holds earlier results \(run of small, seed 11, 1 replicate\) of other settings; add --force/);
    expectOneLine(await deptsim([...base, '--replicates', '2']), /res holds earlier results .* add --force/);
    expect(tree(join(dir, 'res'))).toEqual(before);
    // The same command again reproduces the same files: replacing them loses nothing.
    expect((await deptsim(base)).code).toBe(0);
    expect(tree(join(dir, 'res'))).toEqual(before);
    const forced = await deptsim([...base, '--seed', '7', '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'res', 'summary.json'), 'utf8')).seed).toBe(7);
  });
});

describe('default output folders', () => {
  it('are one per scenario file: Chinese names, the name "." and equal names never share or climb out of reports/', async () => {
    const files = [scenarioFile('甲县.yaml', '甲县'), scenarioFile('乙县.yaml', '乙县'), scenarioFile('dot.yaml', '.'), scenarioFile('a/same.yaml', 'same'), scenarioFile('b/same.yaml', 'same')];
    for (const r of await Promise.all(files.map((f) => deptsim(['run', f, '--no-report'])))) expect(r.code, r.stderr).toBe(0);
    const made = readdirSync(join(dir, 'reports')).sort();
    expect(made).toHaveLength(5);
    expect(made.filter((d) => d.startsWith('甲县-'))).toHaveLength(1);
    expect(made.filter((d) => d.startsWith('乙县-'))).toHaveLength(1);
    expect(made.filter((d) => d.startsWith('same-'))).toHaveLength(2);
    for (const d of made) expect(existsSync(join(dir, 'reports', d, 'summary.json'))).toBe(true);
    // Stable: the same file writes to the same folder again.
    const again = await deptsim(['run', '甲县.yaml', '--no-report']);
    expect(again.stdout).toMatch(new RegExp(`to reports/${made.find((d) => d.startsWith('甲县-'))}/`));
    expect(readdirSync(join(dir, 'reports'))).toHaveLength(5);
  });
});

describe('interrupted writes and permissions', () => {
  it('a killed writer\'s hidden temporary folder is removed by the next write; a live writer\'s is kept', async () => {
    const dead = spawnSync('true').pid as number;
    const leftover = join(dir, `.tidy.tmp-${hostTag()}-${dead}-0badf00d`);
    const live = join(dir, `.tidy.tmp-${hostTag()}-${process.pid}-00c0ffee`);
    // Each carries the marker deptsim puts in its temporary folders, naming the process that made it.
    const marker = (pid: number) => JSON.stringify({ deptsim_temporary: true, tag: hostTag(), pid, host: hostname(), start: processStart(pid) });
    for (const [d, pid] of [[leftover, dead], [`${leftover}.old`, dead], [live, process.pid]] as const) {
      mkdirSync(d);
      writeFileSync(join(d, 'summary.json'), '{}');
      writeFileSync(join(d, TEMPORARY_MARKER), marker(pid));
    }
    const r = await deptsim(['run', 'small.yaml', '--out', 'tidy', '--no-report']);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(leftover)).toBe(false);
    expect(existsSync(`${leftover}.old`)).toBe(false);
    expect(existsSync(live)).toBe(true);
  });

  it('folders follow the umask, so colleagues can read results', () => {
    const r = withUmask('022', ['run', 'small.yaml', '--out', 'shared/run', '--replicates', '2', '--no-report']);
    expect(r.code, r.stderr).toBe(0);
    expect(statSync(join(dir, 'shared', 'run')).mode & 0o777).toBe(0o755);
    const g = withUmask('027', ['run', 'small.yaml', '--out', 'group', '--no-report']);
    expect(g.code, g.stderr).toBe(0);
    expect(statSync(join(dir, 'group')).mode & 0o777).toBe(0o750);
  });
});
