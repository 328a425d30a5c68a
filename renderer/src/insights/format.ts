import { dayNumber } from '../../../shared/domain/insights/days';

/** Unix seconds at UTC midnight of a calendar date: chart x positions that ignore time zones. */
export const daySeconds = (iso: string): number => dayNumber(iso) * 86_400;

const utc = { timeZone: 'UTC' } as const;
export const shortDay = new Intl.DateTimeFormat(undefined, {
  ...utc,
  day: 'numeric',
  month: 'short',
});
export const longDay = new Intl.DateTimeFormat(undefined, {
  ...utc,
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
export const monthYear = new Intl.DateTimeFormat(undefined, {
  ...utc,
  month: 'short',
  year: 'numeric',
});
export const weekdayName = new Intl.DateTimeFormat(undefined, { ...utc, weekday: 'long' });

export const fmtDay = (iso: string) => longDay.format(new Date(daySeconds(iso) * 1000));
export const fmtMonth = (month: string) =>
  monthYear.format(new Date(daySeconds(`${month}-01`) * 1000));
/** A chart axis label for Unix seconds. */
export const axisDay = (seconds: number) => shortDay.format(new Date(seconds * 1000));
export const axisMonth = (seconds: number) => monthYear.format(new Date(seconds * 1000));
/** 2026-11-22 was a Sunday: weekday names from a fixed week. */
export const weekdayLabel = (weekday: number) =>
  weekdayName.format(new Date(Date.UTC(2026, 10, 22 + weekday)));

export const one = (value: number | null): string => (value === null ? '—' : value.toFixed(1));
export const plural = (n: number, word: string, many = `${word}s`) =>
  `${n} ${n === 1 ? word : many}`;
