import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectRun } from '../../sim/library/collect-run.js';
import { singleRunSeedKey } from '../../sim/runner/seeds.js';
import { summaryJson } from '../../sim/runner/run.js';
import { loadScenario } from '../../sim/scenario/load.js';
import { parseScenario } from '../../sim/scenario/text.js';
import { Session } from '../../sim/classroom/session.js';
import { studentView, teacherView } from '../../sim/classroom/views.js';

const TEXT = readFileSync('scenarios/teach-county.yaml', 'utf8');
const withoutNames = TEXT.replace(/, names: \{ zh-CN: [^}]+ \}/g, '');

describe("departments' Chinese names (departments[].names)", () => {
  it('are display only: the same run, figure for figure, with or without them', () => {
    expect(withoutNames).not.toBe(TEXT);
    const a = parseScenario(TEXT, 'teach-county.yaml');
    const b = parseScenario(withoutNames, 'teach-county.yaml');
    expect(a.departments.map((d) => d.names?.['zh-CN'])).toEqual(['农业农村局', '教育局', '审计局', '档案局']);
    expect(b.departments[0].names).toBeUndefined();
    const key = singleRunSeedKey(a.seed);
    const ra = collectRun(a, key, { daily: true });
    const rb = collectRun(b, key, { daily: true });
    expect(summaryJson(a, a.seed, ra)).toBe(summaryJson(b, b.seed, rb));
  });

  it('a language the pages do not speak, or an empty name, is one clear error naming the field', () => {
    const bad = TEXT.replace('names: { zh-CN: 教育局 }', 'names: { zh_CN: 教育局 }');
    expect(() => parseScenario(bad, 'bad.yaml')).toThrow(/departments\.1\.names|names/);
    const empty = TEXT.replace('names: { zh-CN: 教育局 }', "names: { zh-CN: '' }");
    expect(() => parseScenario(empty, 'bad.yaml')).toThrow(/zh-CN/);
  });

  it('the phone and the projector carry each name in both languages; a department without one shows its English name', () => {
    const s = new Session(loadScenario('scenarios/teach-county.yaml'), 'k');
    s.apply({ e: 'join', token: 'a'.repeat(32), name: '王芳', department: 'education' });
    expect(studentView(s, 'a'.repeat(32)).departmentName).toEqual({ en: 'Education Bureau', 'zh-CN': '教育局' });
    const t = teacherView(s, { student: 'http://x/', teacher: '' }, 0);
    expect(t.departments.map((d) => d.name['zh-CN'])).toEqual(['农业农村局', '教育局', '审计局', '档案局']);
    const plain = new Session(parseScenario(withoutNames, 'plain.yaml'), 'k');
    expect(teacherView(plain, { student: '', teacher: '' }, 0).departments[1].name).toEqual({ en: 'Education Bureau', 'zh-CN': 'Education Bureau' });
  });

  it('every department of the shipped lesson scenarios has a Chinese name', () => {
    for (const f of ['teach-county', 'case-b-weak-office', 'case-c-whistle', 'case-d-command-centre', 'case-e-partners', 'three-campaigns']) {
      const sc = loadScenario(`scenarios/${f}.yaml`);
      for (const d of sc.departments) expect(d.names?.['zh-CN'], `${f}: ${d.id}`).toMatch(/^[\u4e00-\u9fff（）]+$/);
    }
  });
});
