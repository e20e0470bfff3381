import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deptsimIn, FIX, scratchFolder } from '../runner/cli-harness.js';
import { englishWords, titlesOf } from '../report/zh-words.js';

/**
 * `--lang zh-CN` on every command that writes a report, each run for real on the small test county
 * and rendered: the summary's sentences and every figure's title, subtitle, axis, legend and
 * tooltip in Chinese. What may stay in Latin letters: parameter paths as the YAML and --set write
 * them (inspection.penalty), the methods' own symbols (μ*, σ, S1, ST, Morris, Sobol, PRIM, ABC-SMC),
 * file names, and names the user gave (scenario, targets).
 */
let dir = '';
const deptsim = (args: string[]) => deptsimIn(dir, args);
const SYMBOLS = /\b(Morris|Sobol|PRIM|ABC|SMC|S1|ST|small-\w+|small|push|alpha|beta|shirking|baseline|unpaid|overtime|raises|a|b)\b/g;
/** Latin words left in Chinese text once paths, file names and the methods' symbols are taken out. */
const left = (text: string) => englishWords(text.replace(/[a-zA-Z][\w-]*(\.[\w[\]-]+)+/g, ' ').replace(/[\w-]+\.(csv|json|yaml)/g, ' ').replace(SYMBOLS, ' '), '\u0000');

function summaryOf(folder: string): string[] {
  const md = readFileSync(join(dir, folder, 'report.md'), 'utf8');
  return md.slice(md.indexOf('## 主要结论'), md.indexOf('## 图表')).split('\n').filter((l) => l.startsWith('- '));
}

/** The words of each figure: a vega-lite spec's titles, or an SVG's texts (the research designs' own figures). */
function figureWords(folder: string): Record<string, string[]> {
  const plots = join(dir, folder, 'plots');
  const out: Record<string, string[]> = {};
  for (const f of readdirSync(plots)) {
    const text = readFileSync(join(plots, f), 'utf8');
    if (f.endsWith('.vl.json')) out[f] = titlesOf(JSON.parse(text));
    else if (f.endsWith('.svg') && !existsSync(join(plots, f.replace(/\.svg$/, '.vl.json')))) out[f] = [...text.matchAll(/<text[^>]*>([^<]+)<\/text>/g)].map((m) => m[1]);
  }
  return out;
}

function expectChinese(folder: string, sentences = true) {
  if (sentences) {
    const lines = summaryOf(folder);
    expect(lines.length, folder).toBeGreaterThan(1);
    expect(lines.flatMap(left), folder).toEqual([]);
    expect(lines.join('\n')).toMatch(/[\u4e00-\u9fff]/);
  }
  const figures = figureWords(folder);
  expect(Object.keys(figures).length, folder).toBeGreaterThan(0);
  for (const [f, words] of Object.entries(figures)) {
    expect(words.length, `${folder}/${f}`).toBeGreaterThan(1);
    expect(words.flatMap(left), `${folder}/${f}`).toEqual([]);
  }
}

scratchFolder('deptsim-zh-', (d) => {
  dir = d;
  copyFileSync(join(FIX, 'small.yaml'), join(dir, 'small.yaml'));
  copyFileSync(join(FIX, 'targets-small.yaml'), join(dir, 'targets-small.yaml'));
});

describe('reports in Chinese from every command that writes one', () => {
  it('sweep: the shape of each measure along the parameter, named in Chinese, with its intervals (and through merge)', async () => {
    const r = await deptsim(['sweep', 'small.yaml', '--set', 'inspection.penalty=5,15,40', '--replicates', '3', '--lang', 'zh-CN', '--out', 'sweep']);
    expect(r.code, r.stderr).toBe(0);
    expectChinese('sweep');
    const lines = summaryOf('sweep').join('\n');
    expect(lines).toMatch(/被查处的处罚（inspection\.penalty）由 5 提高到 40，/);
    expect(lines).toMatch(/95% 置信区间 \S+ 至 \S+）/);
    expect(lines).toContain('做参数扫描：共 3 个取值点，每点 3 次重复运行（共 9 次模拟运行）');
    const spec = JSON.parse(readFileSync(join(dir, 'sweep', 'plots', 'sweep.vl.json'), 'utf8'));
    expect(titlesOf(spec)).toContain('被查处的处罚（小时工资/次）');
    expect(readFileSync(join(dir, 'sweep', 'plots', 'sweep.png')).subarray(1, 4).toString()).toBe('PNG');
    // Shards merged with --lang write the same Chinese report.
    for (const k of ['1/2', '2/2']) expect((await deptsim(['sweep', 'small.yaml', '--set', 'inspection.penalty=5,15,40', '--replicates', '3', '--out', 'sh', '--shard', k, '--no-report'])).code).toBe(0);
    const m = await deptsim(['merge', 'sh.shard-1-of-2', 'sh.shard-2-of-2', '--out', 'merged', '--lang', 'zh-CN', '--no-png']);
    expect(m.code, m.stderr).toBe(0);
    expect(summaryOf('merged')).toEqual(summaryOf('sweep'));
  });

  it('sensitivity by Morris: the parameter that moves each measure most, and the ranked bars in Chinese', async () => {
    const r = await deptsim(['sensitivity', 'small.yaml', '--set', 'staff.motivation.mean=0.4:0.8', '--set', 'inspection.penalty=50:300', '--trajectories', '3', '--lang', 'zh-CN', '--out', 'morris']);
    expect(r.code, r.stderr).toBe(0);
    expectChinese('morris');
    expect(summaryOf('morris').join('\n')).toMatch(/对 2 个参数做 Morris 筛选（敏感性分析）/);
    expect(summaryOf('morris').join('\n')).toMatch(/工作积极性均值（staff\.motivation\.mean）对\S+的影响最大/);
  });

  it('sensitivity by Sobol and scenario discovery: the sample\'s spread, and the Sobol and PRIM figures in Chinese', async () => {
    const s = await deptsim(['sensitivity', 'small.yaml', '--method', 'sobol', '--set', 'staff.motivation.mean=0.4:0.8', '--set', 'inspection.penalty=50:300', '--samples', '8', '--lang', 'zh-CN', '--no-png', '--out', 'sobol']);
    expect(s.code, s.stderr).toBe(0);
    expectChinese('sobol');
    expect(readFileSync(join(dir, 'sobol', 'plots', 'sobol.svg'), 'utf8')).toContain('一阶指数 S1');
    const d = await deptsim(['discover', 'small.yaml', '--set', 'staff.motivation.mean=0.3:0.9', '--set', 'inspection.penalty=50:300', '--samples', '30', '--outcome', 'shirk_rate', '--above', '0.1', '--lang', 'zh-CN', '--no-png', '--out', 'disc']);
    expect(d.code, d.stderr).toBe(0);
    expectChinese('disc');
    expect(readFileSync(join(dir, 'disc', 'plots', 'prim.svg'), 'utf8')).toContain('情景发现');
  });

  it('calibrate by search and by ABC: the fit of each target and the posteriors in Chinese', async () => {
    const c = await deptsim(['calibrate', 'targets-small.yaml', '--lang', 'zh-CN', '--out', 'cal']);
    expect(c.code, c.stderr).toBe(0);
    expectChinese('cal');
    const fit = JSON.parse(readFileSync(join(dir, 'cal', 'plots', 'calibration-fit.vl.json'), 'utf8'));
    expect(titlesOf(fit)).toContain('是否达标');
    writeFileSync(
      join(dir, 'abc.yaml'),
      'scenario: small.yaml\nparameters:\n  - { path: inspection.penalty, range: [2, 60] }\n  - { path: coordination.office.strength, range: [0, 1] }\ntargets:\n  - { name: shirking, measure: shirk_rate, window: overall, value: 0.09, scale: 0.01 }\nsearch: { method: abc, population: 10, generations: 2, replicates: 1, seed: 3 }\n',
    );
    const a = await deptsim(['calibrate', 'abc.yaml', '--lang', 'zh-CN', '--out', 'abc']);
    expect(a.code, a.stderr).toBe(0);
    expectChinese('abc', false);
    expect(readFileSync(join(dir, 'abc', 'plots', 'abc-pairs.svg'), 'utf8')).toContain('议事协调机构的权威（比例，0–1）');
  });
});
