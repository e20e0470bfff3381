import { fieldByField } from './field-by-field.js';

/** Whole-day calendar arithmetic, in UTC so that no machine's time zone can shift a day. */
export const DAY_MS = 86_400_000;
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type WeekdayName = (typeof WEEKDAYS)[number];

export interface Calendar {
  readonly days: number;
  readonly startMs: number;
  /** 0 = Monday .. 6 = Sunday. */
  readonly weekday: Uint8Array;
  /** 1 = January .. 12 = December. */
  readonly month: Uint8Array;
  /** 1 where the day is a weekly rest day or a public holiday. */
  readonly restDay: Uint8Array;
}

export function parseDate(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

export function dateOf(cal: Calendar, day: number): string {
  return new Date(cal.startMs + day * DAY_MS).toISOString().slice(0, 10);
}

export function buildCalendar(start: string, days: number, weekend: readonly WeekdayName[], holidays: readonly string[]): Calendar {
  const startMs = parseDate(start);
  const weekday = new Uint8Array(days);
  const month = new Uint8Array(days);
  const restDay = new Uint8Array(days);
  const weekendIdx = new Set(weekend.map((w) => WEEKDAYS.indexOf(w)));
  for (let d = 0; d < days; d++) {
    const dt = new Date(startMs + d * DAY_MS);
    weekday[d] = (dt.getUTCDay() + 6) % 7;
    month[d] = dt.getUTCMonth() + 1;
    if (weekendIdx.has(weekday[d])) restDay[d] = 1;
  }
  for (const h of holidays) {
    const d = Math.round((parseDate(h) - startMs) / DAY_MS);
    if (d >= 0 && d < days) restDay[d] = 1;
  }
  return fieldByField<Calendar>({ days, startMs, weekday, month, restDay });
}
