import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deptsimIn, FIX, MAIN, tree } from '../runner/cli-harness.js';
import { STAGE_LINE, TIMING_LINE } from '../../sim/cli/timing.js';

const dir = mkdtempSync(join(tmpdir(), 'deptsim-start-up-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the CLI as built for users (sim/cli/build.mjs)', () => {
  it('is one bundle: the entry imports deptsim code only from its own chunks', () => {
    const text = readFileSync(MAIN, 'utf8');
    const relative = [...text.matchAll(/from\s*"(\.[^"]+)"/g)].map((m) => m[1]);
    expect(relative.length).toBeGreaterThan(0);
    for (const r of relative) expect(r).toMatch(/^\.\.\/chunks\//);
    // yargs is bundled too (sim/cli/yargs-bundled.mjs): ~25 modules fewer to resolve at every start.
    expect(text).not.toMatch(/from\s*"yargs/);
  });

  it('DEPTSIM_TIMING=1 prints when the first simulated day is done, and changes no output', async () => {
    const timed = await deptsimIn(dir, ['run', `${FIX}/small.yaml`, '--no-report', '--out', 'timed'], { DEPTSIM_TIMING: '1' });
    expect(timed.code, timed.stderr).toBe(0);
    const line = timed.stderr.split('\n').find((l) => l.startsWith(TIMING_LINE));
    const ms = Number(line?.slice(TIMING_LINE.length));
    expect(ms).toBeGreaterThan(0);
    expect(ms).toBeLessThan(timed.ms);
    const plain = await deptsimIn(dir, ['run', `${FIX}/small.yaml`, '--no-report', '--out', 'plain']);
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stderr).not.toContain(TIMING_LINE);
    expect(tree(join(dir, 'timed'))).toEqual(tree(join(dir, 'plain')));
  });

  it('DEPTSIM_TIMING=1 on an experiment prints when its runs start and when the last is done (the serial part is the rest)', async () => {
    const timed = await deptsimIn(dir, ['run', `${FIX}/small.yaml`, '--replicates', '2', '--workers', '1', '--no-report', '--out', 'stages'], { DEPTSIM_TIMING: '1' });
    expect(timed.code, timed.stderr).toBe(0);
    const at = (stage: 'runs start' | 'runs done') => Number(timed.stderr.split('\n').find((l) => l.startsWith(STAGE_LINE(stage)))?.slice(STAGE_LINE(stage).length));
    expect(at('runs start')).toBeGreaterThan(0);
    expect(at('runs done')).toBeGreaterThan(at('runs start'));
    expect(at('runs done')).toBeLessThan(timed.ms);
  });

  it("yargs's own messages still come in the user's language, and --version still finds deptsim's", async () => {
    const zh = await deptsimIn(dir, ['run'], { LANG: 'zh_CN.UTF-8', LC_ALL: '', LC_MESSAGES: '' });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('缺少');
    const version = await deptsimIn(tmpdir(), ['--version']);
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
  });

  it('--help is still wrapped to the terminal, though other commands skip wrapping', async () => {
    const help = await deptsimIn(dir, ['run', '--help']);
    expect(help.code).toBe(0);
    const lines = help.stdout.split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(100);
    expect(lines.some((l) => /^ +--workers/.test(l))).toBe(true);
  });
});
