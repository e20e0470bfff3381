import { z } from 'zod';
import { Id, NonNegative, Positive, Share } from './common.js';

/**
 * Shared duties: work whose owner is not fixed, only a list of departments that may own it (case B:
 * job training involves the poverty office, education and labour). Each duty is also an event
 * category for a command centre and a line of the "list of powers" for a whistle.
 */
export const SharedDuty = z
  .object({
    id: Id,
    name: z.string().min(1).optional(),
    /** Departments that may own the work; a whistle calls all of them. At least one, by id. */
    departments: z.array(Id).min(1),
    /** Problems a day that arise, on official working days. */
    itemsPerDay: NonNegative.default(1),
    /** Mean effort of one problem, in hours of fresh work (split among the departments a whistle calls). */
    effortHours: Positive.default(6),
    /** Spread of effort: coefficient of variation of a lognormal. */
    effortCv: z.number().min(0).max(3).default(0.5),
    /** Days from arising to the deadline for closing it. */
    deadlineDays: z.number().int().min(1).max(3650).default(10),
    /**
     * Optional mathjs formula for a multiplier of the rate by day (a burst of whistles): variables `day`,
     * `weekday` (0=Mon..6=Sun), `month` (1-12), `campaign` (1 while a campaign runs).
     */
    rateFormula: z.string().min(1).optional(),
  })
  .strict();
export type SharedDuty = z.infer<typeof SharedDuty>;

/** Outside actors (case E) that can take some shared duties with their own capacity. */
export const Partner = z
  .object({
    id: Id,
    name: z.string().min(1).optional(),
    kind: z.enum(['social-organisation', 'enterprise', 'village-committee']),
    /** Shared duties (by id) the partner is able to take. */
    duties: z.array(Id).min(1),
    /** Hours of fresh work the partner puts in on an official working day. */
    hoursPerDay: Positive,
    /** Chance a task the partner finishes is really settled; otherwise it comes back to wait for an owner. */
    reliability: Share.default(0.8),
    /** The partner takes no more work than this many days of its capacity. */
    maxBacklogDays: NonNegative.default(3),
    /** Government leads: the partner takes only tasks that have waited this many days without an owner. */
    afterDays: z.number().int().min(0).max(365).default(1),
  })
  .strict();
export type Partner = z.infer<typeof Partner>;

/** How departments claim or pass unowned work by themselves (used whenever nobody assigns it). */
export const Claims = z
  .object({
    /** Chance per working day that the department offered a waiting task claims it, at equal weights on shared and regular work and no backlog. */
    claimChance: Share.default(0.25),
    /** Backlog lowers the claim chance: chance / (1 + this x days of open work per working person). */
    loadSensitivity: NonNegative.default(0.5),
    /** Days superiors take to settle a task that every listed department has passed; their ruling sticks. */
    superiorDays: z.number().int().min(0).max(365).default(10),
  })
  .strict();
export type Claims = z.infer<typeof Claims>;

/** A coordinating office (case B); one knob, `strength`, scales how much, how soon and how firmly it assigns. */
export const Office = z
  .object({
    /** 0 = an office in name only, 1 = an office with full authority to assign. */
    strength: Share.default(0.5),
    /** Tasks a working day the office can assign at strength 1 (it assigns strength x this). */
    itemsPerDayAtFull: NonNegative.default(20),
    /** Days a task waits before the office takes it up, at strength 0 (it waits (1 - strength) x this). */
    delayDaysAtZero: z.number().int().min(0).max(60).default(5),
  })
  .strict();
export type Office = z.infer<typeof Office>;

/** Whistle-and-report (case C). */
export const Whistle = z
  .object({
    /** Share of shared problems the street blows the whistle on; the rest wait for a claim. */
    share: Share.default(1),
    /** Days after the whistle by which each called department must have done its part (0 = the same day). */
    responseDays: z.number().int().min(0).max(30).default(0),
    /** Share of whistles blown by one of the listed departments rather than the street. */
    departmentShare: Share.default(0.2),
    /** Extra hours of a called department's part for turning up jointly on site, as a share of its part. */
    onSiteOverhead: NonNegative.default(0.25),
  })
  .strict();
export type Whistle = z.infer<typeof Whistle>;

/** Command centre with triage and joint conferences (case D). */
export const CommandCentre = z
  .object({
    /** `escalate-when-needed` convenes a joint conference only when the owner fails within the limit; `always-convene` convenes one for every assigned event. */
    policy: z.enum(['escalate-when-needed', 'always-convene']).default('escalate-when-needed'),
    /** Share of events triage settles at community level, without a department. */
    communityShare: Share.default(0.3),
    /** Days an assigned department has to close an event before it is escalated. */
    escalateAfterDays: z.number().int().min(0).max(365).default(3),
    /** Staff-hours of meeting each department on the event's list spends on one joint conference. */
    conferenceHours: NonNegative.default(6),
    /** Chance an assignment by the centre sticks (otherwise it is passed back and reassigned). */
    authority: Share.default(1),
  })
  .strict();
export type CommandCentre = z.infer<typeof CommandCentre>;

/** Two-way assessment: the street (whistle) or the centre scores the departments it calls. */
export const Assessment = z
  .object({
    /** Score at the start (share of calls answered in time). */
    initialScore: Share.default(0.8),
    /** Weight of each new call in the score (exponential average). */
    learning: Share.default(0.05),
    /** A poor score raises the department's weight on shared work: x (1 + feedback x (1 - score)). */
    feedback: NonNegative.default(1),
  })
  .strict();
export type Assessment = z.infer<typeof Assessment>;

/** Who does shared work whose owner is not fixed (cases B-E). */
export const Coordination = z
  .object({
    mechanism: z.enum(['none', 'office', 'whistle', 'command-centre']).default('none'),
    claims: Claims.prefault({}),
    office: Office.prefault({}),
    whistle: Whistle.prefault({}),
    commandCentre: CommandCentre.prefault({}),
    assessment: Assessment.prefault({}),
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
