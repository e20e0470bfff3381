import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VALID, writeTree } from './helpers.js';

/** The real, compiled CLI (`npm test` builds dist/ before vitest runs). */
const BIN = resolve('dist/sim/cli/main.js');
const deptsim = (args: string[], cwd = process.cwd()) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });

describe('deptsim validate / init / run on bad files', () => {
  it('exits 0 and says ok for valid files', () => {
    const r = deptsim(['validate', 'scenarios/teach-county.yaml', 'scenarios/baseline-county.yaml']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('scenarios/teach-county.yaml: ok\nscenarios/baseline-county.yaml: ok\n');
  });

  it('exits 2 with one line per problem, for every file given', () => {
    const dir = writeTree({
      'a.yaml': VALID.replace('headcount: 4', 'headcount: -4').replace('name: t', 'name: t\nseeds: 3'),
      'b.yaml': 'name: [\n',
      'ok.yaml': VALID,
    });
    const r = deptsim(['validate', 'a.yaml', 'b.yaml', 'ok.yaml'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      'a.yaml:2:1: seeds: unknown key "seeds"; did you mean "seed"?',
      'a.yaml:8:16: departments[1].headcount: expected a number >= 1, got -4',
      'b.yaml:2:1: YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]',
      'deptsim: 2 of 3 files invalid',
    ]);
    expect(r.stdout).toBe('ok.yaml: ok\n');
  });

  it('exits 2 for a missing file and for binary junk, without a stack trace', () => {
    const dir = writeTree({ 'junk.yaml': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) });
    const r = deptsim(['validate', 'nope.yaml', 'junk.yaml'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('nope.yaml:1:1: no such file, and no shipped scenario of that name; `deptsim list` shows them');
    expect(r.stderr).toContain('junk.yaml:1:1: not a text file');
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('run on a bad file exits 2 and creates no output folder', () => {
    const dir = writeTree({ 'bad.yaml': VALID.replace('headcount: 10', 'headcount: ten') });
    const r = deptsim(['run', 'bad.yaml', '--out', 'out'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('bad.yaml:5:16: departments[0].headcount: expected a number, got "ten"');
    expect(existsSync(join(dir, 'out'))).toBe(false);
    expect(existsSync(join(dir, 'reports'))).toBe(false);
  });

  it('init writes a starter that validates and runs unchanged, and never overwrites', () => {
    const dir = writeTree({});
    const r = deptsim(['init', 'my-county'], dir);
    expect(r.status, r.stderr).toBe(0);
    const text = readFileSync(join(dir, 'my-county.yaml'), 'utf8');
    // The schema path is relative to the new file, wherever it is written.
    const schemaRef = text.split('\n')[0].replace('# yaml-language-server: $schema=', '');
    expect(existsSync(resolve(dir, schemaRef))).toBe(true);
    expect(deptsim(['validate', 'my-county.yaml'], dir).status).toBe(0);
    const run = deptsim(['run', 'my-county.yaml', '--out', 'out'], dir);
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(join(dir, 'out', 'summary.json'))).toBe(true);
    const again = deptsim(['init', 'my-county.yaml'], dir);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('my-county.yaml already exists');
    expect(readFileSync(join(dir, 'my-county.yaml'), 'utf8')).toBe(text);
  });
});
