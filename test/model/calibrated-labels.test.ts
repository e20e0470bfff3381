import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fieldRows } from '../../sim/scenario/field-table.js';
import { scenarioJsonSchema } from '../../sim/scenario/json-schema.js';

/**
 * "Calibrated" means fitted (issue 21): a parameter whose source in the schema (and so in docs/ODD.md's
 * tables) says calibrated or fitted is searched by a targets file in scenarios/calibration/, which
 * `deptsim calibrate` re-derives, and its label names that file; every parameter a targets file
 * searches names the file in its source: as calibrated by it, or as not identified by it (a joint
 * ABC fit that shows what the targets cannot pin, docs/CALIBRATION.md); the rest say "set by hand"
 * or name their source.
 */
describe('calibration labels', () => {
  const dir = 'scenarios/calibration';
  /** Every file that searches each path. */
  const fitted = new Map<string, string[]>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.yaml'))) {
    const t = parse(readFileSync(join(dir, f), 'utf8')) as { parameters: { path: string }[] };
    for (const p of t.parameters) fitted.set(p.path, [...(fitted.get(p.path) ?? []), f]);
  }
  const notIdentified = (source: string, file: string) => new RegExp(`not identified by [^;]*scenarios/calibration/${file.replace('.', '\\.')}`).test(source);
  const rows = fieldRows(scenarioJsonSchema() as Record<string, any>).filter((r) => r.leaf);
  const claims = (source: string) => /(^|[;:(] ?)(calibrated|fitted)\b/i.test(source);

  it('every parameter labelled calibrated or fitted is searched by a shipped targets file, and its label names the file', () => {
    const labelled = rows.filter((r) => claims(r.source));
    expect(labelled.length).toBeGreaterThan(0);
    for (const r of labelled) {
      const files = fitted.get(r.path) ?? [];
      const fitting = files.filter((f) => !notIdentified(r.source, f));
      expect(fitting.length, `${r.path} says "${r.source}" but no targets file in ${dir} fits it`).toBeGreaterThan(0);
      for (const f of fitting) expect(r.source, r.path).toMatch(new RegExp(`(calibrated|fitted)[^;]*scenarios/calibration/${f.replace('.', '\\.')}`));
    }
  });

  it('every parameter a targets file searches names the file: calibrated by it, or not identified by it', () => {
    for (const [path, files] of fitted) {
      const row = rows.find((r) => r.path === path);
      expect(row, `${files.join(', ')} fits ${path}, which is not a scenario field`).toBeDefined();
      for (const file of files) {
        const named = notIdentified(row!.source, file) || (claims(row!.source) && row!.source.includes(`scenarios/calibration/${file}`));
        expect(named, `${path} is searched by ${file} but its source says "${row!.source}"`).toBe(true);
      }
    }
  });
});
