import { describe, expect, it } from 'vitest';
import { compareSentence, format, GLOSSARY, LOCALES, MEASURE_TEXT, MESSAGES, num, percent, periodName } from '../../sim/i18n/index.js';

describe('message templates in English and Chinese', () => {
  it('read a paired comparison aloud with the interval in the direction of the words', () => {
    const r = { measure: 'shirk_rate', a: 0.159, b: 0.121, diff: { mean: -0.038, lo: -0.041, hi: -0.035 }, n: 20, lower: 20 };
    expect(compareSentence(r, { a: 'Overtime unpaid', b: 'Paying overtime' }, 'en')).toBe(
      'Paying overtime (B) kept shirking at 12.1% of working hours instead of 15.9% (3.8 points less, 95% CI 3.5 to 4.1; lower in 20 of 20 paired runs).',
    );
    expect(compareSentence(r, { a: '不发加班费', b: '发放加班费' }, 'zh-CN')).toBe(
      '发放加班费（B）：怠工工时占比为 12.1%，不发加班费（A）为 15.9%；低 3.8 个百分点（95% 置信区间 3.5 至 4.1），20 次配对运行中有 20 次更低。',
    );
    const up = { measure: 'shared_wait_days_mean', a: 2, b: 7.881, diff: { mean: 5.881, lo: 5.2, hi: 6.5 }, n: 1, lower: 0 };
    expect(compareSentence(up, { a: 'x', b: 'y' }, 'en')).toBe('y (B) kept the wait of shared work for an owner at 7.88 days instead of 2 (5.9 days more, 95% CI 5.2 to 6.5; higher in 1 of 1 paired run).');
  });

  it('say "no clear difference" with the signed interval when it includes zero', () => {
    const r = { measure: 'meeting_hours', a: 146883.739, b: 146000, diff: { mean: -883.7, lo: -2100, hi: 340 }, n: 10, lower: 6 };
    expect(compareSentence(r, { a: 'A side', b: 'B side' }, 'en')).toBe(
      'B side (B) made no clear difference to hours in joint meetings: 146,000 staff-hours against 147,000 (95% CI of B − A −2,100 to +340; lower in 6 of 10 paired runs).',
    );
    expect(compareSentence(r, { a: '甲', b: '乙' }, 'zh-CN')).toContain('没有明显差别');
  });

  it('format numbers with 2-3 significant digits, never "-0" or "0.000000"', () => {
    expect(num(-0.0000001, 'en', 3)).toBe('−0.0000001');
    expect(num(-1e-12, 'en')).toBe('−0.000000000001');
    expect(num(-0.0004, 'en', 2)).toBe('−0.0004');
    expect(num(0, 'en')).toBe('0');
    expect(num(-0.00001 * 0, 'zh-CN')).toBe('0');
    expect(num(146883.739, 'zh-CN')).toBe('147,000');
    expect(num(7.881, 'en')).toBe('7.88');
    expect(percent(0.15937, 'en')).toBe('15.9%');
    expect(percent(0.11, 'zh-CN')).toBe('11.0%');
    expect(percent(0.0041, 'en')).toBe('0.41%');
    expect(percent(-0.00001, 'en')).toBe('−0.001%');
    expect(percent(-1e-9, 'en')).toBe('−0.0000001%');
    expect(num(null, 'en')).toBe('–');
  });

  it('name campaigns and periods as a county official would', () => {
    expect(periodName('c1', 'zh-CN', ['c1', 'c2'], 100)).toBe('第一次百日攻坚');
    expect(periodName('c2', 'en', ['c1', 'c2'], 100)).toBe('Second 100-day campaign');
    expect(periodName('c2', 'zh-CN', ['c1', 'c2'], 60)).toBe('第二次攻坚（60 天）');
    expect(periodName('gap-1', 'zh-CN')).toBe('第1个间隔期');
    expect(format(MESSAGES.weekOfCampaign, 'zh-CN', { w: 6, n: 2 })).toBe('第二次攻坚第 6 周');
  });

  it('every template formats in both locales, and no Chinese text says 运动 for a campaign', () => {
    for (const l of LOCALES) {
      for (const t of Object.values(MESSAGES)) expect(() => format(t, l, { n: 2, days: 100, w: 1, d: 1, lo: 1, hi: 2, a: 'a', b: 'b', aLabel: 'a', bLabel: 'b', measure: 'm', diff: 'd', k: 1, dir: 'less' })).not.toThrow();
      for (const m of Object.values(MEASURE_TEXT)) for (const t of [m.name, m.phrase, m.axis, m.value, m.short, m.diff]) expect(format(t, l, { x: '1', n: 1 })).not.toMatch(/[{}]/);
    }
    const zh = [...Object.values(MESSAGES), ...Object.values(MEASURE_TEXT).flatMap((m) => [m.name, m.phrase, m.value])].map((t) => t['zh-CN']).join('\n');
    expect(zh).not.toMatch(/运动(?!式治理)/);
    expect(new Set(GLOSSARY.map((t) => t.id)).size).toBe(GLOSSARY.length);
  });
});

describe('the glossary in docs/TEACHING.md', () => {
  it('lists every term of sim/i18n/glossary.ts, English beside Chinese', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync('docs/TEACHING.md', 'utf8');
    const rows = new Set(doc.split('\n').filter((l) => l.startsWith('| ')).map((l) => l.split('|').slice(1, 3).map((c) => c.trim()).join(' = ')));
    for (const t of GLOSSARY) expect(rows, t.id).toContain(`${t.en} = ${t.zh}`);
  });
});

describe('a 0-1 index read aloud', () => {
  it('has no unit after each number and two significant digits', () => {
    const r = { measure: 'fatigue_mean', a: 0.0913, b: 0.045, diff: { mean: -0.0463, lo: -0.047, hi: -0.046 }, n: 4, lower: 4 };
    expect(compareSentence(r, { a: '两次攻坚', b: '上一步的一次攻坚' }, 'zh-CN')).toBe('上一步的一次攻坚（B）：平均疲劳程度为 0.045，两次攻坚（A）为 0.091；低 0.046（95% 置信区间 0.046 至 0.047），4 次配对运行中有 4 次更低。');
  });
});
