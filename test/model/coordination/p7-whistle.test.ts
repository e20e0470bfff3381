import { describe, expect, it } from 'vitest';
import { pairedDiff, REPLICATES, runCounty, seedKey, shareGreater, smallCounty } from './county.js';

/**
 * P7: whistle-and-report shortens the time to deal with shared problems compared with no
 * coordination; but a burst of whistles beyond the departments' capacity drags regular work down,
 * because calls come first.
 */
describe('P7: whistle-and-report', () => {
  it('deals with shared problems sooner than no coordination', () => {
    const none = smallCounty({ mechanism: 'none' });
    const whistle = smallCounty({ mechanism: 'whistle' });
    const lead = (s: typeof none) =>
      Array.from({ length: REPLICATES }, (_, r) => {
        const run = runCounty(s, seedKey(r));
        return run.sum.lead_days_shared / run.sum.done_shared;
      });
    const a = lead(none);
    const b = lead(whistle);
    expect(shareGreater(a, b)).toBeGreaterThanOrEqual(0.95);
    expect(pairedDiff(a, b).lo).toBeGreaterThan(0);
  });

  it('a burst of whistles beyond capacity drags regular work down and breaks response limits', () => {
    // Burst: days 60-89 (a clean-up drive), twelve times the usual whistle rate.
    const BURST = 'day >= 60 and day < 90 ? 12 : 1';
    const normal = smallCounty({ mechanism: 'whistle' });
    const burst = smallCounty({ mechanism: 'whistle' }, {
      sharedDuties: normal.sharedDuties.map((d) => ({ ...d, rateFormula: BURST })),
    });
    const measure = (s: typeof normal) =>
      Array.from({ length: REPLICATES }, (_, r) => {
        const run = runCounty(s, seedKey(r), 60, 90);
        return {
          regularLead: run.sum.lead_days_regular / run.sum.done_regular,
          regularHours: run.sum.hours_regular,
          backlog: run.last.backlog_hours_regular,
          breaches: run.sum.response_breaches,
        };
      });
    const n = measure(normal);
    const b = measure(burst);
    const col = (a: typeof n, k: keyof (typeof n)[number]) => a.map((x) => x[k]);
    expect(shareGreater(col(b, 'regularLead'), col(n, 'regularLead'))).toBeGreaterThanOrEqual(0.95);
    expect(shareGreater(col(b, 'backlog'), col(n, 'backlog'))).toBeGreaterThanOrEqual(0.95);
    expect(shareGreater(col(n, 'regularHours'), col(b, 'regularHours'))).toBeGreaterThanOrEqual(0.9);
    expect(pairedDiff(col(b, 'breaches'), col(n, 'breaches')).lo).toBeGreaterThan(0);
  });
});
