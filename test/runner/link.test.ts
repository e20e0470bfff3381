import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkFragment, parseLink, readLink, type LinkContext } from '../../sim/runner/link.js';
import { loadScenario } from '../../sim/scenario/load.js';

const ctx: LinkContext = {
  version: '0.1.0',
  preset: (name) => (['three-campaigns', 'teach-overtime-paid', 'case-c-whistle'].includes(name) ? loadScenario(join('scenarios', `${name}.yaml`)) : undefined),
};

describe('reading a teachers\' page link (the page and `deptsim run <link>` share it)', () => {
  it('keeps a good link whole and round-trips it', () => {
    const l = { version: '0.1.0', preset: 'three-campaigns', seed: 7, settings: { campaigns: 2, overtimePaid: true }, b: { preset: 'three-campaigns', settings: { campaignGap: 30 } }, replicates: 12, day: 40, lang: 'zh-CN', projector: true };
    const r = readLink(`file:///x/index.html#${linkFragment(l)}`, ctx);
    expect(r).toEqual({ link: l, ignored: [], warnings: [], said: { en: { ignored: [], warnings: [] }, 'zh-CN': { ignored: [], warnings: [] } } });
  });

  it('names every part it ignores and keeps the rest', () => {
    const r = readLink('#v=0.1.0&p=three-campaigns&seed=7&s.campaigns=-1&s.campaignDays=12.5&s.nope=3&s.__proto__=1&s.overtimePaid=maybe&s.campaignGap=20&n=1e9&day=NaN&lang=fr&zz=1', ctx);
    expect(r.link.settings).toEqual({ campaignGap: 20 });
    expect(r.link.seed).toBe(7);
    expect(r.ignored).toEqual([
      '"zz" is not part of a deptsim link',
      'campaigns = -1 is outside its range 1 to 6',
      'campaignDays must be a whole number, not 12.5',
      expect.stringMatching(/^"nope" is not a lever this version of deptsim knows \(known: campaigns, /),
      expect.stringMatching(/^"__proto__" is not a lever/),
      'overtimePaid must be true or false, not "maybe"',
      'runs per side n=1e9 is not a whole number from 2 to 100',
      'day=NaN is not a day of the run',
      'language "fr" (the page speaks en and zh-CN)',
    ]);
    // No prototype was touched by the __proto__ key.
    expect(Object.getPrototypeOf(r.link.settings)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).campaigns).toBeUndefined();
  });

  it('refuses seeds `deptsim run --seed` refuses, unknown presets and HTML in a name, and warns of another version', () => {
    const r = readLink('#v=0.0.1&p=<b>x</b>&seed=99999999999&b=nope', ctx);
    expect(r.ignored).toEqual([
      '"<b>x</b>" is not a shipped scenario (p=...)',
      'the seed "99999999999" is not a whole number from 0 to 4294967295',
      '"nope" is not a shipped scenario (b=...)',
    ]);
    expect(r.warnings).toEqual(['the link was made with deptsim 0.0.1, this is 0.1.0; the numbers may differ']);
  });

  it('says what it ignored in Chinese too, from the same templates, with no English words but the link\'s own keys', () => {
    const r = readLink('#v=0.0.1&p=three-campaigns&seed=7&s.campaigns=-1&s.campaignDays=12.5&s.overtimePaid=maybe&n=1e9&day=NaN&lang=fr&zz=1&b=nope', ctx);
    const zh = r.said['zh-CN'];
    expect(zh.ignored).toHaveLength(r.ignored.length);
    expect(zh.ignored).toEqual([
      '“zz”不是 deptsim 链接的组成部分',
      'campaigns = -1 超出取值范围（1 至 6）',
      'campaignDays 必须是整数，而不是 12.5',
      'overtimePaid 只能是 true 或 false，而不是“maybe”',
      '“nope”不是随附的场景（b=...）',
      '每方运行次数 n=1e9 不是 2 至 100 之间的整数',
      'day=NaN 不是运行中的某一天',
      '不支持语言“fr”（本页面支持 en 与 zh-CN）',
    ]);
    expect(zh.warnings).toEqual(['该链接由 deptsim 0.0.1 生成，当前版本为 0.1.0，结果可能不同']);
    // Past the link's own keys, values and the code names of levers, no English word is left.
    const words = zh.ignored.join(' ').replace(/\b(zz|campaigns|campaignDays|overtimePaid|true|false|maybe|nope|deptsim|NaN|day|en|zh|CN|fr|e9|n|b)\b/g, '');
    expect(words).not.toMatch(/[A-Za-z]{2,}/);
    // A lever the B side carries is said to be the B side's.
    expect(readLink('#p=three-campaigns&seed=1&b=three-campaigns&b.campaigns=9', ctx).said['zh-CN'].ignored).toEqual(['B 方：campaigns = 9 超出取值范围（1 至 6）']);
  });

  it('leaves out a lever past its slider range (whistles a day: 40 at most) and keeps the others', () => {
    const r = readLink('#p=case-c-whistle&seed=1&s.whistlesPerDay=41&s.responseDays=3', ctx);
    expect(r.ignored).toEqual(['whistlesPerDay = 41 is outside its range 0 to 40']);
    expect(r.link.settings).toEqual({ responseDays: 3 });
  });

  it('the command line refuses a link with anything ignored, in one line', () => {
    expect(() => parseLink('#p=three-campaigns&seed=1&s.campaigns=1.5&s.campaignGap=-2', ctx)).toThrow(
      'link: campaigns must be a whole number, not 1.5; campaignGap = -2 is outside its range 0 to 180',
    );
    expect(() => parseLink('#p=three-campaigns', ctx)).toThrow(/seed \(seed=\.\.\.\) is missing/);
    expect(parseLink('#p=three-campaigns&seed=3&s.campaigns=2', ctx).link.settings).toEqual({ campaigns: 2 });
  });
});
