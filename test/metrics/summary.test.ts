import { describe, expect, it } from 'vitest';
import { collectRun } from '../../sim/library/collect-run.js';
import { windowsOf } from '../../sim/metrics/windows.js';
import { usesOf, type HourKind } from '../../sim/measures/hour-uses.js';
import type { WindowMeasureName } from '../../sim/measures/measures.js';
import { scenario } from '../model/helpers.js';

describe('honest measures', () => {
  it('shirking is a share of scheduled working hours: it does not move with workload alone', () => {
    const county = (itemsPerStaffDay: number) =>
      scenario({ name: 'load', calendar: { start: '2020-01-06', days: 120 }, departments: [{ id: 'a', headcount: 40, regular: { itemsPerStaffDay } }] });
    const light = collectRun(county(0.4), 'load/1', { daily: false }).summary.windows.find((w) => w.id === 'overall')!.county;
    const heavy = collectRun(county(0.95), 'load/1', { daily: false }).summary.windows.find((w) => w.id === 'overall')!.county;
    // Nothing in the choice to shirk depends on the queue (no fatigue builds at 8-hour days), so the
    // same people shirk the same hours; only idle time differs between the two loads.
    expect(heavy.idle_hours_per_staff_week).toBeLessThan(light.idle_hours_per_staff_week - 5);
    expect(heavy.shirk_rate!).toBeCloseTo(light.shirk_rate!, 12);
    // The whole week is accounted for: hours on duties plus the measure of every other use of a
    // working day (sim/measures/hour-uses.ts) = hours at work; with rest and sick, = capacity.
    const measures = (...kinds: HourKind[]) => usesOf(...kinds).map((u) => u.weekly!.measure as WindowMeasureName);
    const [otherWork, atWork, off] = [measures('other work'), measures('other work', 'not worked'), measures('off')];
    expect(atWork).toContain('idle_hours_per_staff_week');
    for (const w of [light, heavy]) {
      const parts = atWork.reduce((a, m) => a + (w[m] as number), w.duty_hours_per_staff_week);
      expect(parts).toBeCloseTo(w.scheduled_hours_per_staff_week, 9);
      expect(w.worked_hours_per_staff_week).toBeCloseTo(otherWork.reduce((a, m) => a + (w[m] as number), w.duty_hours_per_staff_week), 9);
      expect(off.reduce((a, m) => a + (w[m] as number), parts)).toBeGreaterThan(w.scheduled_hours_per_staff_week);
    }
  });

  it('the baseline starts after the warm-up, and a campaign cuts the warm-up short', () => {
    const days = new Int16Array(200).fill(-1);
    days.fill(0, 100, 150);
    const w = windowsOf(days, ['drive'], 28);
    expect(w.map((x) => [x.id, x.from, x.to])).toEqual([
      ['warmup', 0, 28],
      ['baseline', 28, 100],
      ['drive', 100, 150],
      ['after', 150, 200],
      ['overall', 28, 200],
    ]);
    const early = new Int16Array(60).fill(-1);
    early.fill(0, 10, 40);
    expect(windowsOf(early, ['drive'], 28).map((x) => x.id)).toEqual(['warmup', 'drive', 'after', 'overall']);
  });
});
