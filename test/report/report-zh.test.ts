import { beforeAll, describe, expect, it } from 'vitest';
import { format, REPORT_MESSAGES } from '../../sim/i18n/index.js';
import { buildReport } from '../../sim/report/index.js';
import { CJK_FAMILY } from '../../sim/report/font-family.js';
import { wrapText } from '../../sim/report/text.js';
import { compareFolderFiles, runFolderFiles } from './fixtures.js';
import { englishWords, titlesOf } from './zh-words.js';

/**
 * A run's report in Chinese (--lang zh-CN): every heading, sentence, figure title, axis and legend
 * title and window name in Chinese, from sim/i18n's templates. What may stay in Latin letters: the
 * names the user gave (the scenario's name and description), the scenario's own field names where
 * a sentence lists what changed, units and file formats.
 */

describe('a run report in Chinese', () => {
  const files = runFolderFiles();
  const name = JSON.parse(files['summary.json']).scenario ?? 'three-campaigns';
  let zh: Record<string, string | Uint8Array>;
  beforeAll(async () => {
    zh = await buildReport(files, { locale: 'zh-CN' });
  });

  it('has headings, sentences, table cells and the footer in Chinese, with no English words left', () => {
    const md = zh['report.md'] as string;
    // The description is the user's own text, in whatever language they wrote it.
    const lines = md.split('\n').filter((l) => l.trim() && !l.startsWith('# ') && !/^\|\s*(campaigns|departments|inspection|calendar|[a-z]+\.)/.test(l));
    const description = JSON.parse(files['scenario.json']).description as string | undefined;
    const body = lines.filter((l) => !description || !description.startsWith(l.slice(0, 40))).filter((l) => !/^\|?\s*---/.test(l));
    // The parameter table keeps the scenario's field paths (as in the YAML): only its title and header.
    const params = md.slice(md.indexOf('## 参数'));
    const checked = [...body.filter((l) => !params.includes(l) || l.startsWith('## ') || l.startsWith('| 参数')), ...params.split('\n').slice(0, 3)];
    expect(checked.length).toBeGreaterThan(40);
    expect(checked.flatMap((l) => englishWords(l, name))).toEqual([]);
    expect(md).toContain('## 主要结论');
    expect(md).toContain('## 全县分阶段指标');
  });

  it('names the windows in Chinese in the table and the figures (第一次百日攻坚), never by id or the English name', () => {
    const md = zh['report.md'] as string;
    for (const w of ['攻坚开始前', '第一次百日攻坚', '第二次百日攻坚', '第三次百日攻坚', '攻坚结束后', '全程（预热期后）']) expect(md).toContain(`| ${w} |`);
    const periods = zh['plots/periods.csv'] as string;
    expect(periods).toContain('第三次百日攻坚');
    expect(periods).not.toMatch(/baseline|campaign-\d|100 days/);
  });

  it('titles every figure, axis, legend and tooltip in Chinese, and draws them in the SVG with an embedded CJK face', () => {
    const specs = Object.entries(zh).filter(([k]) => k.endsWith('.vl.json'));
    expect(specs.length).toBe(6);
    for (const [file, text] of specs) {
      const titles = titlesOf(JSON.parse(text as string));
      expect(titles.length, file).toBeGreaterThan(3);
      expect(titles.flatMap((t) => englishWords(t, name)), file).toEqual([]);
    }
    const svg = zh['plots/shirking.svg'] as string;
    expect(svg).toContain('怠工工时占比');
    expect(svg.includes(`@font-face{font-family:"${CJK_FAMILY}"`), 'the CJK face embedded').toBe(true);
    // Month names on the date axes in Chinese (vega's date locale), not "April".
    expect(svg).toMatch(/>[一二三四五六七八九十]+月</);
    expect(svg).not.toMatch(/>(January|February|March|April|May|June|July|August|September|October|November|December)</);
    const png = zh['plots/periods.png'] as Uint8Array;
    expect(Buffer.from(png.subarray(1, 4)).toString()).toBe('PNG');
  });

  it('marks the page as Chinese and keeps the English report as it was', async () => {
    expect(zh['report.html']).toMatch(/<html lang="zh-CN">/);
    expect(zh['report.html']).toContain('<h2>主要结论</h2>');
    const en = await buildReport(files, { png: false });
    expect(en['report.html']).toMatch(/<html lang="en">/);
    expect(en['report.md']).toContain('## Summary');
    expect(en['report.md']).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('Chinese sentences come from the templates', () => {
  it('the scope sentence is the template formatted with the run\'s counts: a plural in English, a measure word in Chinese', async () => {
    const files = runFolderFiles();
    const zh = (await buildReport(files, { locale: 'zh-CN', png: false }))['report.md'] as string;
    const summary = JSON.parse(files['summary.json']);
    const values = { name: 'three-campaigns', days: 572, depts: 18, staff: 524, campaigns: 3 };
    expect(summary.campaigns?.length ?? 3).toBe(3);
    const sentence = format(REPORT_MESSAGES.scope, 'zh-CN', values);
    expect(zh).toContain(`- ${sentence}`);
    expect(sentence).toBe('本报告涵盖情景“three-campaigns”：共 572 天，18 个部门、524 名工作人员，3 次攻坚行动。');
    // The same template's plural rules: English says "1 department", Chinese has no plural to mark.
    expect(format(REPORT_MESSAGES.scope, 'en', { ...values, depts: 1, campaigns: 1 })).toContain('1 department with 524 staff, 1 campaign.');
    expect(format(REPORT_MESSAGES.scope, 'en', values)).toContain('18 departments with 524 staff, 3 campaigns.');
    expect(format(REPORT_MESSAGES.scope, 'zh-CN', { ...values, depts: 1, campaigns: 1 })).toContain('1 个部门、524 名工作人员，1 次攻坚行动');
  });

  it('a direction is chosen by the template\'s select, and the interval is written as 置信区间', () => {
    const up = format(REPORT_MESSAGES.campaignMeasure, 'zh-CN', { campaign: '第一次百日攻坚', measure: '怠工工时占比', dir: 'up', from: '8.0%', value: '9.6%', unit: '' });
    const down = format(REPORT_MESSAGES.campaignMeasure, 'zh-CN', { campaign: '第一次百日攻坚', measure: '怠工工时占比', dir: 'down', from: '9.6%', value: '8.0%', unit: '' });
    expect(up).toBe('第一次百日攻坚期间，怠工工时占比由攻坚开始前的 8.0% 升至 9.6%。');
    expect(down).toContain('降至 8.0%');
    expect(format(REPORT_MESSAGES.withCi, 'zh-CN', { mean: '9.6%', lo: '9.1%', hi: '10.2%' })).toBe('9.6%（95% 置信区间 9.1% 至 10.2%）');
  });
});

describe('Chinese titles wrap to the figure', () => {
  it('breaks between Chinese characters, never before closing punctuation, and leaves English to wrapLines', () => {
    const title = '第三次百日攻坚期间人均每周完成的日常业务由攻坚开始前的 4.28 降至 1.42 件/人/周，规模最小的部门减少最多';
    const lines = wrapText(title, 30);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('').replace(/\s/g, '')).toBe(title.replace(/\s/g, ''));
    for (const l of lines) expect(l).not.toMatch(/^[，。）]/);
    expect(wrapText('Shirking rose from 8.0% to 17.7% in the third campaign', 20)).toEqual(['Shirking rose from', '8.0% to 17.7% in the', 'third campaign']);
  });
});

describe('a comparison in Chinese', () => {
  it('says each finding in Chinese with its size, interval and pairs, and titles its table and figures in Chinese', async () => {
    const files = compareFolderFiles();
    const zh = await buildReport(files, { locale: 'zh-CN', png: false });
    const md = zh['report.md'] as string;
    const summary = md.slice(md.indexOf('## 主要结论'), md.indexOf('## 图表'));
    expect(summary).toMatch(/与small相比，.+(升至|降至|没有明显变化)/);
    expect(summary).toMatch(/95% 置信区间 \S+ 至 \S+；/);
    expect(summary).toMatch(/共比较 2 个情景，每个情景 5 次配对重复运行（共 10 次模拟运行/);
    // Scenario names, the scenarios' field names (inspection.penalty：…) and descriptions as the user wrote them.
    const names = ['compare-small-vs-strict', 'small', 'strict', 'Strict'];
    const words = (t: string) => englishWords(names.reduce((x, n) => x.split(n).join(' '), t), '\u0000');
    const description = JSON.parse(files['scenario.json'] ?? '{}').description as string | undefined;
    const lines = summary.split('\n').filter((l) => l.startsWith('- ') && !(description && l.includes(description.trim().slice(0, 20))));
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.flatMap(words)).toEqual([]);
    expect(md).toContain('## 比较结果');
    expect(md).toMatch(/\| 指标 \| small \| strict \| 差值 \| 95% 置信区间 \| 相对变化 \| 标准化差异 \| 高于基准情景的配对数 \|/);
    for (const [file, text] of Object.entries(zh).filter(([k]) => k.endsWith('.vl.json'))) {
      expect(titlesOf(JSON.parse(text as string)).flatMap(words), file).toEqual([]);
    }
  });
});
