import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLASSROOM_TEXT } from '../i18n/classroom-messages.js';
import { packageRoot } from '../runner/version.js';

/** JSON safe inside a <script> element: no "</script" or "<!--" can close or confuse it. */
const scriptJson = (x: unknown) => JSON.stringify(x).replace(/</g, '\\u003c');

/** The student's and the teacher's pages (web/classroom/), with the classroom's strings in both languages. */
export function classroomPages(): { student: string; teacher: string } {
  const file = (name: string) => readFileSync(join(packageRoot(), 'web', 'classroom', name), 'utf8');
  const common = file('common.js');
  const read = (name: string) =>
    file(name)
      .replace('/*STRINGS*/', () => scriptJson(CLASSROOM_TEXT))
      .replace('/*COMMON*/', () => common);
  return { student: read('student.html'), teacher: read('teacher.html') };
}
