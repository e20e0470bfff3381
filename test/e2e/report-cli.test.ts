import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sealManifest } from '../../sim/runner/ownership.js';
import { compareFolderFiles, sweepFolderFiles } from '../report/fixtures.js';

/** Drives the compiled CLI (`npm test` builds dist/ first). */
const MAIN = resolve('dist/sim/cli/main.js');
const dir = mkdtempSync(join(tmpdir(), 'deptsim-report-cli-'));
const deptsim = (...args: string[]) => spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', env: { ...process.env, CI: '1' } });

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('deptsim report DIR', () => {
  it('rebuilds the report from saved results, keeps the results byte for byte, and drops stale figures', () => {
    const folder = join(dir, 'cmp');
    mkdirSync(join(folder, 'plots'), { recursive: true });
    const files = compareFolderFiles();
    for (const [k, v] of Object.entries(files)) {
      mkdirSync(dirname(join(folder, k)), { recursive: true });
      writeFileSync(join(folder, k), v);
    }
    writeFileSync(join(folder, 'plots', 'stale.svg'), '<svg/>');
    // As deptsim leaves a folder: its manifest lists every file with its hash (the stale figure too).
    sealManifest(folder);
    const r = deptsim('report', folder);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Wrote report\.html, report\.md and 2 figures/);
    for (const [k, v] of Object.entries(files)) if (k !== 'manifest.json') expect(readFileSync(join(folder, k), 'utf8')).toBe(v);
    // The manifest keeps every field but its list of files, which now names the new figures' hashes.
    const { files: listed, ...manifest } = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
    expect(manifest).toEqual(JSON.parse(files['manifest.json']));
    expect(Object.keys(listed)).not.toContain('plots/stale.svg');
    expect(readdirSync(join(folder, 'plots')).sort()).toEqual(
      ['compare-differences', 'compare-periods'].flatMap((n) => [`${n}.csv`, `${n}.png`, `${n}.svg`, `${n}.vl.json`]).sort(),
    );
    expect(readFileSync(join(folder, 'report.html'), 'utf8')).toContain('compare-small-vs-strict');
    // No temporary folders left beside it.
    expect(readdirSync(dir)).toEqual(['cmp']);
  });

  it('--out writes a second style beside the first without touching it', () => {
    const folder = join(dir, 'two-styles');
    expect(deptsim('run', 'test/runner/fixtures/small.yaml', '--no-png', '--out', folder).status).toBe(0);
    const before = Object.fromEntries(readdirSync(folder, { recursive: true }).map(String).filter((k) => !k.endsWith('plots')).map((k) => [k, readFileSync(join(folder, k), 'utf8')]));
    const talk = join(dir, 'talk');
    const r = deptsim('report', folder, '--style', 'slides', '--no-png', '--out', talk);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const after = Object.fromEntries(readdirSync(folder, { recursive: true }).map(String).filter((k) => !k.endsWith('plots')).map((k) => [k, readFileSync(join(folder, k), 'utf8')]));
    expect(after).toEqual(before);
    // Its manifest lists the report's files with their hashes: they are deptsim's, so a later --out
    // to this folder may replace them (and a note of the user's there would stop it).
    expect(readdirSync(talk).sort()).toEqual(['manifest.json', 'plots', 'report.html', 'report.md']);
    expect(Object.keys(JSON.parse(readFileSync(join(talk, 'manifest.json'), 'utf8')).files).sort()).toEqual(readdirSync(talk, { recursive: true }).map(String).filter((k) => k !== 'manifest.json' && k !== 'plots').map((k) => k.split('\\').join('/')).sort());
    // Slides' text: 24 px and up, where the paper figures stay at 10-12 px.
    const slideSvg = readdirSync(join(talk, 'plots')).find((f) => f.endsWith('.svg'))!;
    expect(readFileSync(join(talk, 'plots', slideSvg), 'utf8')).toMatch(/font-size="40px"/);
    expect(before[`plots/${slideSvg.replace(/-\d+\.svg$/, '.svg')}`] ?? before[`plots/${slideSvg}`]).not.toMatch(/font-size="40px"/);
    // Again into the same folder (a report only) is fine; into the results folder or over results is not,
    // nor over a file of the user's in the report folder.
    expect(deptsim('report', folder, '--style', 'slides', '--no-png', '--out', talk).status).toBe(0);
    writeFileSync(join(talk, 'notes.txt'), 'mine');
    const kept = deptsim('report', folder, '--style', 'slides', '--no-png', '--out', talk);
    expect(kept.status).toBe(2);
    expect(kept.stderr).toMatch(/holds files deptsim did not write \(notes\.txt\)/);
    expect(readFileSync(join(talk, 'notes.txt'), 'utf8')).toBe('mine');
    for (const bad of [join(folder, 'slides'), folder]) {
      const refused = deptsim('report', folder, '--out', bad);
      expect(refused.status).toBe(2);
      expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(Object.fromEntries(readdirSync(folder, { recursive: true }).map(String).filter((k) => !k.endsWith('plots')).map((k) => [k, readFileSync(join(folder, k), 'utf8')]))).toEqual(before);
    rmSync(folder, { recursive: true });
    rmSync(talk, { recursive: true });
  });

  it('a folder without results is one clear line and exit code 2', () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const r = deptsim('report', empty);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/empty: it was not written by deptsim \(no deptsim manifest\.json\)/);
    expect(existsSync(join(empty, 'report.html'))).toBe(false);
  });
});

describe('--lang', () => {
  it('run and report write the report in Chinese, a sweep too; another language is one clear line', () => {
    const folder = join(dir, 'zh-run');
    const r = deptsim('run', 'test/runner/fixtures/small.yaml', '--no-png', '--lang', 'zh-CN', '--out', folder);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readFileSync(join(folder, 'report.md'), 'utf8')).toMatch(/## 主要结论[\s\S]*## 图表/);
    expect(readFileSync(join(folder, 'report.html'), 'utf8')).toContain('<html lang="zh-CN">');
    const en = join(dir, 'en-again');
    expect(deptsim('report', folder, '--no-png', '--out', en).status).toBe(0);
    expect(readFileSync(join(en, 'report.md'), 'utf8')).toContain('## Summary');
    const fr = deptsim('report', folder, '--lang', 'fr');
    expect(fr.status).not.toBe(0);
    expect(fr.stderr).toMatch(/Choices: "en", "zh-CN"/);
    const cmp = join(dir, 'sweep-zh');
    mkdirSync(cmp);
    for (const [k, v] of Object.entries(sweepFolderFiles(false))) {
      mkdirSync(dirname(join(cmp, k)), { recursive: true });
      writeFileSync(join(cmp, k), v);
    }
    // As deptsim leaves a folder: its manifest lists every file with its hash.
    sealManifest(cmp);
    const sweep = deptsim('report', cmp, '--lang', 'zh-CN', '--no-png');
    expect(sweep.status, sweep.stderr).toBe(0);
    expect(readFileSync(join(cmp, 'report.md'), 'utf8')).toMatch(/## 主要结论\n\n- 被查处的处罚（inspection\.penalty）由 5 提高到 40，/);
  });
});

describe('--no-png', () => {
  /** Every plots/ link of report.md and report.html names a file in the folder. */
  const links = (folder: string) =>
    [...readFileSync(join(folder, 'report.md'), 'utf8').matchAll(/\]\((plots\/[^)]+)\)/g), ...readFileSync(join(folder, 'report.html'), 'utf8').matchAll(/href="(plots\/[^"]+)"/g)].map((m) => m[1]);

  it('run and report write no PNG and link only files that exist', () => {
    const folder = join(dir, 'nopng');
    const r = deptsim('run', 'test/runner/fixtures/small.yaml', '--no-png', '--out', folder);
    expect(r.status, r.stderr).toBe(0);
    for (const again of [false, true]) {
      if (again) expect(deptsim('report', folder, '--no-png').status).toBe(0);
      const plots = readdirSync(join(folder, 'plots'));
      expect(plots.some((f) => f.endsWith('.svg'))).toBe(true);
      expect(plots.filter((f) => f.endsWith('.png'))).toEqual([]);
      expect(links(folder).length).toBeGreaterThan(0);
      for (const l of links(folder)) expect(existsSync(join(folder, l)), l).toBe(true);
    }
  });
});
