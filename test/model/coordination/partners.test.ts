import { describe, expect, it } from 'vitest';
import { pairedDiff, REPLICATES, runCounty, seedKey, shareGreater, smallCounty } from './county.js';

/** Case E: outside partners with capacity of their own take shared work that would otherwise wait. */
describe('outside partners', () => {
  const partners = [
    { id: 'villages', kind: 'village-committee' as const, duties: ['medical', 'housing'], hoursPerDay: 12, reliability: 0.85, afterDays: 1 },
    { id: 'ngo', kind: 'social-organisation' as const, duties: ['training'], hoursPerDay: 8, reliability: 0.8, afterDays: 1 },
  ];
  const without = smallCounty({ mechanism: 'none' });
  const withPartners = smallCounty({ mechanism: 'none' }, { partners });
  const lead = (s: typeof without) =>
    Array.from({ length: REPLICATES }, (_, r) => {
      const run = runCounty(s, seedKey(r));
      return run.sum.lead_days_shared / run.sum.done_shared;
    });

  it('shorten the lead time of shared work', () => {
    const a = lead(without);
    const b = lead(withPartners);
    expect(shareGreater(a, b)).toBeGreaterThanOrEqual(0.95);
    expect(pairedDiff(a, b).lo).toBeGreaterThan(0);
  });
});
