import type { Scenario } from '../scenario/schema/index.js';
import { ClassCounty, type Choice } from './county.js';

/**
 * What happens in a classroom session, as data. The server appends each event to the session's log
 * before it takes effect, and a resumed server replays the log through the same `apply`, so the
 * state after a restart is the state before it.
 */
export type SessionEvent =
  | { e: 'join'; token: string; name: string; department: string }
  | { e: 'choose'; token: string; week: number; choice: Choice }
  | { e: 'step' }
  | { e: 'pause' }
  | { e: 'resume' }
  | { e: 'end' }
  | { e: 'kick'; token: string }
  | { e: 'move'; token: string; department: string };

export interface Student {
  token: string;
  name: string;
  department: string;
  /** The week of the student's last choice, or -1. */
  chosenWeek: number;
  /** Weeks in which the student sent a choice. */
  weeksChosen: number;
}

export type Status = 'running' | 'paused' | 'ended';

/** Why an event cannot take effect (shown to whoever sent it). */
export class Refused extends Error {}

/**
 * The session: who heads which department, the choices of the week under way, and the county they
 * run. Several students may share a department (more students than departments): the last choice
 * any of them makes in a week is the department's.
 */
export class Session {
  readonly county: ClassCounty;
  readonly students = new Map<string, Student>();
  /** Choices of the week under way, by department. */
  readonly pending = new Map<string, Choice>();
  /** The choice in force for each department (the last one made). */
  readonly inForce = new Map<string, Choice>();
  status: Status = 'running';

  constructor(readonly scenario: Scenario, seedKey: string) {
    this.county = new ClassCounty(scenario, seedKey);
  }

  get departments(): string[] {
    return this.scenario.departments.map((d) => d.id);
  }

  /** The department a new student gets: the one with fewest heads, ties in scenario order. */
  nextDepartment(): string {
    const count = new Map(this.departments.map((d) => [d, 0]));
    for (const s of this.students.values()) count.set(s.department, count.get(s.department)! + 1);
    let best = this.departments[0];
    for (const d of this.departments) if (count.get(d)! < count.get(best)!) best = d;
    return best;
  }

  /** Whether an event may take effect now; throws Refused with the reason if not. */
  check(ev: SessionEvent): void {
    if (this.status === 'ended' && ev.e !== 'join') throw new Refused('the session has ended');
    switch (ev.e) {
      case 'choose': {
        if (!this.students.has(ev.token)) throw new Refused('unknown student');
        if (ev.week !== this.county.week) throw new Refused(`week ${ev.week} is not the week under way (${this.county.week})`);
        if (this.county.done) throw new Refused('the county has reached its horizon');
        return;
      }
      case 'step':
        if (this.county.done) throw new Refused('the county has reached its horizon');
        return;
      case 'kick':
        if (!this.students.has(ev.token)) throw new Refused('unknown student');
        return;
      case 'move':
        if (!this.students.has(ev.token)) throw new Refused('unknown student');
        if (!this.departments.includes(ev.department)) throw new Refused(`no department "${ev.department}"`);
        return;
      default:
        return;
    }
  }

  apply(ev: SessionEvent): void {
    switch (ev.e) {
      case 'join':
        this.students.set(ev.token, { token: ev.token, name: ev.name, department: ev.department, chosenWeek: -1, weeksChosen: 0 });
        return;
      case 'choose': {
        const s = this.students.get(ev.token)!;
        if (s.chosenWeek !== ev.week) s.weeksChosen++;
        s.chosenWeek = ev.week;
        this.pending.set(s.department, ev.choice);
        return;
      }
      case 'step':
        for (const [d, c] of this.pending) this.inForce.set(d, c);
        this.county.runWeek(this.pending);
        this.pending.clear();
        return;
      case 'pause':
        if (this.status === 'running') this.status = 'paused';
        return;
      case 'resume':
        if (this.status === 'paused') this.status = 'running';
        return;
      case 'end':
        // The county runs on to its horizon with the heads' last decisions (they hold until changed),
        // so the session is the same whole run that `deptsim run` gives from the export.
        while (!this.county.done) {
          for (const [d, c] of this.pending) this.inForce.set(d, c);
          this.county.runWeek(this.pending);
          this.pending.clear();
        }
        this.status = 'ended';
        return;
      case 'kick':
        this.students.delete(ev.token);
        return;
      case 'move':
        this.students.get(ev.token)!.department = ev.department;
        return;
    }
  }
}
