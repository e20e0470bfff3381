import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stableJson } from '../../sim/runner/format.js';
import { sealManifest } from '../../sim/runner/ownership.js';
import { deptsimVersion } from '../../sim/runner/version.js';
import { deptsimIn, expectOneLine, FIX, tree } from './cli-harness.js';

/**
 * Issue 27: a results folder written by an earlier deptsim, whose defaults differ, is told apart
 * from one of other settings: the user who upgraded is told which defaults changed, not that they
 * changed something.
 */
let dir = '';
const deptsim = (args: string[]) => deptsimIn(dir, args);
const base = ['run', 'small.yaml', '--out', 'res', '--no-report'];

/**
 * Make `res` look as an earlier deptsim `version` would have written it: its scenario.json edited by
 * `edit` (an old default, a field that version lacked), a plan hash of its own, and the file hashes
 * sealed again, as that version sealed them.
 */
function asWrittenBy(version: string, edit: (scenario: Record<string, any>) => void, folderName = 'res', scenarioIn: Record<string, string[]> = { 'scenario.json': [] }): void {
  const folder = join(dir, folderName);
  for (const [file, at] of Object.entries(scenarioIn)) {
    const content = JSON.parse(readFileSync(join(folder, file), 'utf8'));
    edit(at.reduce((o, k) => o[k], content));
    writeFileSync(join(folder, file), stableJson(content));
  }
  const { files: _files, ...manifest } = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
  writeFileSync(join(folder, 'manifest.json'), stableJson({ ...manifest, deptsim: version, plan_hash: 'a'.repeat(64) }));
  sealManifest(folder);
}

/** `res` (or `name`) as this deptsim writes it (copied from one run, to spare the suite a run per case). */
function freshRun(name = 'res', pristine = 'pristine'): void {
  rmSync(join(dir, name), { recursive: true, force: true });
  cpSync(join(dir, pristine), join(dir, name), { recursive: true });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'deptsim-older-'));
  copyFileSync(join(FIX, 'small.yaml'), join(dir, 'small.yaml'));
  const r = await deptsim(['run', 'small.yaml', '--out', 'pristine', '--no-report']);
  expect(r.code, r.stderr).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('results of an earlier deptsim with other defaults', () => {
  it('are named as such, with the defaults that changed, and kept until --force', async () => {
    freshRun();
    const penalty = JSON.parse(readFileSync(join(dir, 'res', 'scenario.json'), 'utf8')).inspection.penalty;
    // The earlier version's penalty default was 120, and it had no `report` section.
    asWrittenBy('0.0.1', (s) => {
      s.inspection.penalty = 120;
      delete s.report;
    });
    const before = tree(join(dir, 'res'));
    const r = await deptsim(base);
    expectOneLine(r, new RegExp(`res holds results of this scenario and seed written by deptsim 0\\.0\\.1 with other defaults: inspection\\.penalty 120 -> ${penalty}, report\\.focus none -> \\[\\] changed \\(your settings did not\\); rerun with --force to replace them, or give another --out`));
    expect(tree(join(dir, 'res'))).toEqual(before);
    const forced = await deptsim([...base, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'res', 'manifest.json'), 'utf8')).deptsim).toBe(deptsimVersion());
  });

  it('are other settings when a value the scenario file sets differs, when the seed differs, or when the same version wrote them', async () => {
    freshRun();
    // small.yaml sets alpha's headcount to 12: 10 was the user's, not a default.
    asWrittenBy('0.0.1', (s) => {
      s.inspection.penalty = 120;
      s.departments[0].headcount = 10;
    });
    expectOneLine(await deptsim(base), /res holds earlier results \(run of small, seed 11, 1 replicate\) of other settings; add --force/);

    freshRun();
    asWrittenBy('0.0.1', (s) => {
      s.inspection.penalty = 120;
    });
    expectOneLine(await deptsim([...base, '--seed', '12']), /of other settings; add --force/);

    freshRun();
    asWrittenBy(deptsimVersion(), (s) => {
      s.inspection.penalty = 120;
    });
    expectOneLine(await deptsim(base), /of other settings; add --force/);
  });
});

describe('experiments written by an earlier deptsim with other defaults', () => {
  // Each experiment keeps its scenarios as run in its own files: replicates in scenario.json, compare
  // an arm per file, a sweep the fixed scenario in parameters.json.
  const experiments: { name: string; args: string[]; scenarioIn: Record<string, string[]>; what: string }[] = [
    { name: 'reps', args: ['run', 'small.yaml', '--replicates', '2'], scenarioIn: { 'scenario.json': [] }, what: 'replicates' },
    { name: 'arms', args: ['compare', 'small.yaml', 'small-b.yaml'], scenarioIn: { 'scenarios/small.json': [], 'scenarios/small-b.json': [] }, what: 'compare' },
    { name: 'grid', args: ['sweep', 'small.yaml', '--set', 'inspection.penalty=10,60'], scenarioIn: { 'parameters.json': ['fixed'] }, what: 'sweep' },
  ];
  const command = (e: (typeof experiments)[number], more: string[] = [], out = e.name) => [...e.args, '--out', out, '--no-report', '--workers', '1', ...more];

  beforeAll(async () => {
    // A second arm: the same county under another name (compare tells arms apart by name).
    writeFileSync(join(dir, 'small-b.yaml'), readFileSync(join(dir, 'small.yaml'), 'utf8').replace(/^name: .*$/m, 'name: small-b'));
    for (const e of experiments) {
      const r = await deptsim(command(e, [], `pristine-${e.name}`));
      expect(r.code, r.stderr).toBe(0);
    }
  });

  it.each(experiments)('$what: named as such, once per changed default however many files hold it, and kept until --force', async (e) => {
    freshRun(e.name, `pristine-${e.name}`);
    const penalty = JSON.parse(readFileSync(join(dir, e.name, Object.keys(e.scenarioIn)[0]), 'utf8'));
    const now = Object.values(e.scenarioIn)[0].reduce((o: any, k) => o[k], penalty).inspection.penalty;
    asWrittenBy('0.0.1', (s) => {
      s.inspection.penalty = 120;
      delete s.report;
    }, e.name, e.scenarioIn);
    const before = tree(join(dir, e.name));
    const r = await deptsim(command(e));
    expectOneLine(r, new RegExp(`${e.name} holds results of this ${e.what} \\(the same scenarios, seed and design\\) written by deptsim 0\\.0\\.1 with other defaults: inspection\\.penalty 120 -> ${now}, report\\.focus none -> \\[\\] changed \\(your settings did not\\); rerun with --force`));
    expect(tree(join(dir, e.name))).toEqual(before);
    const forced = await deptsim(command(e, ['--force']));
    expect(forced.code, forced.stderr).toBe(0);
  });

  it('are other settings when the design, the seed or a value the scenario file sets differs', async () => {
    const [reps, , grid] = experiments;
    freshRun(grid.name, `pristine-${grid.name}`);
    asWrittenBy('0.0.1', (s) => {
      s.inspection.penalty = 120;
    }, grid.name, grid.scenarioIn);
    // Another grid of the same parameter: the points differ, not only defaults.
    expectOneLine(await deptsim(['sweep', 'small.yaml', '--set', 'inspection.penalty=10,70', '--out', grid.name, '--no-report', '--workers', '1']), /of other settings; add --force/);
    expectOneLine(await deptsim(command(grid, ['--seed', '12'])), /of other settings; add --force/);

    freshRun(reps.name, `pristine-${reps.name}`);
    asWrittenBy('0.0.1', (s) => {
      s.departments[0].headcount = 10;
    }, reps.name, reps.scenarioIn);
    expectOneLine(await deptsim(command(reps)), /of other settings; add --force/);
  });
});
