import { describe, expect, it } from 'vitest';
import { plural, unitAfter } from '../../sim/report/text.js';
import { bySizeThatMatters, differenceSentence, sweepSentence } from '../../sim/report/findings.js';
import { sweepHeadline } from '../../sim/report/headlines.js';
import type { DifferenceRow, SummaryRow } from '../../sim/runner/contract.js';

/** Made-up result tables, one per shape a sweep can take: the sentences must name the shape. */
const P = 'coordination.office.strength';
const row = (strength: number, metric: string, mean: number): SummaryRow => ({
  point: `p${strength}`,
  values: { [P]: strength },
  window: 'overall',
  unit: 'county',
  metric,
  n: 5,
  mean,
  sd: 50,
  ci_low: mean - 40,
  ci_high: mean + 40,
});
const table = (means: number[]) => means.map((m, i) => row([0.1, 0.3, 0.5, 0.7, 0.9][i], 'shared_passes', m));
const sentence = (means: number[]) => sweepSentence('shared_passes', table(means), [P])!;
const headline = (means: number[]) => sweepHeadline('shared_passes', table(means), [P])!;

describe('a sweep states its finding by its shape', () => {
  it('a rise then a fall (the office-strength sweep): not "lowered", but both moves with intervals', () => {
    const means = [5145, 5895, 444];
    const s = sentence(means);
    expect(s).not.toMatch(/lowered|raised/);
    expect(s).toMatch(/^As office strength \(coordination\.office\.strength\) rose from 0\.1 to 0\.5, the passes of shared work did not move one way: it rose from 5,145 \(95% CI 5,105 to 5,185\) to 5,895 \(95% CI 5,855 to 5,935\) at 0\.3, then fell to 444 times \(95% CI 404 to 484\) at 0\.5 \(county, whole run, mean of the replicates\)\.$/);
    expect(headline(means)).toBe('As office strength rose from 0.1 to 0.5, the passes of shared work rose to 5,895 at 0.3, then fell to 444 times');
  });

  it('a fall then a rise', () => {
    expect(sentence([900, 300, 350, 800])).toMatch(/it fell from 900 .* to 300 .* at 0\.3, then rose to 800 times .* at 0\.7/);
    expect(headline([900, 300, 350, 800])).toMatch(/fell to 300 at 0\.3, then rose to 800 times$/);
  });

  it('steadily up or down: the verb, "at every step", the ends with their intervals', () => {
    expect(sentence([400, 600, 800])).toMatch(/^Raising office strength \(coordination\.office\.strength\) from 0\.1 to 0\.5 raised the passes of shared work at every step: from 400 \(95% CI/);
    expect(sentence([800, 600, 600, 400])).toMatch(/ lowered the passes of shared work: from 800 .* to 400 times/);
    expect(sentence([400, 800])).toMatch(/ raised the passes of shared work: from 400/);
    expect(headline([800, 600, 400])).toMatch(/^Raising office strength from 0\.1 to 0\.5 cut the passes of shared work from 800 to 400/);
  });

  it('flat: about the same, never a direction', () => {
    expect(sentence([500.2, 500.1, 500.3])).not.toMatch(/rose|fell|raised|lowered/);
    expect(sentence([500.2, 500.1, 500.3])).toMatch(/left the passes of shared work about the same/);
  });

  it('up and down more than once: lowest and highest named, no direction claimed', () => {
    const s = sentence([500, 900, 300, 700, 600]);
    expect(s).toMatch(/went up and down: lowest 300 times \(95% CI .*\) at 0\.5, highest 900 times \(95% CI .*\) at 0\.3/);
    expect(s).not.toMatch(/raised|lowered/);
  });
});

/** Made-up differences: an hour off a day's lead time, certain by its paired seeds; an eight-day wait cut to nothing. */
const diff = (metric: string, base: number, arm: number, effect: number): DifferenceRow => ({
  arm: 'strong',
  baseline: 'weak',
  window: 'overall',
  unit: 'county',
  metric,
  n: 40,
  baseline_mean: base,
  arm_mean: arm,
  diff_mean: arm - base,
  diff_sd: Math.abs(arm - base) / Math.abs(effect),
  effect,
  ci_low: (arm - base) * 1.1,
  ci_high: (arm - base) * 0.9,
  arm_higher: 0,
  baseline_higher: 1,
  ties: 0,
});

describe('a comparison ranks its findings by the size that matters', () => {
  const hour = diff('regular_lead_days_mean', 1.11, 1.07, -30);
  const wait = diff('shared_wait_days_mean', 8.0, 0.1, -12);
  it('an hour on a day is small, an eight-day wait cut is large, whatever the standardised difference', () => {
    expect(differenceSentence(hour)).toMatch(/: a small change \(−3\.6%; difference .*; standardised difference −30\.0; lower in 40 of 40 paired replicates\)\.$/);
    expect(differenceSentence(wait)).toMatch(/: a large change \(−99%; .*standardised difference −12\.0/);
    // The hour has the larger standardised difference, the wait the larger change: the wait comes first.
    expect([hour, wait].sort(bySizeThatMatters)).toEqual([wait, hour]);
  });

  it('an unclear change ranks after clear ones, however large', () => {
    const unclear = { ...diff('fatigue_mean', 0.2, 0.3, 0.2), ci_low: -0.05, ci_high: 0.25 };
    expect([unclear, hour].sort(bySizeThatMatters)).toEqual([hour, unclear]);
    expect(differenceSentence(unclear)).toMatch(/did not clearly change/);
  });
});

describe('plural rules', () => {
  it('one task, two tasks; one department; units after exactly one only', () => {
    expect(unitAfter('1', 'tasks')).toBe('task');
    expect(unitAfter('1', 'items/person/week')).toBe('item/person/week');
    expect(unitAfter('1', 'people')).toBe('person');
    expect(unitAfter('1.0', 'days')).toBe('days');
    expect(unitAfter('2', 'tasks')).toBe('tasks');
    expect(plural(1, 'department')).toBe('1 department');
    expect(plural(1200, 'run')).toBe('1,200 runs');
  });
});
