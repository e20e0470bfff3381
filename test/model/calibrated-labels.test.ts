import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fieldRows } from '../../sim/scenario/field-table.js';
import { scenarioJsonSchema } from '../../sim/scenario/json-schema.js';

/**
 * "Calibrated" means fitted (issue 21): a parameter whose source in the schema (and so in docs/ODD.md's
 * tables) says calibrated or fitted is searched by a targets file in scenarios/calibration/, which
 * `deptsim calibrate` re-derives; every parameter a targets file searches says so; the rest say "set
 * by hand" or name their source.
 */
describe('calibration labels', () => {
  const dir = 'scenarios/calibration';
  const fitted = new Map<string, string>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.yaml'))) {
    const t = parse(readFileSync(join(dir, f), 'utf8')) as { parameters: { path: string }[] };
    for (const p of t.parameters) fitted.set(p.path, f);
  }
  const rows = fieldRows(scenarioJsonSchema() as Record<string, any>).filter((r) => r.leaf);
  const claims = (source: string) => /(^|[;:(] ?)(calibrated|fitted)\b/i.test(source);

  it('every parameter labelled calibrated or fitted is searched by a shipped targets file, and its label names the file', () => {
    const labelled = rows.filter((r) => claims(r.source));
    expect(labelled.length).toBeGreaterThan(0);
    for (const r of labelled) {
      expect(fitted.has(r.path), `${r.path} says "${r.source}" but no targets file in ${dir} fits it`).toBe(true);
      expect(r.source, r.path).toContain(`scenarios/calibration/${fitted.get(r.path)}`);
    }
  });

  it('every parameter a targets file searches is labelled calibrated', () => {
    for (const [path, file] of fitted) {
      const row = rows.find((r) => r.path === path);
      expect(row, `${file} fits ${path}, which is not a scenario field`).toBeDefined();
      expect(claims(row!.source), `${path} is fitted by ${file} but its source says "${row!.source}"`).toBe(true);
    }
  });
});
