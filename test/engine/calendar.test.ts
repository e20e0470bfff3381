import { describe, expect, it } from 'vitest';
import { buildCalendar, dateOf } from '../../sim/engine/calendar.js';

describe('calendar', () => {
  it('knows weekdays, weekends and holidays in UTC', () => {
    const cal = buildCalendar('2017-01-02', 14, ['sat', 'sun'], ['2017-01-04', '2016-12-31', '2030-01-01']);
    expect(cal.weekday[0]).toBe(0); // 2017-01-02 was a Monday
    expect(dateOf(cal, 13)).toBe('2017-01-15');
    expect(Array.from(cal.restDay)).toEqual([0, 0, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0, 1, 1]);
    expect(cal.month[0]).toBe(1);
  });
});
