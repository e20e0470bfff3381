import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript (it must load any build), no declarations
import { compareFingerprints, comparisonText, csvFigures, folderFingerprint, jsonFigures, keepsEverything, recordFingerprinter } from '../../bench/output-fingerprint.mjs';
import { build, collect, METRICS, summaryCollector } from '../../sim/index.js';
import { loadScenario } from '../../sim/scenario/load.js';
import { removeAfterFile } from '../support/remove-after-file.js';

/**
 * bench/same-outputs.mjs compares outputs by name: a change that adds a column or a key must show
 * as added, with every figure that existed byte-identical, and a change to an existing one as changed.
 */
const dir = mkdtempSync(join(tmpdir(), 'same-outputs-'));
removeAfterFile(dir);

/** Two days of made-up records: `rows` rows of the named metrics, filled by value(day, row, metric). */
function fingerprintOf(metrics: string[], rows: number, value: (day: number, row: number, m: string) => number) {
  const f = recordFingerprinter(metrics);
  for (let day = 0; day < 2; day++) f.onDay(Float64Array.from({ length: rows * metrics.length }, (_, i) => value(day, Math.floor(i / metrics.length), metrics[i % metrics.length])));
  return f.figures();
}

describe('fingerprints by name', () => {
  it('a daily column added between two metrics leaves the others\' hashes as they were', () => {
    const v = (day: number, row: number, m: string) => day * 10 + row + m.length;
    const before = fingerprintOf(['hours_duty', 'hours_shirked'], 3, v);
    const after = fingerprintOf(['hours_duty', 'hours_study', 'hours_shirked'], 3, v);
    expect(Object.keys(before)).toEqual(['daily.hours_duty', 'daily.hours_shirked']);
    const cmp = compareFingerprints({ run: before }, { run: after });
    expect([...cmp.added.keys()]).toEqual(['daily.hours_study']);
    expect(cmp.changed.size + cmp.removed.size).toBe(0);
    expect(keepsEverything(cmp)).toBe(true);
  });

  it('one number changed in one column changes that column only', () => {
    const v = (day: number, row: number, m: string) => (day === 1 && row === 2 && m === 'hours_shirked' ? 0.1 + 0.2 : day + row);
    const w = (day: number, row: number, m: string) => (day === 1 && row === 2 && m === 'hours_shirked' ? 0.3 : day + row);
    const cmp = compareFingerprints({ run: fingerprintOf(['hours_duty', 'hours_shirked'], 3, v) }, { run: fingerprintOf(['hours_duty', 'hours_shirked'], 3, w) });
    expect([...cmp.changed]).toEqual([['daily.hours_shirked', ['run']]]);
    expect(keepsEverything(cmp)).toBe(false);
  });

  it('JSON by key path, arrays of objects by id; CSV by header name', () => {
    const a = jsonFigures({ windows: [{ id: 'baseline', county: { x: 1, y: 2 } }, { id: 'c1', county: { x: 3, y: 4 } }], n: 5 }, 's');
    expect(Object.keys(a).sort()).toEqual(['s.n', 's.windows[baseline].county.x', 's.windows[baseline].county.y', 's.windows[baseline].id', 's.windows[c1].county.x', 's.windows[c1].county.y', 's.windows[c1].id']);
    const b = jsonFigures({ windows: [{ id: 'baseline', county: { x: 1, y: 2, z: 9 } }, { id: 'c1', county: { x: 3, y: 5 } }] }, 's');
    const cmp = compareFingerprints({ f: a }, { f: b });
    expect([...cmp.added.keys()]).toEqual(['s.windows[baseline].county.z']);
    expect([...cmp.changed.keys()]).toEqual(['s.windows[c1].county.y']);
    expect([...cmp.removed.keys()]).toEqual(['s.n']);
    // Columns are matched by name, wherever they stand.
    expect(csvFigures('unit,x,y\na,1,"2,5"\n', 'f.csv')).toEqual(csvFigures('y,unit,x\n"2,5",a,1\n', 'f.csv'));
    expect(() => csvFigures('x,x\n1,2\n', 'f.csv')).toThrow('f.csv has the column x twice');
    // A long table splits by its metric column: a new measure's rows add figures and change none.
    const long = 'window,unit,metric,mean\nbase,county,done,4\nbase,county,late,0.5\n';
    const longer = 'window,unit,metric,mean\nbase,county,done,4\nbase,county,late,0.5\nbase,county,study,2\n';
    const grown = compareFingerprints({ s: csvFigures(long, 's.csv') }, { s: csvFigures(longer, 's.csv') });
    expect([...grown.added.keys()]).toEqual(['s.csv[metric=study]:mean', 's.csv[metric=study]:metric', 's.csv[metric=study]:unit', 's.csv[metric=study]:window']);
    expect(keepsEverything(grown)).toBe(true);
  });

  it('names the figures of a real run after the record\'s metrics and the summary\'s keys; the same run gives the same figures', () => {
    const run = () => {
      const daily = recordFingerprinter(METRICS);
      const { summary } = collect(build(loadScenario('test/runner/fixtures/small.yaml'), '1/rep:0'), { summary: summaryCollector, d: () => ({ onDay: (_day: number, rec: Float64Array) => daily.onDay(rec), finish: () => null }) });
      return { ...daily.figures(), ...jsonFigures(summary, 'summary', { byLastKey: true }) };
    };
    const one = run();
    expect(Object.keys(one).filter((k) => k.startsWith('daily.'))).toEqual(METRICS.map((m) => `daily.${m}`));
    // A measure is one figure over every window and unit.
    expect(one).toHaveProperty(['summary.regular_done']);
    expect(Object.keys(one).filter((k) => k.startsWith('summary.')).length).toBeLessThan(200);
    expect(run()).toEqual(one);
  });
});

describe('node bench/same-outputs.mjs', () => {
  const cli = (...args: string[]) => spawnSync(process.execPath, ['bench/same-outputs.mjs', ...args], { encoding: 'utf8' });

  /** A made-up output folder: a CSV, a JSON and a figure. */
  function folder(name: string, csv: string, json: unknown): string {
    const d = join(dir, name);
    mkdirSync(join(d, 'plots'), { recursive: true });
    writeFileSync(join(d, 'summary.csv'), csv);
    writeFileSync(join(d, 'summary.json'), JSON.stringify(json));
    writeFileSync(join(d, 'plots', 'hours.svg'), '<svg/>');
    return d;
  }
  const fingerprint = (d: string) => {
    const r = cli('--folder', d);
    expect(r.status, r.stderr).toBe(0);
    const file = `${d}.json`;
    writeFileSync(file, r.stdout);
    return file;
  };

  it('an added column and key are reported as added, and the check passes', () => {
    const a = fingerprint(folder('a', 'unit,mean\ncounty,1.5\n', { mean: 1.5 }));
    const b = fingerprint(folder('b', 'unit,mean,study\ncounty,1.5,2\n', { mean: 1.5, study: 2 }));
    expect(JSON.parse(readFileSync(a, 'utf8'))).toEqual(folderFingerprint(join(dir, 'a')));
    const r = cli('--compare', a, b);
    expect(r.stdout).toBe(
      ['3 items in both; 4 figures byte-identical.', 'added: 2 figures', '  summary.csv:study  in 1 of 3 (e.g. summary.csv)', '  summary.json.study  in 1 of 3 (e.g. summary.json)', 'Same outputs: every figure of the first is byte-identical in the second (the second only adds).', ''].join('\n'),
    );
    expect(r.status).toBe(0);
  });

  it('a changed figure fails the check and is named, apart from the added ones', () => {
    const a = fingerprint(folder('c', 'unit,mean\ncounty,1.5\n', { mean: 1.5 }));
    const b = fingerprint(folder('d', 'unit,mean,study\ncounty,1.25,2\n', { mean: 1.5 }));
    const r = cli('--compare', a, b);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('changed: 1 figure\n  summary.csv:mean  in 1 of 3 (e.g. summary.csv)\nadded: 1 figure\n');
    expect(r.stdout).toContain('Different outputs');
    expect(comparisonText(compareFingerprints(JSON.parse(readFileSync(a, 'utf8')), JSON.parse(readFileSync(b, 'utf8'))))).toBe(r.stdout);
  });

  it('bad input: one line, exit 2, no stack trace', () => {
    for (const [args, line] of [
      [['--compare', join(dir, 'none.json'), join(dir, 'none.json')], /^same-outputs: cannot read .*none\.json: ENOENT\n$/],
      [['--compare', join(dir, 'a', 'plots', 'hours.svg'), join(dir, 'a.json')], /^same-outputs: .*hours\.svg is not a fingerprint \(JSON\) written by this script\n$/],
      [['--folder', join(dir, 'nowhere')], /^same-outputs: .*nowhere: no such folder\n$/],
      [['--compare', 'one.json'], /^same-outputs: usage: /],
      [['dist', '--off'], /^same-outputs: usage: /],
      // Against the build npm test made (dist/): a switch the schema does not have is named with the ones it has.
      [['dist', '--off', 'study'], /^same-outputs: --off study: this build has no mechanism switch of that name \(it has fatigue, shirking, .*\)\n$/],
    ] as const) {
      const r = cli(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(line);
    }
  });
});
