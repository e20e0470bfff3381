import { z } from 'zod';
import { DisplayName, Id, ItemsPerDay, NonNegative, Positive, Share } from './common.js';

/** A field's metadata: what it means, its unit (none for a choice or a list of ids), and the source of its default. */
const d = (description: string, unit?: string, source?: string) => ({ description, ...(unit && { unit }), ...(source && { source }) });

/**
 * Shared duties: work whose owner is not fixed, only a list of departments that may own it (case B:
 * job training involves the poverty office, education and labour). Each duty is also an event
 * category for a command centre and a line of the "list of powers" for a whistle.
 */
export const SharedDuty = z
  .object({
    id: Id,
    name: DisplayName.optional().meta(d('Name shown in reports.')),
    departments: z.array(Id).min(1).meta(d('Departments (by id) that may own the work; a whistle calls all of them, a conference convenes all of them. The first listed leads.', undefined, 'case B: job training = poverty office, education, labour; case C: the list of powers; case D: the eight event categories')),
    itemsPerDay: ItemsPerDay.default(1).meta(d('Problems a day that arise, on official working days.', 'items/day', 'scenario-specific')),
    effortHours: Positive.default(6).meta(d('Mean effort of one problem in hours of fresh work (a whistle splits it among the departments it calls).', 'hours/item', 'about a day\'s work, as regular items')),
    effortCv: z.number().min(0).max(3).default(0.5).meta(d('Spread of effort: coefficient of variation of a lognormal (0 = every problem the same).', 'ratio', 'as regular items')),
    deadlineDays: z.number().int().min(1).max(3650).default(10).meta(d('Days from arising to the deadline for closing it.', 'days', 'two working weeks; case D\'s city target is a day to closure')),
    rateFormula: z
      .string()
      .min(1)
      .optional()
      .meta(d('Optional mathjs formula for a multiplier of the rate by day (a burst of whistles): variables `day` (0-based), `weekday` (0=Mon..6=Sun), `month` (1-12), `campaign` (1 while a campaign runs).', 'multiplier', 'a burst of whistles (case C)')),
  })
  .strict();
export type SharedDuty = z.infer<typeof SharedDuty>;

/** Outside actors (case E) that can take some shared duties with their own capacity. */
export const Partner = z
  .object({
    id: Id,
    name: DisplayName.optional().meta(d('Name shown in reports.')),
    kind: z.enum(['social-organisation', 'enterprise', 'village-committee']).meta(d('What kind of outside actor this is (case E: society, market, community).', undefined, 'case E: society, market, community')),
    duties: z.array(Id).min(1).meta(d('Shared duties (by id) the partner is able to take.', undefined, 'scenario-specific (case E)')),
    hoursPerDay: Positive.meta(d('Hours of fresh work the partner puts in on an official working day.', 'hours/day', 'a partner\'s own capacity (case E)')),
    reliability: Share.default(0.8).meta(d('Chance a task the partner finishes is really settled; otherwise it comes back whole to wait for an owner.', 'share', 'case E: outside effort "drifts" without clear tasks and assessment')),
    maxBacklogDays: NonNegative.default(3).meta(d('The partner takes no more open work than this many days of its capacity.', 'days', 'partners do not hoard work')),
    afterDays: z.number().int().min(0).max(365).default(1).meta(d('Government leads: the partner takes only tasks that have waited this many days without an owner.', 'days', 'case E: government leads, others fill in')),
  })
  .strict();
export type Partner = z.infer<typeof Partner>;

/** How departments claim or pass unowned work by themselves (whenever nobody assigns it). */
export const Claims = z
  .object({
    claimChance: Share.default(0.25).meta(d('Chance per working day that the department offered a waiting task claims it, when it weighs shared and regular work equally and has no backlog.', 'chance/day', 'case B: no rule says who acts; with three listed departments about 4 in 10 tasks are passed round in full')),
    loadSensitivity: NonNegative.default(0.5).meta(d('Backlog lowers the claim chance: chance / (1 + this x days of open work per working person).', '1/day of backlog', 'busy departments pass more (case B)')),
    superiorDays: z.number().int().min(0).max(365).default(10).meta(d('Days superiors take to rule on a task every listed department has passed; their ruling (to the least loaded department) sticks.', 'days', 'leaders\' attention is scarce: two working weeks')),
  })
  .strict();
export type Claims = z.infer<typeof Claims>;

/** A coordinating office (case B); one knob, `strength`, scales how much, how soon and how firmly it assigns. */
export const Office = z
  .object({
    strength: Share.default(0.5).meta(d('0 = an office in name only, 1 = full authority to assign. Sets tasks assigned a day, delay, and the chance an assignment sticks.', 'share', 'case B: "little authority" (weak: 0.2 in case-b-weak-office.yaml; strong: 0.9, the proposed remedy)')),
    itemsPerDayAtFull: ItemsPerDay.default(20).meta(d('Tasks a working day the office can assign at strength 1 (it assigns strength x this).', 'items/day', 'enough for a county\'s shared load at full strength')),
    delayDaysAtZero: z.number().int().min(0).max(60).default(5).meta(d('Days a task waits before the office takes it up, at strength 0 (it waits floor((1 - strength) x this)).', 'days', 'a working week before a powerless office acts')),
  })
  .strict();
export type Office = z.infer<typeof Office>;

/** Whistle-and-report (case C). */
export const Whistle = z
  .object({
    share: Share.default(1).meta(d('Share of shared problems the street blows the whistle on; the rest wait for a claim.', 'share', 'the street whistles on the problems it finds; "neither too low nor too high" is the comparison to run')),
    responseDays: z.number().int().min(0).max(30).default(0).meta(d('Days after the whistle by which each called department must have done its part (0 = the same working day; Pinggu: on site within 30 minutes).', 'days', 'Pinggu: on site within 30 minutes and stay until done; a daily model can only say "the same day"')),
    departmentShare: Share.default(0.2).meta(d('Share of whistles blown by one of the listed departments rather than the street.', 'share', 'case C: departments may whistle too')),
    onSiteOverhead: NonNegative.default(0.25).meta(d('Extra hours of a called department\'s part for turning up jointly on site, as a share of its part.', 'share of a part', 'turning up jointly costs travel and waiting on site')),
  })
  .strict();
export type Whistle = z.infer<typeof Whistle>;

/** Command centre with triage and joint conferences (case D). */
export const CommandCentre = z
  .object({
    policy: z
      .enum(['escalate-when-needed', 'always-convene'])
      .default('escalate-when-needed')
      .meta(d('`escalate-when-needed` convenes a joint conference only when the assigned department has not closed the event within the limit; `always-convene` convenes one for every event assigned.', undefined, 'case D: the nine joint conferences meet only when one department cannot solve a problem')),
    communityShare: Share.default(0.3).meta(d('Share of events triage settles at community level, without a department.', 'share', 'case D: residents\' own matters are settled in the community (0.4 in the shipped scenario)')),
    escalateAfterDays: z.number().int().min(0).max(365).default(3).meta(d('Days an assigned department has to close an event before it is escalated to a joint conference.', 'days', 'case D\'s later city targets: a day to closure; 2 in the shipped scenario')),
    conferenceHours: NonNegative.default(6).meta(d('Staff-hours of meeting each department on the event\'s list spends on one joint conference.', 'staff-hours/department/conference', 'a half-day meeting of two or three people from each department')),
    authority: Share.default(1).meta(d('Chance an assignment by the centre sticks (otherwise it is handed back and reassigned the next working day).', 'share', 'the centre assigns with the district\'s authority')),
  })
  .strict();
export type CommandCentre = z.infer<typeof CommandCentre>;

/** Two-way assessment: the street (whistle) or the centre scores the departments it calls. */
export const Assessment = z
  .object({
    initialScore: Share.default(0.8).meta(d('Score at the start (share of calls done within the limit).', 'share', 'a department starts with a fair record')),
    learning: Share.default(0.05).meta(d('Weight of each new call in the score (exponential average).', 'share/call', 'the score reflects the last twenty-odd calls')),
    feedback: NonNegative.default(1).meta(d('A poor score raises the department\'s weight on shared work: x (1 + feedback x (1 - score)).', 'factor', 'case C: the street\'s assessment counts in the department\'s own; effort drifts to what is measured (Holmström–Milgrom)')),
  })
  .strict();
export type Assessment = z.infer<typeof Assessment>;

/** Who does shared work whose owner is not fixed (cases B-E). */
export const Coordination = z
  .object({
    mechanism: z
      .enum(['none', 'office', 'whistle', 'command-centre'])
      .default('none')
      .meta(d('How shared work finds an owner: departments claim or pass it (`none`), a coordinating `office`, `whistle`-and-report, or a `command-centre` with joint conferences.', undefined, 'the mechanism a scenario compares (cases B–E); `none`: departments left to claim, as in case B')),
    claims: Claims.prefault({}).meta(d('How departments claim or pass shared work nobody assigns.')),
    office: Office.prefault({}).meta(d('The coordinating office (mechanism `office`).')),
    whistle: Whistle.prefault({}).meta(d('Whistle-and-report (mechanism `whistle`).')),
    commandCentre: CommandCentre.prefault({}).meta(d('Command centre and joint conferences (mechanism `command-centre`).')),
    assessment: Assessment.prefault({}).meta(d('Two-way assessment of departments by the street or the centre (whistle and command centre).')),
  })
  .strict();
export type Coordination = z.infer<typeof Coordination>;

/** The fields the cross-checks below need (structural, so this file need not import the whole scenario). */
interface SharedDutiesContext {
  departments: readonly { id: string }[];
  sharedDuties: readonly SharedDuty[];
  partners: readonly Partner[];
  coordination: Coordination;
}

/** Cross-field rules: duties and partners name known departments and duties; a mechanism has work to coordinate. */
export function checkSharedDuties(s: SharedDutiesContext, ctx: z.RefinementCtx): void {
  const depts = new Set(s.departments.map((d) => d.id));
  const duties = new Set<string>();
  s.sharedDuties.forEach((duty, i) => {
    if (duties.has(duty.id)) {
      ctx.addIssue({ code: 'custom', path: ['sharedDuties', i, 'id'], message: `duplicate shared duty id "${duty.id}"; give each shared duty its own id` });
    }
    duties.add(duty.id);
    const listed = new Set<string>();
    duty.departments.forEach((d, j) => {
      if (!depts.has(d)) {
        ctx.addIssue({
          code: 'custom',
          path: ['sharedDuties', i, 'departments', j],
          message: `shared duty "${duty.id}" names department "${d}", which is not in departments; use one of ${[...depts].join(', ')}`,
        });
      } else if (listed.has(d)) {
        ctx.addIssue({ code: 'custom', path: ['sharedDuties', i, 'departments', j], message: `department "${d}" is listed twice for shared duty "${duty.id}"` });
      }
      listed.add(d);
    });
  });
  const partners = new Set<string>();
  s.partners.forEach((p, i) => {
    if (partners.has(p.id)) {
      ctx.addIssue({ code: 'custom', path: ['partners', i, 'id'], message: `duplicate partner id "${p.id}"; give each partner its own id` });
    }
    partners.add(p.id);
    p.duties.forEach((d, j) => {
      if (!duties.has(d)) {
        ctx.addIssue({
          code: 'custom',
          path: ['partners', i, 'duties', j],
          message: `partner "${p.id}" names shared duty "${d}", which is not in sharedDuties${duties.size ? `; use one of ${[...duties].join(', ')}` : '; add it to sharedDuties'}`,
        });
      }
    });
  });
  if (s.coordination.mechanism !== 'none' && s.sharedDuties.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['coordination', 'mechanism'],
      message: `coordination.mechanism is "${s.coordination.mechanism}" but there are no sharedDuties to coordinate; add sharedDuties or use mechanism "none"`,
    });
  }
}
