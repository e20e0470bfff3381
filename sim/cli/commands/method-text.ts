import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { measureInfo } from '../../measures/measures.js';
import type { Scenario } from '../../scenario/schema/index.js';
import { factorInfo } from '../../runner/factor-info.js';
import { valueFactor, type Factor } from '../../runner/factors.js';
import { readCsvText } from '../../runner/format.js';
import { screeningFactors, type LeftOut } from '../../runner/screening.js';
import type { SetOption } from '../../runner/set.js';
import { UsageError } from '../fail.js';
import { textTable } from '../table.js';
import { designMeasure } from '../../report/design-measure.js';

/** Factors from --set: each a range from:to (lists have no place in a sampled design). */
export function factorsOfSets(sets: readonly SetOption[]): Factor[] {
  return sets.map((s) => {
    if (Array.isArray(s.values)) throw new UsageError(`--set ${s.path}: give a range from:to (a list of values is for grids)`);
    return valueFactor(s.path, s.values.from, s.values.to, s.values.integer);
  });
}

/** The `top` parameters of a Morris folder's ranking for `metric` (default: its first measure), as factors for this scenario. */
export function topOfMorris(dir: string, base: Scenario, metric: string | undefined, top: number): Factor[] {
  const file = join(dir, 'morris.csv');
  if (!existsSync(file)) throw new UsageError(`${dir}: no morris.csv here; give --from the folder a \`deptsim sensitivity\` screening wrote`);
  const rows = csvParse(readFileSync(file, 'utf8'));
  const m = metric ?? rows[0]?.metric;
  const ranked = rows.filter((r) => r.metric === m).sort((a, b) => Number(a.rank) - Number(b.rank));
  if (ranked.length === 0) throw new UsageError(`${file} has no ranking for ${m}; name a measure it has with --metric`);
  const design = JSON.parse(readFileSync(join(dir, 'parameters.json'), 'utf8')).design as { ranges?: Record<string, { from: number; to: number; integer?: boolean }> };
  const screening = new Map(screeningFactors(base).factors.map((f) => [f.id, f]));
  return ranked.slice(0, top).map((r) => {
    const id = readCsvText(r.parameter ?? '');
    const known = screening.get(id);
    if (known) return known;
    const range = design.ranges?.[id];
    if (!range || typeof range.from !== 'number') throw new UsageError(`${id}: no range for it in ${dir}/parameters.json; give it with --set`);
    return valueFactor(id, range.from, range.to, range.integer ?? false);
  });
}

/** What a screening of every parameter varies and what it leaves out. */
export function leftOutText(screened: number, left: readonly LeftOut[]): string {
  const lines = [`Screening ${screened} parameters over their screening ranges (docs/ODD.md, section 9).`];
  const byWhy = new Map<string, string[]>();
  for (const l of left) byWhy.set(l.why, [...(byWhy.get(l.why) ?? []), l.id]);
  if (left.length) lines.push(`Left out ${left.length}: ${[...byWhy].map(([why, ids]) => `${ids.join(', ')}: ${why}`).join('; ')}.`);
  return lines.join('\n');
}

/** sobol.csv for one measure (the one plots/sobol.svg draws) as a table: S1 and ST with their 95% intervals. */
export function sobolText(dir: string, metric: string | undefined, runs: number): string {
  const text = readFileSync(join(dir, 'sobol.csv'), 'utf8');
  const rows = csvParse(text);
  const m = designMeasure(text, metric);
  if (!m) return 'No county measure varies over the sample: no indices to give.';
  const factors = new Map<string, Factor>(((JSON.parse(readFileSync(join(dir, 'parameters.json'), 'utf8')).design?.factors ?? []) as Factor[]).map((f) => [f.id, f]));
  const f3 = (v: string | undefined) => (v === undefined || v === '' ? '' : Number(v).toFixed(3));
  const table = textTable(
    ['parameter', 'S1', '95% interval', 'ST', '95% interval'],
    rows.filter((r) => r.metric === m).map((r) => {
      const id = readCsvText(r.parameter ?? '');
      const f = factors.get(id);
      return [f ? factorInfo(f).title : id, f3(r.S1), `[${f3(r.S1_low)}, ${f3(r.S1_high)}]`, f3(r.ST), `[${f3(r.ST_low)}, ${f3(r.ST_high)}]`];
    }),
  );
  const label = measureInfo(m)?.label ?? m;
  return `Sobol indices of ${label} (county, whole run) from ${runs} runs; intervals: bootstrap 95%. sobol.csv has every measure:\n${table}`;
}
