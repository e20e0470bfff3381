import type { Scenario } from '../scenario/schema/index.js';
import { MAX_CAMPAIGN_DAYS, MAX_HORIZON_DAYS, MAX_LIST_ENTRIES } from '../scenario/schema/common.js';
import { ExperimentError } from './errors.js';
import { applyValues } from './path.js';

/**
 * The levers a class argues about (the teachers' page's controls, and the settings a page link
 * carries): each reads its current value from a scenario and turns a new value into `--set`-style
 * path values, so a changed scenario is checked by the schema exactly as a sweep point is. Units,
 * ranges and descriptions come from the scenario schema (`schemaPath`), not from here.
 */
export type LeverValue = number | boolean | string;

export interface Lever {
  readonly id: string;
  readonly kind: 'number' | 'boolean' | 'choice';
  /** Path of the field in the scenario's JSON Schema whose unit, range and choices the control shows (`*` = any list entry). */
  readonly schemaPath: readonly string[];
  /** Slider bounds where the schema's range is far wider than a class needs (the schema's still checks). */
  readonly min?: number;
  readonly max?: number;
  readonly step: number;
  /** Whether the lever means anything for this scenario (a whistle rate needs whistles). */
  applies(s: Scenario): boolean;
  get(s: Scenario): LeverValue;
  /** Path values that set the lever (paths as `--set` takes them). */
  values(s: Scenario, v: LeverValue): Record<string, unknown>;
}

const hasCampaigns = (s: Scenario) => s.campaigns.length > 0;
const DAY_MS = 86_400_000;
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);

/** The same field on every campaign. */
function everyCampaign(id: string, field: string, kind: Lever['kind'], step = 1, range: { min?: number; max?: number } = {}, sub?: string): Lever {
  const path = sub ? [sub, field] : [field];
  return {
    id,
    kind,
    schemaPath: ['campaigns', '*', ...path],
    step,
    ...range,
    applies: hasCampaigns,
    get: (s) => {
      const c = s.campaigns[0] as unknown as Record<string, Record<string, LeverValue>>;
      return (sub ? c[sub][field] : (c as unknown as Record<string, LeverValue>)[field]);
    },
    values: (s, v) => Object.fromEntries(s.campaigns.map((_, i) => [['campaigns', i, ...path].join('.'), v])),
  };
}

/** A lever's value as a whole number in its range, or a one-line refusal (the value cut short). */
function whole(lever: string, v: number, min: number, max: number): number {
  if (!Number.isInteger(v) || v < min || v > max) throw new ExperimentError(`${lever} ${String(v).slice(0, 24)}: give a whole number from ${min} to ${max}`);
  return v;
}

/** The gap in days between the end of the first campaign and the start of the second (0 if one). */
function campaignGap(s: Scenario): number {
  if (s.campaigns.length < 2) return 0;
  const [a, b] = s.campaigns;
  return daysBetween(addDays(a.start, a.days), b.start);
}

/**
 * Campaigns laid out evenly from the first one's start: `count` campaigns of `length` days with
 * `gap` days between. Existing campaigns keep their other settings; extra ones copy the last. The
 * horizon grows if the last campaign (and 60 days to watch the recovery) would not fit.
 */
function layout(s: Scenario, change: { count?: number; length?: number; gap?: number }): Record<string, unknown> {
  // Checked before any date is computed or list made: 1e308 days is no date, 1e7 campaigns no list.
  const count = whole('campaigns', change.count ?? s.campaigns.length, 0, MAX_LIST_ENTRIES);
  const length = whole('campaignDays', change.length ?? s.campaigns[0].days, 1, MAX_CAMPAIGN_DAYS);
  const gap = whole('campaignGap', change.gap ?? campaignGap(s), 0, MAX_HORIZON_DAYS);
  const first = s.campaigns[0];
  const campaigns = Array.from({ length: count }, (_, i) => {
    const base = structuredClone(s.campaigns[Math.min(i, s.campaigns.length - 1)]);
    const id = i < s.campaigns.length ? base.id : `campaign-${i + 1}`;
    const name = i < s.campaigns.length ? base.name : `Campaign ${i + 1}`;
    return { ...base, id, ...(name ? { name } : {}), start: addDays(first.start, i * (length + gap)), days: length };
  });
  const out: Record<string, unknown> = { campaigns };
  const end = daysBetween(s.calendar.start, addDays(first.start, count * length + (count - 1) * gap));
  if (count > 0 && end + 60 > s.calendar.days) out['calendar.days'] = end + 60;
  return out;
}

const shared = (s: Scenario) => s.sharedDuties.reduce((a, d) => a + d.itemsPerDay, 0);
const isMechanism = (m: Scenario['coordination']['mechanism']) => (s: Scenario) => s.coordination.mechanism === m;

export const LEVERS: readonly Lever[] = [
  {
    id: 'campaigns', kind: 'number', schemaPath: ['campaigns'], min: 1, max: 6, step: 1,
    applies: hasCampaigns, get: (s) => s.campaigns.length, values: (s, v) => layout(s, { count: Number(v) }),
  },
  {
    id: 'campaignDays', kind: 'number', schemaPath: ['campaigns', '*', 'days'], min: 10, max: 200, step: 5,
    applies: hasCampaigns, get: (s) => s.campaigns[0].days, values: (s, v) => layout(s, { length: Number(v) }),
  },
  {
    id: 'campaignGap', kind: 'number', schemaPath: ['calendar', 'days'], min: 0, max: 180, step: 1,
    applies: hasCampaigns, get: campaignGap, values: (s, v) => layout(s, { gap: Number(v) }),
  },
  everyCampaign('secondedStaff', 'total', 'number', 1, { max: 200 }, 'secondment'),
  everyCampaign('secondmentRule', 'rule', 'choice', 1, {}, 'secondment'),
  everyCampaign('quotaPerDepartment', 'minPerDepartment', 'number', 1, { max: 10 }, 'secondment'),
  everyCampaign('cancelRestDays', 'cancelRestDays', 'boolean'),
  everyCampaign('overtimePaid', 'overtimePaid', 'boolean'),
  everyCampaign('spotChecks', 'inspectionRate', 'number', 0.001, { max: 0.2 }),
  {
    id: 'penalty', kind: 'number', schemaPath: ['inspection', 'penalty'], min: 0, max: 600, step: 10,
    applies: () => true, get: (s) => s.inspection.penalty, values: (_s, v) => ({ 'inspection.penalty': v }),
  },
  {
    id: 'officeStrength', kind: 'number', schemaPath: ['coordination', 'office', 'strength'], step: 0.05,
    applies: isMechanism('office'), get: (s) => s.coordination.office.strength, values: (_s, v) => ({ 'coordination.office.strength': v }),
  },
  {
    id: 'responseDays', kind: 'number', schemaPath: ['coordination', 'whistle', 'responseDays'], max: 10, step: 1,
    applies: isMechanism('whistle'), get: (s) => s.coordination.whistle.responseDays, values: (_s, v) => ({ 'coordination.whistle.responseDays': v }),
  },
  {
    // Whistles a working day: the shared problems' rates scaled together, keeping their mix.
    id: 'whistlesPerDay', kind: 'number', schemaPath: ['sharedDuties', '*', 'itemsPerDay'], min: 0, max: 40, step: 0.5,
    applies: (s) => isMechanism('whistle')(s) && shared(s) > 0,
    get: (s) => Math.round(shared(s) * s.coordination.whistle.share * 100) / 100,
    values: (s, v) => {
      const k = Number(v) / (shared(s) * s.coordination.whistle.share);
      return Object.fromEntries(s.sharedDuties.map((d, i) => [`sharedDuties.${i}.itemsPerDay`, d.itemsPerDay * k]));
    },
  },
];

export const LEVER_BY_ID: ReadonlyMap<string, Lever> = new Map(LEVERS.map((l) => [l.id, l]));

/** Settings: lever id to value, only the levers moved away from the scenario's own value. */
export type Settings = Record<string, LeverValue>;

/** The scenario with these settings applied in lever order (campaign layout first); validated. */
export function applySettings(base: Scenario, settings: Settings, label = 'settings'): Scenario {
  let s = base;
  for (const lever of LEVERS) {
    if (!Object.hasOwn(settings, lever.id)) continue;
    if (!lever.applies(s)) continue;
    s = applyValues(s, lever.values(s, settings[lever.id]), `${label}: ${lever.id}`);
  }
  return s;
}
