import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deptsim, Folders, refused, SMALL } from './cli.js';

/**
 * Data safety, second round (issue 25): a file is deptsim's only if its manifest lists it with its
 * hash. Every case here deleted or replaced a user's file, or failed after the whole run, before.
 */
const folders = new Folders();
afterAll(() => folders.cleanup());

const RUN = ['run', 's.yaml', '--out', 'r', '--no-png'];
/** A folder with the small scenario and its run in r/ (with the report: plots/ exists). */
function withRun(): string {
  const dir = folders.make({ 's.yaml': SMALL });
  const r = deptsim(dir, RUN);
  expect(r.code, r.stderr).toBe(0);
  return dir;
}

describe('report rewrites only a folder whose manifest lists every file with its hash', () => {
  it('a folder deptsim never wrote (any JSON as summary.json) is refused and its plots/ kept', () => {
    const dir = folders.make({ 'a/summary.json': '{}', 'a/plots/fig1.png': 'x' });
    refused(deptsim(dir, ['report', 'a', '--no-png']), /^deptsim: a: it was not written by deptsim/);
    expect(readFileSync(join(dir, 'a/plots/fig1.png'), 'utf8')).toBe('x');
  });

  it('a user\'s note under plots/ of a real run survives a rerun and a report (refused, even with --force)', () => {
    const dir = withRun();
    writeFileSync(join(dir, 'r/plots/notes.txt'), 'n');
    refused(deptsim(dir, RUN), /r exists and it holds files deptsim did not write: plots\/notes\.txt/);
    refused(deptsim(dir, [...RUN, '--force', '--seed', '5']), /holds files deptsim did not write: plots\/notes\.txt/);
    refused(deptsim(dir, ['report', 'r', '--no-png']), /^deptsim: r: it holds files deptsim did not write: plots\/notes\.txt/);
    expect(readFileSync(join(dir, 'r/plots/notes.txt'), 'utf8')).toBe('n');
  });

  it('a hand-written manifest with a version and plan hash does not make a user\'s files deptsim\'s', () => {
    const dir = withRun();
    mkdirSync(join(dir, 'thesis'));
    writeFileSync(join(dir, 'thesis/chapter.tex'), 'months of work');
    const forged = { deptsim: '0.1.0', kind: 'run', plan_hash: 'a'.repeat(64), files: ['chapter.tex'] };
    writeFileSync(join(dir, 'thesis/manifest.json'), JSON.stringify(forged));
    refused(deptsim(dir, ['run', 's.yaml', '--out', 'thesis', '--force', '--no-report']), /thesis exists and its manifest\.json lists no file hashes/);
    // Listing the user's file with a made-up hash: a mismatch, refused too.
    writeFileSync(join(dir, 'thesis/manifest.json'), JSON.stringify({ ...forged, files: { 'chapter.tex': `sha256:${'0'.repeat(64)}` } }));
    refused(deptsim(dir, ['run', 's.yaml', '--out', 'thesis', '--force', '--no-report']), /do not match its manifest\.json \(changed since deptsim wrote them: chapter\.tex\)/);
    refused(deptsim(dir, ['report', 'thesis', '--no-png']), /^deptsim: thesis: it holds neither summary\.json \(a run\), summary\.csv/);
    expect(readFileSync(join(dir, 'thesis/chapter.tex'), 'utf8')).toBe('months of work');
  });

  it('an edited figure is never replaced; an edited table is carried over and stays the user\'s', () => {
    const dir = withRun();
    const svg = readdirSync(join(dir, 'r/plots')).find((f) => f.endsWith('.svg')) as string;
    writeFileSync(join(dir, 'r/plots', svg), '<svg>my annotations</svg>');
    refused(deptsim(dir, ['report', 'r', '--no-png']), new RegExp(`changed since deptsim wrote them: plots/${svg}`));
    expect(readFileSync(join(dir, 'r/plots', svg), 'utf8')).toBe('<svg>my annotations</svg>');
    // A table edited by hand: the report is rebuilt around it, and a later rerun still refuses to replace it.
    const other = withRun();
    const summary = JSON.parse(readFileSync(join(other, 'r/summary.json'), 'utf8'));
    writeFileSync(join(other, 'r/summary.json'), JSON.stringify({ ...summary, note: 'checked by hand' }));
    const rep = deptsim(other, ['report', 'r', '--no-png']);
    expect(rep.code, rep.stderr).toBe(0);
    expect(readFileSync(join(other, 'r/summary.json'), 'utf8')).toContain('checked by hand');
    refused(deptsim(other, [...RUN, '--force', '--seed', '5']), /changed since deptsim wrote them: summary\.json/);
  });

  it('a report through a symbolic link rewrites the real folder and leaves the link a link', () => {
    const dir = withRun();
    rmSync(join(dir, 'r/report.html'));
    symlinkSync('r', join(dir, 'link'));
    const r = deptsim(dir, ['report', 'link', '--no-png']);
    expect(r.code, r.stderr).toBe(0);
    expect(lstatSync(join(dir, 'link')).isSymbolicLink()).toBe(true);
    expect(existsSync(join(dir, 'r/report.html'))).toBe(true);
  });

  it('`report .` inside the results folder works', () => {
    const dir = withRun();
    const r = deptsim(join(dir, 'r'), ['report', '.', '--no-png']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Wrote report\.html/);
  });
});

describe('temporary folders and links as --out', () => {
  it('a user\'s hidden folder named like a temporary one, hours old, is kept', () => {
    const dir = folders.make({ 's.yaml': SMALL, '.r.tmp-backup/x': 'precious', '.r.tmp-abc123-1-0badf00d/y': 'mine' });
    const old = new Date(Date.now() - 2 * 3600_000);
    for (const d of ['.r.tmp-backup', '.r.tmp-abc123-1-0badf00d']) utimesSync(join(dir, d), old, old);
    const r = deptsim(dir, ['run', 's.yaml', '--out', 'r', '--no-report']);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, '.r.tmp-backup/x'), 'utf8')).toBe('precious');
    expect(readFileSync(join(dir, '.r.tmp-abc123-1-0badf00d/y'), 'utf8')).toBe('mine');
  });

  it('--out link/ (a trailing slash) is refused before the run, and the link stays', () => {
    const dir = withRun();
    symlinkSync('r', join(dir, 'link'));
    const r = deptsim(dir, ['run', 's.yaml', '--out', 'link/', '--no-report', '--force']);
    refused(r, /link\/? exists and it is a symbolic link/);
    expect(r.stdout).toBe('');
    expect(lstatSync(join(dir, 'link')).isSymbolicLink()).toBe(true);
  });
});

describe('per-arm files and folder names in any script', () => {
  it('two arms named in Chinese keep one scenario file each, and 80-character Chinese file names fit', () => {
    const a = '县'.repeat(80);
    const b = `${'县'.repeat(79)}乡`;
    const dir = folders.make({ [`${a}.yaml`]: SMALL.replace('name: small', 'name: 甲方案'), [`${b}.yaml`]: SMALL.replace('name: small', 'name: 乙方案') });
    const r = deptsim(dir, ['compare', `${a}.yaml`, `${b}.yaml`, '--replicates', '2', '--no-report']);
    expect(r.code, r.stderr).toBe(0);
    const [out] = readdirSync(join(dir, 'reports'));
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(210);
    expect(readdirSync(join(dir, 'reports', out, 'scenarios')).sort()).toEqual(['乙方案.json', '甲方案.json']);
  });

  it('arms whose names differ only in what a file name cannot hold get different files', () => {
    const dir = folders.make({ 'a.yaml': SMALL.replace('name: small', 'name: "a/b"'), 'b.yaml': SMALL.replace('name: small', 'name: "a b"') });
    const r = deptsim(dir, ['compare', 'a.yaml', 'b.yaml', '--replicates', '2', '--no-report', '--out', 'c']);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(dir, 'c', 'scenarios'))).toHaveLength(2);
  });
});
