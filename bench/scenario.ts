import { Scenario } from '../sim/scenario/schema/index.js';

const DAY_MS = 86_400_000;
const START = '2017-01-02';
const dateAfter = (days: number) => new Date(Date.parse(`${START}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/**
 * A synthetic county for scaling runs: `departments` departments of `headcount` staff over `days`
 * days, one campaign over the middle fifth (secondment, cancelled rest days, reversals), so every
 * phase of the day does its work. Only size changes between scaling points.
 */
export function syntheticCounty(departments: number, headcount: number, days: number): Scenario {
  const campaignDays = Math.max(1, Math.floor(days / 5));
  return Scenario.parse({
    name: `bench-${departments}x${headcount}-${days}d`,
    seed: 1,
    calendar: { start: START, days },
    departments: Array.from({ length: departments }, (_, i) => ({ id: `dept-${i}`, headcount })),
    campaigns: [
      {
        id: 'campaign',
        start: dateAfter(Math.floor((2 * days) / 5)),
        days: campaignDays,
        secondment: { total: Math.floor((departments * headcount) / 20), rule: 'proportional' },
        reversals: { perMonth: 1, discardShare: 0.3 },
      },
    ],
  });
}

export const staffOf = (s: Scenario) => s.departments.reduce((a, d) => a + d.headcount, 0);
