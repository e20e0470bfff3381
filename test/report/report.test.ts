import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../sim/report/index.js';
import { ReportError } from '../../sim/report/read/results.js';
import { compareFolderFiles, experimentFiles, runFolderFiles, sensitivityFolderFiles, small, sweepFolderFiles } from './fixtures.js';
import { valueFactor } from '../../sim/runner/factors.js';
import { discoverExperiment, screeningExperiment, sobolExperiment } from '../../sim/runner/methods.js';

const schema = JSON.parse(readFileSync('node_modules/vega-lite/build/vega-lite-schema.json', 'utf8'));
const ajv = new Ajv({ strict: false, allowUnionTypes: true, validateFormats: false });
const validate = ajv.compile(schema);

const specsOf = (report: Record<string, string | Uint8Array>) =>
  Object.entries(report).filter(([k]) => k.endsWith('.vl.json')).map(([k, v]) => [k, JSON.parse(v as string)] as const);

function expectValidSpecs(report: Record<string, string | Uint8Array>, names: string[]): void {
  const specs = specsOf(report);
  expect(specs.map(([k]) => k.replace(/^plots\/|\.vl\.json$/g, '')).sort()).toEqual([...names].sort());
  for (const [file, spec] of specs) {
    const ok = validate(spec);
    expect(ok, `${file}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  }
}

it('the schema check rejects a broken spec (so passing it means something)', () => {
  expect(validate({ mark: 'pie-chart', encoding: { x: { field: 'a', type: 'cardinal' } } })).toBe(false);
});

describe('report of a single run', () => {
  let report: Record<string, string | Uint8Array>;
  beforeAll(async () => {
    report = await buildReport(runFolderFiles());
  });

  it('draws every run figure, each with a valid vega-lite spec, SVG, PNG and data', () => {
    const names = ['periods', 'throughput', 'hours', 'shirking', 'fatigue', 'loss-by-size'];
    expectValidSpecs(report, names);
    for (const n of names) {
      expect(report[`plots/${n}.svg`]).toMatch(/^<svg[\s\S]*<path/);
      const png = report[`plots/${n}.png`] as Uint8Array;
      expect(Buffer.from(png.subarray(1, 4)).toString()).toBe('PNG');
      expect((report[`plots/${n}.csv`] as string).split('\n').length).toBeGreaterThan(3);
    }
  });

  it('says plainly that a single run has no intervals', () => {
    const html = report['report.html'] as string;
    expect(html).toContain('a single run (seed 20170327)');
    expect(html).not.toContain('95% CI');
    expect(JSON.parse(report['plots/shirking.vl.json'] as string).title.subtitle.join(' ')).toMatch(/single run/);
  });

  it('opens with sentences on each campaign, then figures, then the parameter table', () => {
    const html = report['report.html'] as string;
    const at = (s: string) => html.indexOf(s);
    expect(at('During the campaign “Third 100 days')).toBeGreaterThan(0);
    // Hours shirked beside the share shirked, and a campaign's changes in words with units, never raw JSON.
    expect(html).toMatch(/shirking rose from [\d.]+% to [\d.]+% of hours at work \(hours shirked per person a week: [\d.]+ to [\d.]+\)/);
    expect(html).toContain('reporting hours 0 → 1 hours/day; village days none → tue, thu, sat');
    expect(html.slice(at('id="summary"'), at('id="figures"'))).not.toMatch(/villageDays|\[\]/);
    expect(at('id="summary"')).toBeLessThan(at('id="figures"'));
    expect(at('id="figures"')).toBeLessThan(at('id="parameters"'));
    expect(html).toContain('departments.poverty-office.headcount');
    const md = report['report.md'] as string;
    expect(md).toContain('![Shirking over time](plots/shirking.png)');
    expect(md).toMatch(/\| Period \| Dates \|/);
    // Windows by their names only (no raw ids), dates whole on one line in the HTML table.
    const periods = md.slice(md.indexOf('| Period |'), md.indexOf('## Parameters'));
    expect(periods).toContain('| Warm-up |');
    expect(periods).toContain('| Between campaigns 1 and 2 |');
    expect(periods).not.toMatch(/\| (warmup|baseline|gap-\d|campaign-\d|after|overall) \|/);
    expect(html).toMatch(/<td class="nowrap">2017-01-02 to 2017-01-29<\/td>/);
    expect(html).toContain('td.nowrap { white-space: nowrap; }');
    // The periods figure shows hours shirked right beside the share shirked.
    const metrics = [...new Set((report['plots/periods.csv'] as string).split('\n').slice(1).map((l) => l.split(',')[0]))];
    expect(metrics.slice(metrics.indexOf('Shirking (%)'), metrics.indexOf('Shirking (%)') + 2)).toEqual(['Shirking (%)', 'Hours shirked (h/person/week)']);
  });

  it('is self-contained: scripts inline, no URL the page would fetch', () => {
    const html = report['report.html'] as string;
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+href=/i);
    expect(html).toContain("default-src 'none'");
    // Exactly four script elements: vega, vega-embed, the specs, the boot code; no stray closers.
    expect(html.match(/<script/gi)?.length).toBe(4);
    expect(html.match(/<\/script/gi)?.length).toBe(4);
  });
});

describe('escaping', () => {
  it('shows a scenario name with markup as text in HTML and Markdown', async () => {
    const evil = '<script>alert(1)</script>';
    // Escaping does not depend on the county: the small test county runs in a fraction of the time.
    const r = await buildReport(runFolderFiles(evil, 'test/runner/fixtures/small.yaml'), { png: false });
    const html = r['report.html'] as string;
    expect(html).not.toContain(evil);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const md = r['report.md'] as string;
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('experiment reports', () => {
  it('a comparison shows the arms side by side and the paired differences, with intervals', async () => {
    const r = await buildReport(compareFolderFiles(), { png: false });
    expectValidSpecs(r, ['compare-periods', 'compare-differences']);
    const periods = JSON.parse(r['plots/compare-periods.vl.json'] as string);
    expect(periods.data.values.every((row: { ci_low?: number }) => typeof row.ci_low === 'number')).toBe(true);
    expect(r['report.html']).toContain('95% CI');
    // A results table: each measure with both means, the difference, its interval, the change and its size.
    const md = r['report.md'] as string;
    expect(md).toMatch(/## Results\n\n\| Measure \| small \| strict \| Difference \| 95% CI \| Change \| Standardised difference \| Higher than the baseline in \|/);
    expect(md).toMatch(/\| [+−][\d.]+% \((small|moderate|large)\) \|/);
    expect(r['report.html']).toMatch(/<h2>Results<\/h2>/);
  });

  it('an odd number of panels leaves no x axis under the empty cell: each panel gets its own', async () => {
    const r = await buildReport(compareFolderFiles(), { png: false, metrics: ['shirk_rate', 'fatigue_mean', 'regular_done_per_staff_week'] });
    for (const name of ['compare-periods', 'compare-differences']) {
      const xAxes = (r[`plots/${name}.svg`] as string).match(/aria-label="X-axis/g)?.length;
      expect(xAxes, name).toBe(3);
    }
  });

  it('a sweep over one parameter is a line, over two a heatmap', async () => {
    const one = await buildReport(sweepFolderFiles(false), { png: false });
    expectValidSpecs(one, ['sweep']);
    expect(JSON.stringify(JSON.parse(one['plots/sweep.vl.json'] as string).spec.layer)).toContain('"line"');
    const two = await buildReport(sweepFolderFiles(true), { png: false });
    expectValidSpecs(two, ['sweep']);
    expect(JSON.parse(two['plots/sweep.vl.json'] as string).spec.layer[0].mark.type).toBe('rect');
  });

  it('sensitivity ranks are bars ordered by rank', async () => {
    const r = await buildReport(sensitivityFolderFiles(), { png: false });
    expectValidSpecs(r, ['sensitivity']);
    const spec = JSON.parse(r['plots/sensitivity.vl.json'] as string);
    expect(spec.spec.layer.map((l: { mark: { type: string } }) => l.mark.type)).toEqual(['bar', 'tick']);
    expect(spec.spec.encoding.y.sort).toEqual({ field: 'rank', op: 'min', order: 'ascending' });
    expect(r['report.md']).toMatch(/Of 3 parameters screened over 12 runs/);
  });

  it("the research designs' own figures are in the report, and their sentences name the factors", async () => {
    const factors = [valueFactor('inspection.penalty', 10, 300, false), valueFactor('staff.motivation.mean', 0.3, 0.9, false)];
    const o = { seed: 3, replicates: 1, daily: false };
    const screen = await buildReport(experimentFiles(screeningExperiment(small(), factors, { ...o, trajectories: 3, levels: 4 })), { png: false });
    expectValidSpecs(screen, ['screening', 'sensitivity']);
    expect(screen['report.md']).toMatch(/A Morris screening of 2 parameters/);
    expect(screen['report.html']).toContain('plots/screening.svg');
    // A Saltelli sample is no grid: its figure is the indices, not a sweep's heatmap of 24 x 24 values.
    const sobol = await buildReport(experimentFiles(sobolExperiment(small(), factors, { ...o, samples: 6 })), { png: false });
    expectValidSpecs(sobol, ['sobol']);
    expect(sobol['report.md']).toMatch(/A sample of 24 points of inspection\.penalty, staff\.motivation\.mean with 1 replicate each/);
    expect(sobol['report.md']).toMatch(/Over the 24 sampled points, the shirking lay between/);
    expect(sobol['report.md']).not.toMatch(/at ,|at \./);
    const spec = { measure: 'shirk_rate' as const, window: 'overall', direction: 'above' as const, threshold: 0.08 };
    const found = await buildReport(experimentFiles(discoverExperiment(small(), factors, spec, { ...o, samples: 20 })), { png: false });
    expectValidSpecs(found, ['prim']);
    expect(found['report.md']).toMatch(/### Scenario discovery\n\n!\[Scenario discovery\]\(plots\/prim\.svg\)\n\n(No|Every|Shirking)/);
  });

  it('a folder with no results is a clear error', async () => {
    await expect(buildReport({ 'notes.txt': 'x' })).rejects.toThrow(ReportError);
  });
});
