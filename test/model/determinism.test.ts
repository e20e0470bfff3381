import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dailyCsv } from '../../sim/runner/daily-csv.js';
import { runSingle } from '../../sim/runner/run.js';
import { caseA, scenario } from './helpers.js';

const CLI = join(process.cwd(), 'dist/sim/cli/main.js');

describe('determinism', () => {
  it('the same scenario and seed give byte-identical summary.json and daily.csv; another seed differs', () => {
    const s = scenario(caseA());
    const files = (seed: number) => {
      const r = runSingle(s, seed);
      return { ...r.files, 'daily.csv': dailyCsv(r.result) };
    };
    const a = files(5);
    const b = files(5);
    const c = files(6);
    expect(a['summary.json']).toBe(b['summary.json']);
    expect(a['daily.csv']).toBe(b['daily.csv']);
    expect(c['daily.csv']).not.toBe(a['daily.csv']);
    expect(c['summary.json']).not.toBe(a['summary.json']);
  });

  it('the CLI writes the same bytes in two processes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deptsim-det-'));
    for (const out of ['a', 'b']) {
      execFileSync('node', [CLI, 'run', 'scenarios/three-campaigns.yaml', '--seed', '3', '--out', join(dir, out)], { stdio: 'pipe' });
    }
    for (const f of ['summary.json', 'daily.csv']) {
      expect(existsSync(join(dir, 'a', f))).toBe(true);
      expect(readFileSync(join(dir, 'a', f)).equals(readFileSync(join(dir, 'b', f)))).toBe(true);
    }
  });
});
