import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * deptsim as its users get it: `npm pack`, installed globally into a scratch prefix (its
 * dependencies from the registry or npm's cache), then run from a folder that is not the checkout.
 * `npm run test:long` builds dist/ first; the pack skips `prepack` (which rebuilds dist/ from
 * scratch) so the tests running beside this one keep their dist/.
 */
const ROOT = resolve('.');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const scratch = mkdtempSync(join(tmpdir(), 'deptsim-package-'));
const prefix = join(scratch, 'prefix');
const work = join(scratch, 'work');
const bin = join(prefix, 'bin', 'deptsim');
let tarball = '';
let installLog = '';
let mainMode = 0;

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const deptsim = (...args: string[]) => spawnSync(bin, args, { cwd: work, encoding: 'utf8', env: { ...process.env, CI: '1' } });

beforeAll(() => {
  const packed = JSON.parse(execFileSync(NPM, ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], { cwd: ROOT, encoding: 'utf8' })) as { filename: string; files: { path: string; mode: number }[] }[];
  tarball = join(scratch, packed[0].filename);
  mainMode = packed[0].files.find((f) => f.path === 'dist/sim/cli/main.js')?.mode ?? 0;
  const files = packed[0].files.map((f) => f.path);
  expect(files).toContain('dist/sim/cli/main.js');
  // The CLI and worker are bundled (sim/cli/build.mjs): their chunks ship beside them.
  expect(files.some((f) => f.startsWith('dist/sim/chunks/'))).toBe(true);
  expect(files.some((f) => f.startsWith('test/') || f.startsWith('sim/') || f.startsWith('dist/bench/'))).toBe(false);
  mkdirSync(work, { recursive: true });
  const install = spawnSync(NPM, ['install', '--global', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', tarball], { cwd: scratch, encoding: 'utf8' });
  installLog = `${install.stdout}\n${install.stderr}`;
  expect(install.status, installLog).toBe(0);
});

describe('the bin after a build', () => {
  it('is executable in the tarball and in the checkout: npx deptsim runs it', () => {
    // `npm run build` rebuilt dist/ (test:long builds first): the bin keeps its execute bit.
    expect(mainMode & 0o111, `mode ${mainMode.toString(8)}`).toBe(0o111);
    const npx = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['--offline', 'deptsim', '--version'], { cwd: ROOT, encoding: 'utf8' });
    expect(npx.stderr).not.toMatch(/Permission denied/);
    expect(npx.status, npx.stderr).toBe(0);
  });
});

describe('the packed tarball, installed', () => {
  it('ships built code and no install scripts', () => {
    const pkg = JSON.parse(readFileSync(join(prefix, 'lib', 'node_modules', 'deptsim', 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    for (const s of ['preinstall', 'install', 'postinstall', 'prepare']) expect(pkg.scripts[s], s).toBeUndefined();
    expect(installLog).not.toMatch(/deptsim.*(install|prepare) script/i);
    expect(existsSync(bin)).toBe(true);
    // The bundle finds the package's own package.json from its chunks, as tsc's files did.
    const version = deptsim('--version');
    expect(version.stdout.trim(), version.stderr).toBe((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
  });

  it('list, run by shipped name, init --from, validate (files and shipped names) and run the copy, from another folder', () => {
    const list = deptsim('list');
    expect(list.status, list.stderr).toBe(0);
    expect(list.stdout).toMatch(/^three-campaigns +Case A/m);
    // Descriptions wrap at 80 columns (no TTY here) instead of being cut short.
    expect(list.stdout).not.toContain('…');
    for (const line of list.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);

    const run = deptsim('run', 'three-campaigns', '--out', 'tc');
    expect(run.status, run.stderr).toBe(0);
    // Case A's quota that small departments cannot meet is by design: a note, no warning, no install path.
    expect(run.stderr).not.toMatch(/warning/i);
    expect(run.stderr).not.toContain(prefix);
    expect(run.stderr).toMatch(/^deptsim: note on the shipped scenario three-campaigns\.yaml: campaign "campaign-3" asks/m);
    // PNGs come out with the fonts installed with the package (nothing from the system).
    const plots = readdirSync(join(work, 'tc', 'plots'));
    expect(plots.filter((f) => f.endsWith('.png')).length).toBeGreaterThan(3);
    // The SVGs and the page carry their glyphs: subsets made by the installed subset-font and HarfBuzz.
    expect(readFileSync(join(work, 'tc', 'plots', 'periods.svg'), 'utf8')).toContain('<defs><style>@font-face{font-family:"DejaVu Sans"');
    expect(readFileSync(join(work, 'tc', 'report.html'), 'utf8')).toContain('<style>@font-face{font-family:"DejaVu Sans"');

    const init = deptsim('init', 'my-county', '--from', 'three-campaigns');
    expect(init.status, init.stderr).toBe(0);
    expect(readFileSync(join(work, 'my-county.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=scenario\.schema\.json\n/);
    expect(existsSync(join(work, 'scenario.schema.json'))).toBe(true);
    const validate = deptsim('validate', 'my-county.yaml');
    expect(validate.status, validate.stderr).toBe(0);
    const shipped = deptsim('validate', 'three-campaigns', 'calibration/case-a');
    expect(shipped.status, shipped.stderr).toBe(0);
    expect(shipped.stdout).toBe('three-campaigns: ok\ncalibration/case-a: ok\n');
    const mine = deptsim('run', 'my-county.yaml', '--no-report', '--replicates', '2', '--workers', '2', '--out', 'mine');
    expect(mine.status, mine.stderr).toBe(0);
    expect(existsSync(join(work, 'mine', 'summary.csv'))).toBe(true);
  });
});

/** Bytes of every file under a folder (links not followed), as `du` counts an install. */
function bytesUnder(dir: string): number {
  let n = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = lstatSync(p);
    n += st.isDirectory() ? bytesUnder(p) : st.size;
  }
  return n;
}

describe('the install is small and still draws any Chinese name', () => {
  it('ships the five faces the figures use (not the 53 MB of font packages) and draws a Chinese report with them', () => {
    const root = join(prefix, 'lib', 'node_modules', 'deptsim');
    // The font packages are only for building: their two Noto and three DejaVu faces ship in dist/sim/fonts/, whole.
    for (const pkg of ['@embedpdf/fonts-sc', 'dejavu-fonts-ttf']) {
      expect(existsSync(join(root, 'node_modules', pkg)), pkg).toBe(false);
      expect(existsSync(join(prefix, 'lib', 'node_modules', pkg)), pkg).toBe(false);
    }
    expect(readdirSync(join(root, 'dist', 'sim', 'fonts')).sort()).toEqual([
      'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf', 'DejaVuSans.ttf', 'LICENSE-dejavu-fonts-ttf.txt', 'LICENSE-embedpdf-fonts-sc.txt', 'NotoSansHans-Bold.otf', 'NotoSansHans-Regular.otf',
    ]);
    // 123 MB with the font packages as dependencies (0.1.0 before this change); about 90 MB now.
    expect(bytesUnder(join(prefix, 'lib', 'node_modules')) / 2 ** 20).toBeLessThan(100);
    const zh = deptsim('run', 'three-campaigns', '--lang', 'zh-CN', '--out', 'zh');
    expect(zh.status, zh.stderr).toBe(0);
    expect(readFileSync(join(work, 'zh', 'plots', 'periods.svg'), 'utf8')).toContain('@font-face{font-family:"Noto Sans S Chinese"');
    expect(readdirSync(join(work, 'zh', 'plots')).filter((f) => f.endsWith('.png')).length).toBeGreaterThan(3);
  });
});
