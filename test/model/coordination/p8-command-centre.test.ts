import { describe, expect, it } from 'vitest';
import { pairedDiff, REPLICATES, runCounty, seedKey, shareGreater, smallCounty } from './county.js';

/**
 * P8: a command centre that escalates to a joint conference only when the assigned department fails
 * within the limit resolves shared work with fewer staff-hours of meetings than one that convenes a
 * conference every time.
 */
describe('P8: escalate when needed versus always convene', () => {
  const centre = { communityShare: 0.3, escalateAfterDays: 2, conferenceHours: 6 };
  const whenNeeded = smallCounty({ mechanism: 'command-centre', commandCentre: { ...centre, policy: 'escalate-when-needed' } });
  const always = smallCounty({ mechanism: 'command-centre', commandCentre: { ...centre, policy: 'always-convene' } });
  const measure = (s: typeof always) =>
    Array.from({ length: REPLICATES }, (_, r) => {
      const run = runCounty(s, seedKey(r));
      return {
        done: run.sum.done_shared,
        arrived: run.sum.arrived_shared,
        meetingsPerDone: run.sum.hours_meetings / run.sum.done_shared,
        conferences: run.sum.conferences,
      };
    });
  const e = measure(whenNeeded);
  const a = measure(always);
  const col = (x: typeof e, k: keyof (typeof e)[number]) => x.map((y) => y[k]);

  it('spends fewer meeting staff-hours per shared task resolved', () => {
    expect(shareGreater(col(a, 'meetingsPerDone'), col(e, 'meetingsPerDone'))).toBeGreaterThanOrEqual(0.95);
    expect(pairedDiff(col(a, 'meetingsPerDone'), col(e, 'meetingsPerDone')).lo).toBeGreaterThan(0);
  });

  it('still resolves about as much shared work (within 3%)', () => {
    for (let r = 0; r < REPLICATES; r++) {
      expect(e[r].done / e[r].arrived).toBeGreaterThan(0.97 * (a[r].done / a[r].arrived));
    }
  });

  it('convenes conferences only for some events', () => {
    const conv = col(e, 'conferences');
    expect(conv.some((c) => c > 0)).toBe(true);
    expect(shareGreater(col(a, 'conferences'), conv)).toBe(1);
  });
});
