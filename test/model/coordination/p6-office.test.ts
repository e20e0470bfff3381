import { describe, expect, it } from 'vitest';
import { medianWait, pairedDiff, REPLICATES, runCounty, seedKey, shareGreater, smallCounty } from './county.js';

/**
 * P6: with a weak office, shared work waits longer for an owner and is passed on more often than with
 * a strong office. Same county and seed keys in both arms, so both see the same shared problems.
 */
describe('P6: weak versus strong coordination office', () => {
  const weak = smallCounty({ mechanism: 'office', office: { strength: 0.2 } });
  const strong = smallCounty({ mechanism: 'office', office: { strength: 0.9 } });
  const arms = [weak, strong].map((s) =>
    Array.from({ length: REPLICATES }, (_, r) => {
      const run = runCounty(s, seedKey(r));
      return {
        problems: run.sum.shared_problems,
        wait: run.sum.shared_wait_days / run.sum.shared_assigned,
        median: medianWait(run.state),
        passes: run.sum.shared_passes / run.sum.shared_problems,
        escalations: run.sum.shared_escalations / run.sum.shared_problems,
      };
    }),
  );
  const [w, s] = arms;
  const col = (a: typeof w, k: keyof (typeof w)[number]) => a.map((x) => x[k]);

  it('pairs see the same shared problems', () => expect(col(w, 'problems')).toEqual(col(s, 'problems')));

  it('shared work waits longer for an owner under the weak office', () => {
    expect(shareGreater(col(w, 'wait'), col(s, 'wait'))).toBeGreaterThanOrEqual(0.95);
    expect(pairedDiff(col(w, 'wait'), col(s, 'wait')).lo).toBeGreaterThan(0);
    expect(shareGreater(col(w, 'median'), col(s, 'median'))).toBeGreaterThanOrEqual(0.9);
  });

  it('shared work is passed on more often under the weak office', () => {
    expect(shareGreater(col(w, 'passes'), col(s, 'passes'))).toBeGreaterThanOrEqual(0.95);
    expect(pairedDiff(col(w, 'passes'), col(s, 'passes')).lo).toBeGreaterThan(0);
  });

  it('and goes up to the superiors more often', () => {
    expect(shareGreater(col(w, 'escalations'), col(s, 'escalations'))).toBeGreaterThanOrEqual(0.9);
  });
});
