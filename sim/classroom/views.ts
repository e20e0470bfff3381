import type { Debrief } from './debrief.js';
import type { Session } from './session.js';
import { NEUTRAL_CHOICE } from './county.js';
import type { Locale } from '../i18n/format.js';

/** Where the class joins and where the teacher steers (and the join address as a terminal QR code). */
export interface Links {
  student: string;
  teacher: string;
  qr?: string;
  /** The join address's QR code, a string of 0 and 1 per row. */
  qrModules?: string[];
}

const debriefs = new WeakMap<Session, Debrief>();

/** The debrief of an ended session (set once by whoever ends it). */
export function setDebrief(session: Session, d: Debrief): void {
  debriefs.set(session, d);
}

/** A department's name in each language the pages speak: its `names` entry, else its name, else its id. */
export type LocalName = Record<Locale, string>;
const names = (s: Session): Record<string, LocalName> =>
  Object.fromEntries(
    s.scenario.departments.map((d) => {
      const en = d.name ?? d.id;
      return [d.id, { en, 'zh-CN': d.names?.['zh-CN'] ?? en }];
    }),
  );

/** What one student's phone shows: their own department only. */
export function studentView(s: Session, token: string) {
  const st = s.students.get(token)!;
  const c = s.county;
  const d = s.departments.indexOf(st.department);
  const ranking = c.ranking();
  const last = c.week - 1;
  return {
    t: 'view',
    token,
    name: st.name,
    department: st.department,
    departmentName: names(s)[st.department],
    week: c.week,
    weeks: c.weeks,
    status: s.status,
    done: c.done,
    you: last >= 0 ? c.departmentWeek(d, last) : null,
    rank: ranking.findIndex((r) => r.department === st.department) + 1,
    of: ranking.length,
    choice: s.pending.get(st.department) ?? s.inForce.get(st.department) ?? NEUTRAL_CHOICE,
    chosenThisWeek: st.chosenWeek === c.week,
  };
}

/** The projector: the county week by week, the ranking, who has decided, and the debrief at the end. */
export function teacherView(s: Session, links: Links, pace: number) {
  const c = s.county;
  const deptNames = names(s);
  return {
    t: 'county',
    week: c.week,
    weeks: c.weeks,
    status: s.status,
    done: c.done,
    pace,
    links: { student: links.student, qr: links.qrModules ?? [] },
    // The charts draw dates and shade the campaigns, the whole calendar known from the start.
    start: s.scenario.calendar.start,
    campaignOfDay: Array.from(c.sim.state.campaignOfDay),
    departments: s.scenario.departments.map((d) => ({ id: d.id, name: deptNames[d.id] })),
    students: [...s.students.values()].map((x) => ({ token: x.token, name: x.name, department: x.department, decided: x.chosenWeek === c.week, weeks: x.weeksChosen })),
    series: Array.from({ length: c.week }, (_, w) => c.countyWeek(w)),
    ranking: c.ranking().map((r) => ({ ...r, name: deptNames[r.department] })),
    debrief: debriefs.get(s) ?? null,
  };
}
