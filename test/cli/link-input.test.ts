import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deptsim } from '../hardening/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'deptsim-link-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("deptsim run '<link>' reads a link as the page does", () => {
  it('refuses a link with an out-of-range, fractional or unknown lever in one line naming each, before any run', () => {
    const r = deptsim(dir, ['run', 'file:///x/index.html#v=0.1.0&p=three-campaigns&seed=1&s.campaigns=-1&s.campaignDays=1.5&s.whistles=2', '--out', 'r']);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('campaigns = -1 is outside its range 1 to 6');
    expect(r.stderr).toContain('campaignDays must be a whole number, not 1.5');
    expect(r.stderr).toContain('"whistles" is not a lever');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a seed `--seed` refuses and a day that is not a number', () => {
    const r = deptsim(dir, ['run', '#p=three-campaigns&seed=99999999999&day=NaN', '--out', 'r']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('the seed "99999999999" is not a whole number from 0 to 4294967295');
    expect(r.stderr).toContain('day=NaN is not a day of the run');
  });

  it('warns of another version and runs', () => {
    const r = deptsim(dir, ['run', '#v=0.0.1&p=teach-overtime-paid&seed=3&s.penalty=100', '--out', 'ok', '--no-png']);
    expect(r.stderr).toContain('warning: the link was made with deptsim 0.0.1');
    expect(r.code).toBe(0);
    rmSync(join(dir, 'ok'), { recursive: true, force: true });
  });
});
