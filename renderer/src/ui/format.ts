/**
 * Display formatting for dates, in the user's locale. Stored dates are local `YYYY-MM-DD`
 * strings (see shared/domain/dates.ts); these turn them into words without shifting the day.
 */
const dayMonthYear = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const monthYear = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' });
const weekdayDayMonth = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
});

/** Parses `YYYY-MM-DD` as a local calendar day (noon, so no DST edge moves it). */
export function fromIsoDate(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y!, (m ?? 1) - 1, d ?? 1, 12);
}

/** "22 Nov 2026" */
export function formatDate(date: string): string {
  return dayMonthYear.format(fromIsoDate(date));
}

/** "Nov 2026", for `YYYY-MM`. */
export function formatMonth(month: string): string {
  return monthYear.format(fromIsoDate(`${month}-01`));
}

/** "Sunday, 22 November" */
export function formatLongDate(date: string): string {
  return weekdayDayMonth.format(fromIsoDate(date));
}
