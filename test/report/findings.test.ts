import { describe, expect, it } from 'vitest';
import { sweepSentence } from '../../sim/report/findings.js';
import type { SummaryRow } from '../../sim/runner/contract.js';

const row = (strength: number, metric: string, mean: number): SummaryRow => ({
  point: `p${strength}`,
  values: { 'coordination.office.strength': strength },
  window: 'overall',
  unit: 'county',
  metric,
  n: 5,
  mean,
  sd: 0.1,
  ci_low: mean - 0.1,
  ci_high: mean + 0.1,
});

describe('a sweep states its finding', () => {
  it('names the parameter in words, and the verb agrees whatever the measure (a plural label too)', () => {
    const rows = [row(0.1, 'shared_passes', 5100), row(0.5, 'shared_passes', 5900), row(0.9, 'shared_passes', 480)];
    const s = sweepSentence('shared_passes', rows, ['coordination.office.strength']);
    expect(s).toMatch(/^Raising office strength \(coordination\.office\.strength\) from 0\.1 to 0\.9 lowered the passes of shared work: from 5100 \(95% CI/);
    const up = sweepSentence('shared_passes', [row(0.1, 'shared_passes', 400), row(0.9, 'shared_passes', 800)], ['coordination.office.strength']);
    expect(up).toContain(' raised the passes of shared work: from 400');
  });
});
