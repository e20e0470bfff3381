import { describe, expect, it } from 'vitest';
import { titleOf } from '../../sim/measures/measure.js';
import { measureInfo, WINDOW_MEASURES } from '../../sim/measures/measures.js';
import { buildReport } from '../../sim/report/index.js';
import { toVega, vegaLiteWarnings } from '../../sim/report/render.js';
import { FIGURE_STYLES, type FigureStyle } from '../../sim/report/plots/style.js';
import { parseCsvText } from '../../sim/runner/contract.js';
import { sensitivityExperiment } from '../../sim/runner/experiments.js';
import { parameterInfo } from '../../sim/scenario/field-info.js';
import { compareFolderFiles, experimentFiles, runFolderFiles, small, sweepFolderFiles } from './fixtures.js';
import { screeningFactors } from '../../sim/runner/screening.js';
import { discoverExperiment, screeningExperiment, sobolExperiment } from '../../sim/runner/methods.js';

/**
 * Real figures, rendered by vega to SVG (and by resvg to PNG for slides), in both styles, with the
 * longest labels the shipped scenarios and the registry have: the default scenario's department
 * and campaign names, the measures with the longest titles, parameters named by long paths.
 */

/** The window measures with the longest axis titles: asked for, so the figures must show them whole. */
const LONGEST = Object.entries(WINDOW_MEASURES)
  .map(([k, m]) => [k, titleOf(m)] as const)
  .sort((a, b) => b[1].length - a[1].length)
  .slice(0, 4)
  .map(([k]) => k);

/** A Morris screening over parameters with long names (a list element by id, a nested campaign field). */
function longParameterScreening(): Record<string, string> {
  const range = (from: number, to: number) => ({ from, to, integer: false });
  const exp = sensitivityExperiment(
    small(),
    { 'departments.alpha.regular.itemsPerDay': range(0.5, 2), 'campaigns.0.reversals.discardShare': range(0.1, 0.6), 'staff.fatigue.buildPerHour': range(0.01, 0.03) },
    { seed: 1, replicates: 1, daily: false, trajectories: 2, levels: 4 },
  );
  return experimentFiles(exp);
}

/** The research designs over factors with long names in words: a list field of every entry, a campaign's, a nested one. */
const DESIGN_FACTORS = () => {
  const ids = ['departments[].regular.itemsPerStaffDay', 'campaigns[].reversals.discardShare', 'staff.fatigue.buildPerHour'];
  return screeningFactors(small()).factors.filter((f) => ids.includes(f.id));
};
const designOptions = { seed: 1, replicates: 1, daily: false };
const shirkingAbove = { measure: 'shirk_rate' as const, window: 'overall', direction: 'above' as const, threshold: 0.07 };

/** Each folder's files and report built once per style (the default run takes seconds). */
const once = <T>(f: () => T) => {
  let v: T | undefined;
  return () => (v ??= f());
};
const runFiles = once(() => runFolderFiles());
const built = new Map<string, Promise<Record<string, string | Uint8Array>>>();
const reportOf = (name: string, files: () => Record<string, string>, style: FigureStyle, metrics: string[] = []) => {
  const key = `${name}/${style}`;
  if (!built.has(key)) built.set(key, buildReport(files(), { style, metrics, png: style === 'slides' }));
  return built.get(key)!;
};

const CASES: [string, () => Record<string, string>, string[]][] = [
  ['the default run (three-campaigns)', runFiles, []],
  ['a comparison', compareFolderFiles, LONGEST],
  ['a sweep', () => sweepFolderFiles(false), LONGEST],
  ['a Morris screening', longParameterScreening, LONGEST],
  ['a screening over factors', () => experimentFiles(screeningExperiment(small(), DESIGN_FACTORS(), { ...designOptions, trajectories: 2, levels: 4 })), ['shirk_rate']],
  ['Sobol indices', () => experimentFiles(sobolExperiment(small(), DESIGN_FACTORS(), { ...designOptions, samples: 6 })), ['shirk_rate']],
  ['a discovery', () => experimentFiles(discoverExperiment(small(), DESIGN_FACTORS(), shirkingAbove, { ...designOptions, samples: 20 })), []],
];

/** Every text element's text (tspans joined by a space) and its font size. */
function textsOf(svg: string): { text: string; size: number }[] {
  return [...svg.matchAll(/<text([^>]*)>([\s\S]*?)<\/text>/g)].map((m) => ({
    text: m[2].replace(/<tspan[^>]*>/g, ' ').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&#x27;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/\s+/g, ' ').trim(),
    size: Number(/font-size="([\d.]+)px"/.exec(m[1])?.[1] ?? NaN),
  }));
}

const svgWidth = (svg: string) => Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)![1]);
const pngWidth = (png: Uint8Array) => Buffer.from(png).readUInt32BE(16);

/** The columns of each figure's data that it draws as text: facet headers, axis categories, legend entries. */
const DRAWN: Record<string, string[]> = {
  periods: ['metric', 'period'],
  'compare-periods': ['metric', 'period', 'arm'],
  'compare-differences': ['metric', 'period', 'comparison'],
  sweep: ['metric'],
  sensitivity: ['metric', 'label'],
  throughput: ['department'],
  'loss-by-size': ['campaign'],
  hours: ['use'],
  shirking: [],
  fatigue: [],
  screening: ['parameter'],
  sobol: ['parameter', 'index'],
  prim: [],
};

describe.each(CASES)('%s', (caseName, files, metrics) => {
  it.each(FIGURE_STYLES.map((s) => [s]))('in %s style: every label whole, text and width as the style says', async (style: FigureStyle) => {
    const report = await reportOf(caseName, files, style, metrics);
    const names = Object.keys(report).filter((k) => k.endsWith('.svg'));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const svg = report[name] as string;
      const texts = textsOf(svg);
      const shown = new Set(texts.map((t) => t.text));
      // No label cut short with an ellipsis, in the SVG (and so the PNG drawn from it)...
      for (const t of texts) expect(t.text, `${name}: "${t.text}"`).not.toContain('…');
      // ...and every label of the data drawn whole, as one text.
      const { columns, rows } = parseCsvText(report[name.replace(/\.svg$/, '.csv')] as string);
      // A slide's figure split over several is named <name>-1, <name>-2, ...
      const drawn = DRAWN[name.replace(/^plots\/|\.svg$/g, '').replace(/-\d+$/, '')];
      expect(drawn, `${name}: say which of its columns the figure draws`).toBeDefined();
      for (const c of drawn) {
        expect(columns).toContain(c);
        for (const label of new Set(rows.map((r) => r[c]))) {
          expect(shown.has(label.replace(/\s+/g, ' ').trim()), `${name}: label "${label}" not drawn whole`).toBe(true);
        }
      }
      // The HTML report draws the same vega specs in a browser: no text limit there either.
      const vega = JSON.stringify(toVega(JSON.parse(report[name.replace(/\.svg$/, '.vl.json')] as string)));
      expect(vega.match(/"(label)?[lL]imit":\s*[1-9]/g), `${name}: a text limit in the vega spec`).toBeNull();
      const width = svgWidth(svg);
      if (style === 'slides') {
        // Fitted to a 1920 x 1080 slide as drawn: every text at least 24 px on the slide.
        const png = report[name.replace(/\.svg$/, '.png')] as Uint8Array;
        const [w, h] = [pngWidth(png), Buffer.from(png).readUInt32BE(20)];
        expect(w, name).toBeLessThanOrEqual(1920);
        expect(h, name).toBeLessThanOrEqual(1080);
        expect(Math.max(w / 1920, h / 1080), `${name}: ${w} x ${h} fills neither side of the slide`).toBeGreaterThan(0.99);
        for (const t of texts) expect(t.size * (w / width), `${name}: "${t.text}" at ${t.size}px in ${width}px`).toBeGreaterThanOrEqual(24);
      } else {
        // Sized for a 6.5-inch text width at 96 px an inch: the SVG's own size is the printed size,
        // and every text is 7 to 9 pt there (a px is 0.75 pt).
        expect(width / 96, name).toBeLessThanOrEqual(6.5);
        for (const t of texts) {
          expect(t.size * 0.75, `${name}: "${t.text}"`).toBeGreaterThanOrEqual(7);
          expect(t.size * 0.75, `${name}: "${t.text}"`).toBeLessThanOrEqual(9);
        }
      }
    }
  });
});

describe('vega-lite', () => {
  it('compiles every figure of every case, in both styles, without a warning', async () => {
    for (const [name, files, metrics] of CASES) for (const style of FIGURE_STYLES) await reportOf(name, files, style, metrics);
    expect(vegaLiteWarnings).toEqual([]);
  });
});

describe('slides state the finding in the title', () => {
  it('a comparison: what the arm did to the first measure, in short', async () => {
    const r = await buildReport(compareFolderFiles(), { style: 'slides', png: false });
    // A slide holds a few panels: the first figure of the split ones carries the title too.
    const spec = JSON.parse((r['plots/compare-differences.vl.json'] ?? r['plots/compare-differences-1.vl.json']) as string);
    const title = spec.title.text.join(' ');
    expect(title).toMatch(/^Strict (cut|raised|did not clearly change) the /);
    // The full sentence, with its interval, opens the report.
    expect(r['report.md']).toContain('95% CI');
  });

  it('a run: the measure that moved most from before the campaigns', async () => {
    const r = await reportOf(CASES[0][0], runFiles, 'slides');
    const title = JSON.parse(r['plots/shirking.vl.json'] as string).title.text.join(' ');
    expect(title).toMatch(/^Shirking (rose|fell) from [\d.]+% before the campaigns to [\d.]+% in /);
  });
});

describe('sweep axes are named in words with units', () => {
  it('the swept parameter by the schema, the measures by the registry', async () => {
    const r = await buildReport(sweepFolderFiles(false), { png: false });
    const spec = JSON.parse(r['plots/sweep.vl.json'] as string);
    const line = spec.spec.layer.find((l: { mark: { type: string } }) => l.mark.type === 'line');
    // inspection.penalty's unit in the schema is "hours' pay/catch".
    expect(line.encoding.x.title).toBe("Inspection penalty (hours' pay/catch)");
    expect(parameterInfo('inspection.penalty').title).toBe(line.encoding.x.title);
    const metrics = new Set<string>(spec.data.values.map((v: { metric: string }) => v.metric));
    const titles = new Set(Object.values(WINDOW_MEASURES).map((m) => titleOf(m)));
    for (const m of metrics) expect(titles.has(m), m).toBe(true);
    expect([...metrics].every((m) => /\(.+\)$/.test(m))).toBe(true);
  });

  it('parameters inside lists are named by position or id', () => {
    expect(parameterInfo('campaigns.0.inspectionRate')).toMatchObject({ label: 'Inspection rate, campaign 1', unit: 'chance/person/day' });
    expect(parameterInfo('departments.alpha.headcount')).toMatchObject({ label: 'Headcount, alpha', unit: 'people' });
    expect(parameterInfo('coordination.office.strength').title).toBe('Office strength (share, 0–1)');
    expect(parameterInfo('no.such.field').title).toBe('no.such.field');
    expect(measureInfo('shirk_rate')).not.toBeNull();
  });
});
