import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLASSROOM_TEXT } from '../i18n/classroom-messages.js';
import { MESSAGES } from '../i18n/messages.js';
import { fontFaceCss } from '../report/embed-fonts.js';
import { FONT_FAMILY } from '../report/font-family.js';
import { packageRoot } from '../runner/version.js';
import type { Scenario } from '../scenario/schema/index.js';

/** JSON safe inside a <script> element: no "</script" or "<!--" can close or confuse it. */
const scriptJson = (x: unknown) => JSON.stringify(x).replace(/</g, '\\u003c');
/** A script inlined whole must not close its own element. */
const inlineScript = (js: string) => js.replace(/<\/script/gi, '<\\/script');

/** The teacher's screen's script (web/classroom/projector.ts), bundled for the browser by `npm run build`. */
export const PROJECTOR_SCRIPT = ['dist', 'sim', 'classroom', 'projector.js'];

/**
 * Every character the pages draw from what the server knows: the classroom's words and the
 * campaigns' labels in both languages, the departments' names, printable ASCII (numbers, Latin
 * names). Students' names in other scripts fall back to the device's fonts.
 */
function pageText(scenario: Scenario): string {
  const templates = [...Object.values(CLASSROOM_TEXT), MESSAGES.campaignShort].flatMap((m) => [m.en, m['zh-CN']]);
  const names = scenario.departments.flatMap((d) => [d.name ?? d.id, d.names?.['zh-CN'] ?? '']);
  const ascii = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');
  // Dates on the charts' axes and the marks the pages use.
  return [...templates, ...names, ascii, '中文 English', '年月一二三四五六七八九十次第×–·✓…−'].join('');
}

/**
 * The student's and the teacher's pages (web/classroom/), with the classroom's strings in both
 * languages and the glyphs they draw embedded (the shipped DejaVu and Noto subsets, as the reports
 * and the teachers' page embed theirs), so Chinese shows on a laptop with no Chinese font.
 */
export async function classroomPages(scenario: Scenario): Promise<{ student: string; teacher: string }> {
  const root = packageRoot();
  const file = (name: string) => readFileSync(join(root, 'web', 'classroom', name), 'utf8');
  const projector = join(root, ...PROJECTOR_SCRIPT);
  if (!existsSync(projector)) throw new Error(`${PROJECTOR_SCRIPT.join('/')} is missing: run npm run build`);
  const fonts = await fontFaceCss({ normal: pageText(scenario), bold: '' });
  const common = file('common.js');
  const fill = (html: string) => html.replace('/*FONTS*/', () => fonts).replace('/*FONT_FAMILY*/', () => FONT_FAMILY);
  return {
    student: fill(file('student.html'))
      .replace('/*STRINGS*/', () => scriptJson(CLASSROOM_TEXT))
      .replace('/*COMMON*/', () => common),
    teacher: fill(file('teacher.html')).replace('/*PROJECTOR*/', () => inlineScript(readFileSync(projector, 'utf8'))),
  };
}
