import { z } from 'zod';
import { Calendar } from './calendar.js';
import { Campaign } from './campaign.js';
import { checkSharedDuties, Coordination, Partner, SharedDuty } from './coordination.js';
import { MAX_DESCRIPTION_CHARS, MAX_LIST_ENTRIES, ScenarioName } from './common.js';
import { Department } from './department.js';
import { Decisions } from './decisions.js';
import { Inspection, Pay, Staff } from './staff.js';
import { Report } from './report.js';
import { Sweep } from './sweep.js';

/** Switches: each mechanism can be turned off to see what it contributes. */
export const Mechanisms = z
  .object({
    fatigue: z.boolean().default(true).meta({ description: 'Fatigue builds and lowers output; off = staff never tire.' }),
    shirking: z.boolean().default(true).meta({ description: 'Staff may shirk hours; off = every demanded hour is worked.' }),
    inspection: z.boolean().default(true).meta({ description: 'Spot checks catch and deter shirkers.' }),
    sickness: z.boolean().default(true).meta({ description: 'High fatigue brings sick days.' }),
    rework: z.boolean().default(true).meta({ description: 'Faulty output must be redone.' }),
    secondment: z.boolean().default(true).meta({ description: 'Campaigns second staff to a headquarters.' }),
    reversals: z.boolean().default(true).meta({ description: 'Campaign policy reversals discard work done.' }),
  })
  .strict();
export type Mechanisms = z.infer<typeof Mechanisms>;

export const Outputs = z
  .object({
    daily: z.boolean().default(true).meta({ description: 'Write daily.csv (one row per day and department). Off = summary only.' }),
  })
  .strict();

export const ScenarioObject = z
  .object({
    $schema: z.string().optional().meta({ description: 'JSON Schema reference for editors; ignored by the model.' }),
    name: ScenarioName.meta({ description: 'Name of the scenario, shown in reports and tables (results go to reports/<file name>-<6 hex of its path>/ unless --out says otherwise).' }),
    description: z.string().max(MAX_DESCRIPTION_CHARS).default('').meta({ description: 'What the scenario asks or shows, in words (shown in reports and to a class).' }),
    seed: z.number().int().min(0).max(2 ** 32 - 1).default(1).meta({ description: 'Random seed: the same seed gives the same results.' }),
    replicates: z.number().int().min(1).max(100_000).default(1).meta({ description: 'Independent runs, each with its own random streams, for means and confidence intervals.', unit: 'runs' }),
    calendar: Calendar.prefault({}),
    staff: Staff.prefault({}),
    inspection: Inspection.prefault({}),
    pay: Pay.prefault({}),
    departments: z.array(Department).min(1).max(MAX_LIST_ENTRIES).meta({ description: 'The departments (at least one), each with its headcount and regular duties.' }),
    campaigns: z.array(Campaign).max(MAX_LIST_ENTRIES).default([]).meta({ description: 'Campaign windows, in date order, not overlapping, inside the horizon.' }),
    sharedDuties: z.array(SharedDuty).max(MAX_LIST_ENTRIES).default([]),
    partners: z.array(Partner).max(MAX_LIST_ENTRIES).default([]),
    coordination: Coordination.prefault({}),
    mechanisms: Mechanisms.prefault({}).meta({ description: 'Switches: turn a mechanism off to see what it contributes.' }),
    outputs: Outputs.prefault({}).meta({ description: 'Which files a run writes besides summary.json.' }),
    sweep: Sweep.optional(),
    report: Report.prefault({}).meta({ description: 'What reports of this scenario show first.' }),
    decisions: Decisions.optional().meta({ description: 'Department heads\' weekly decisions (written by `deptsim classroom`): applied from the first day of each week, in the order given.' }),
  })
  .strict();

const DAY_MS = 86_400_000;
const dayIndex = (start: string, date: string) =>
  Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY_MS);

/** Rules that span fields: unique ids, campaigns inside the horizon and not overlapping. */
export const Scenario = ScenarioObject.superRefine((s, ctx) => {
  const seen = new Map<string, number>();
  s.departments.forEach((d, i) => {
    if (seen.has(d.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['departments', i, 'id'],
        message: `duplicate department id "${d.id}" (also at departments[${seen.get(d.id)}]); give each department its own id`,
      });
    } else seen.set(d.id, i);
  });
  const seenC = new Map<string, number>();
  let prevEnd = -Infinity;
  s.campaigns.forEach((c, i) => {
    if (seenC.has(c.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['campaigns', i, 'id'],
        message: `duplicate campaign id "${c.id}"; give each campaign its own id`,
      });
    } else seenC.set(c.id, i);
    const from = dayIndex(s.calendar.start, c.start);
    const to = from + c.days;
    if (from < 0 || to > s.calendar.days) {
      ctx.addIssue({
        code: 'custom',
        path: ['campaigns', i, from < 0 ? 'start' : 'days'],
        message: `campaign "${c.id}" runs days ${from}..${to - 1} but the horizon is days 0..${s.calendar.days - 1}; move its start or lengthen calendar.days`,
      });
    }
    if (from < prevEnd) {
      ctx.addIssue({
        code: 'custom',
        path: ['campaigns', i, 'start'],
        message: `campaign "${c.id}" starts before the previous campaign ends; campaigns must not overlap (list them in date order)`,
      });
    }
    prevEnd = Math.max(prevEnd, to);
  });
  checkSharedDuties(s, ctx);
  checkDecisions(s, ctx);
  if (s.mechanisms.secondment) checkSecondmentFits(s, ctx);
  const zp = s.staff.productivity;
  if (zp.zeroHours <= zp.kneeHours) {
    ctx.addIssue({
      code: 'custom',
      path: ['staff', 'productivity', 'zeroHours'],
      message: `zeroHours (${zp.zeroHours}) must be greater than kneeHours (${zp.kneeHours})`,
    });
  }
});

/** Decisions name departments of the scenario and weeks inside its horizon. */
function checkDecisions(s: z.infer<typeof ScenarioObject>, ctx: z.RefinementCtx): void {
  const ids = new Set(s.departments.map((d) => d.id));
  const weeks = Math.ceil(s.calendar.days / 7);
  (s.decisions ?? []).forEach((d, i) => {
    if (!ids.has(d.department)) {
      ctx.addIssue({ code: 'custom', path: ['decisions', i, 'department'], message: `decision for "${d.department}", which is not a department of this scenario; use one of ${[...ids].join(', ')}` });
    }
    if (d.week >= weeks) {
      ctx.addIssue({ code: 'custom', path: ['decisions', i, 'week'], message: `week ${d.week} is past the horizon (weeks 0..${weeks - 1})` });
    }
  });
}

/**
 * A campaign cannot second more people than the departments may give (each at most
 * maxShareOfDepartment of its headcount): the model would silently second fewer.
 */
function checkSecondmentFits(s: z.infer<typeof ScenarioObject>, ctx: z.RefinementCtx): void {
  s.campaigns.forEach((c, i) => {
    const sec = c.secondment;
    // Only meaningful once every headcount is valid (a bad headcount has its own error already).
    if (sec.total === 0 || s.departments.some((d) => !(d.headcount >= 1))) return;
    const room = s.departments.reduce((a, d) => a + Math.floor(sec.maxShareOfDepartment * d.headcount), 0);
    if (sec.total > room) {
      ctx.addIssue({
        code: 'custom',
        path: ['campaigns', i, 'secondment', 'total'],
        message: `campaign "${c.id}" seconds ${sec.total} people but the departments may give at most ${room} (maxShareOfDepartment ${sec.maxShareOfDepartment} of each headcount); lower total or raise maxShareOfDepartment`,
      });
    }
  });
}

/** A validated scenario with every default filled in: the model's only input. */
export type Scenario = z.infer<typeof Scenario>;
/** What a user may write: every defaulted field optional. */
export type ScenarioInput = z.input<typeof Scenario>;

export { Calendar, Campaign, Coordination, Department, Inspection, Pay, Staff };
export { dayIndex };
