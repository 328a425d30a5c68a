/**
 * Calendar arithmetic on local `YYYY-MM-DD` strings, done in UTC so it never depends on the
 * machine's time zone or its daylight-saving changes: a day is always one day, in Auckland and
 * in Los Angeles alike. (The day an entry belongs to is already fixed in its `date`.)
 */
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a calendar date. */
export function dayNumber(iso: string): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function fromDayNumber(n: number): string {
  const date = new Date(n * DAY_MS);
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(dayNumber(iso) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: string): number {
  return (((dayNumber(iso) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** The first day of the week holding `iso`, for a week that starts on `weekStart`. */
export function weekStartOf(iso: string, weekStart: number): string {
  return addDays(iso, -((weekdayOf(iso) - weekStart + 7) % 7));
}

/** `YYYY-MM`. */
export const monthOf = (iso: string): string => iso.slice(0, 7);

/** Every month from `from` to `to`, inclusive, as `YYYY-MM`. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const endY = Number(to.slice(0, 4));
  const endM = Number(to.slice(5, 7));
  while (y < endY || (y === endY && m <= endM)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return months;
}

/** An inclusive range of calendar days. */
export interface Period {
  from: string;
  to: string;
}

export const inPeriod = (iso: string, period: Period): boolean =>
  iso >= period.from && iso <= period.to;
