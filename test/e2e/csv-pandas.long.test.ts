import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deptsimIn, FIX } from '../runner/cli-harness.js';

/**
 * Every CSV a run, a comparison and a sweep write, read by pandas itself (`pandas.read_csv` with its
 * defaults, the way a researcher loads them) with every warning an error: a DtypeWarning on a mostly
 * empty column is what a reader met on daily.csv before `campaign` said `none`. Text columns must
 * read as strings (campaign, window, unit…), every other column as numbers.
 *
 * pandas comes from Debian's python3-pandas (.ci/run installs it). Without it the test is skipped on
 * a developer's machine and fails under CI, where it must run.
 */
// DEPTSIM_PYTHON names the one to use; else the first python3 that has pandas (pyenv's may not, Debian's does).
const CANDIDATES = process.env.DEPTSIM_PYTHON ? [process.env.DEPTSIM_PYTHON] : ['python3', '/usr/bin/python3'];
const python = CANDIDATES.find((p) => spawnSync(p, ['-c', 'import pandas'], { encoding: 'utf8' }).status === 0) ?? null;
const underCi = !!process.env.CI && process.env.CI !== 'false';

/** Columns that hold text in deptsim's tables (names, labels, ids, dates, yes/no); the rest are numbers. */
const TEXT = ['date', 'campaign', 'unit', 'window', 'metric', 'point', 'arm', 'baseline', 'parameter', 'label', 'scenario', 'department', 'name', 'kind', 'seed_key', 'status', 'measure', 'target', 'variant', 'window_b', 'variant_b', 'sign', 'holds', 'source', 'index', 'use', 'period', 'goal', 'until', 'week_start'];

const SCRIPT = `
import json, sys, warnings
import pandas as pd
warnings.simplefilter('error')
text = set(json.loads(sys.argv[1]))
out = {}
for path in sys.argv[2:]:
    df = pd.read_csv(path)
    out[path] = {c: str(t) for c, t in df.dtypes.items()}
    if 'campaign' in df.columns:
        kinds = sorted(set(type(v).__name__ for v in df['campaign']))
        out[path]['campaign values'] = ','.join(kinds)
print(json.dumps(out))
`;

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'deptsim-pandas-'));
  copyFileSync(join(FIX, 'small.yaml'), join(dir, 'small.yaml'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function csvsUnder(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n.endsWith('.csv')) out.push(p);
    }
  };
  walk(root);
  return out.sort();
}

describe('CSV files as pandas reads them', () => {
  it.skipIf(!python && !underCi)('every table of a run (case A, with daily.csv), a comparison and a sweep reads without a warning, text columns as text and the rest as numbers', async () => {
    expect(python, 'pandas is needed under CI: apt-get install python3-pandas').not.toBeNull();
    const runs = [
      ['run', 'three-campaigns', '--daily', '--no-png', '--out', 'run'],
      ['compare', 'small.yaml', 'small.yaml', '--replicates', '3', '--daily', '--no-png', '--out', 'compare'],
      ['sweep', 'small.yaml', '--set', 'inspection.penalty=5,40', '--replicates', '2', '--daily', '--no-png', '--out', 'sweep'],
    ];
    for (const args of runs) {
      const r = await deptsimIn(dir, args);
      expect(r.code, r.stderr).toBe(0);
    }
    const files = csvsUnder(dir);
    for (const folder of ['run', 'compare', 'sweep']) expect(files.some((f) => f.startsWith(join(dir, folder, 'daily')) || f === join(dir, folder, 'daily.csv')), folder).toBe(true);
    // Case A's daily.csv is several MB: pandas reads it in chunks, where a mixed column used to warn.
    expect(statSync(join(dir, 'run', 'daily.csv')).size).toBeGreaterThan(1 << 20);
    const r = spawnSync(python as string, ['-c', SCRIPT, JSON.stringify(TEXT), ...files], { encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(r.status, r.stderr).toBe(0);
    const dtypes = JSON.parse(r.stdout) as Record<string, Record<string, string>>;
    expect(Object.keys(dtypes).length).toBe(files.length);
    const wrong: string[] = [];
    for (const [path, cols] of Object.entries(dtypes)) {
      const name = relative(dir, path);
      for (const [col, type] of Object.entries(cols)) {
        // A sweep's points are numbered, a comparison's arms named.
        const want = col === 'campaign values' ? /^str$/ : col === 'point' ? /^(object|int64)$/ : TEXT.includes(col) ? /^(object|bool)$/ : /^(int64|float64|bool)$/;
        if (!want.test(type)) wrong.push(`${name}: ${col} ${type}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(dtypes[join(dir, 'run', 'daily.csv')].campaign).toBe('object');
  });
});
