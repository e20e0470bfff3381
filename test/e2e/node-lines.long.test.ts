import { execFileSync, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectSameTree, MAIN, scratchFolder, tree } from '../runner/cli-harness.js';

/**
 * Same scenario and seed, same bytes, on every supported Node line (issue 24). `.ci/run` installs
 * node@22, node@24 and node@26 from the npm registry and names their binaries in DEPTSIM_NODE_LINES
 * (separated by `:`); the Node running this suite is compared too. Each line runs the commands
 * below on the same build, and every file each writes must equal the first line's byte for byte:
 * the benchmark county with its report (the PNGs show that the line loads resvg's native addon),
 * replicates on worker threads (piscina), and bench/same-outputs.mjs's hashes of every day of every
 * shipped scenario with each mechanism switched off in turn.
 * Without DEPTSIM_NODE_LINES there is one Node here and nothing to compare: the file is skipped.
 */
const versionOf = (node: string) => execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
const listed = (process.env.DEPTSIM_NODE_LINES ?? '').split(':').filter(Boolean);
// One binary per version: the Node running the suite may be one of those listed.
const byVersion = new Map([process.execPath, ...listed.map((p) => resolve(p))].map((node) => [versionOf(node), node]));
const versions = [...byVersion.keys()];
const lines = [...byVersion.values()];
// Made when the tests run, not when the file loads: a skipped file runs no hooks, and would leave it.
let dir = '';

function deptsim(node: string, args: string[]): void {
  const r = spawnSync(node, [MAIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: '1' } });
  expect(r.status, `${versionOf(node)}: deptsim ${args.join(' ')}\n${r.stderr}`).toBe(0);
}

describe.skipIf(listed.length === 0)('outputs on every Node line named in DEPTSIM_NODE_LINES', () => {
  scratchFolder('deptsim-node-lines-', (made) => {
    dir = made;
  });

  it('names other Node versions than the one running the suite, each a supported line', () => {
    expect(versions.length, versions.join(', ')).toBeGreaterThanOrEqual(2);
    for (const v of versions) expect(Number(v.slice(1).split('.')[0]), v).toBeGreaterThanOrEqual(20);
  });

  it.each([
    ['county', ['run', resolve('scenarios/large-county.yaml')]],
    ['replicates', ['run', resolve('scenarios/three-campaigns.yaml'), '--replicates', '4', '--workers', '2', '--no-report']],
  ])('%s: every file written is byte-identical across the lines', (name, args) => {
    lines.forEach((node, i) => deptsim(node, [...args, '--out', `${name}-${i}`]));
    const files = Object.keys(tree(join(dir, `${name}-0`)));
    expect(files).toContain(name === 'county' ? 'summary.json' : 'summary.csv');
    // The report's PNGs come from resvg's native addon: each line must load it.
    if (name === 'county') expect(files.filter((f) => f.endsWith('.png')).length).toBeGreaterThan(0);
    for (let i = 1; i < lines.length; i++) expectSameTree(join(dir, `${name}-0`), join(dir, `${name}-${i}`));
  });

  it("every day's record of every shipped scenario hashes alike across the lines (bench/same-outputs.mjs)", () => {
    const hashes = lines.map((node) => execFileSync(node, [resolve('bench/same-outputs.mjs'), resolve('dist')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    expect(Object.keys(JSON.parse(hashes[0]) as object).length).toBeGreaterThan(100);
    for (let i = 1; i < lines.length; i++) expect(hashes[i], `${versions[i]} against ${versions[0]}`).toBe(hashes[0]);
  });
});
