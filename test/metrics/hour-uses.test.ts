import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AT_WORK_HOURS, DUTY_HOURS, HOUR_USE_NAMES, HOUR_USES, STACKED_USES, WORKED_HOURS } from '../../sim/measures/hour-uses.js';
import { WINDOW_MEASURES, weeklyHourMeasures, type WindowMeasureName } from '../../sim/measures/measures.js';
import { METRICS, RECORD, type MetricName } from '../../sim/measures/record.js';
import { REPORT_MESSAGES } from '../../sim/i18n/index.js';
import { build } from '../../sim/model/index.js';
import { loadScenario } from '../../sim/scenario/load.js';

/**
 * The uses of an hour are declared once (sim/measures/hour-uses.ts); these check that the table
 * agrees with what it names: the record's columns, the model's per-person arrays, the window
 * measures and the report's legend. That the uses add up to capacity on every tick is
 * test/model/invariants.test.ts.
 */
describe('the uses of an hour', () => {
  it('name every hours column of the record that makes up capacity, and only those', () => {
    // Capacity is the whole; rework is a part of worked hours (booked again inside the duties), not a use of its own.
    const parts = METRICS.filter((m) => m.startsWith('hours_') && m !== 'hours_capacity' && m !== 'hours_rework');
    expect(HOUR_USE_NAMES.map((n) => HOUR_USES[n].metric).sort()).toEqual([...parts].sort());
    for (const n of HOUR_USE_NAMES) expect(RECORD[HOUR_USES[n].metric][1]).toBe('h');
  });

  it("name a per-person array of the model's state for each use", () => {
    const { state } = build(loadScenario(resolve('test/runner/fixtures/small.yaml')), 'uses');
    for (const n of HOUR_USE_NAMES) {
      const arr = (state as unknown as Record<string, unknown>)[HOUR_USES[n].person];
      expect(arr, `${n}: state.${HOUR_USES[n].person}`).toBeInstanceOf(Float64Array);
      expect((arr as Float64Array).length).toBe(state.N);
    }
  });

  it('nest: duties within worked hours within hours at work within all', () => {
    expect(DUTY_HOURS).toEqual(['hours_regular', 'hours_campaign', 'hours_shared']);
    expect(WORKED_HOURS.slice(0, DUTY_HOURS.length)).toEqual(DUTY_HOURS);
    expect(AT_WORK_HOURS.slice(0, WORKED_HOURS.length)).toEqual(WORKED_HOURS);
    expect(AT_WORK_HOURS).not.toContain('hours_rest' satisfies MetricName);
    expect(AT_WORK_HOURS).toContain('hours_idle' satisfies MetricName);
  });

  it('stack in a fixed order with distinct colours and a legend in the report messages', () => {
    expect(STACKED_USES.map((u) => u.stack)).toEqual(HOUR_USE_NAMES.map((_, i) => i));
    expect(new Set(STACKED_USES.map((u) => u.colour)).size).toBe(HOUR_USE_NAMES.length);
    for (const u of STACKED_USES) expect(Object.keys(REPORT_MESSAGES)).toContain(u.legend);
  });

  it("give each use with a weekly measure that measure, in hours per person per week, booked by the use's phase", () => {
    const names = weeklyHourMeasures();
    expect(names.length).toBe(HOUR_USE_NAMES.filter((n) => HOUR_USES[n].weekly).length);
    for (const n of HOUR_USE_NAMES) {
      const weekly = HOUR_USES[n].weekly as { measure: string } | null;
      if (!weekly) continue;
      const m = WINDOW_MEASURES[weekly.measure as WindowMeasureName];
      expect(m, weekly.measure).toBeDefined();
      expect(m.unit).toBe('h/person/week');
      expect(m.phase).toBe(RECORD[HOUR_USES[n].metric][4]);
    }
  });
});
