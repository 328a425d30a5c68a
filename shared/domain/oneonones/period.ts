import { isValidIsoDate } from '../dates';

/** A span of local calendar days, both ends included (`YYYY-MM-DD`). */
export interface Period {
  from: string;
  to: string;
}

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y!, m!, d!];
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Calendar arithmetic on `YYYY-MM-DD` strings, done in UTC so no daylight-saving change or time
 * zone can move a day: the string is a local calendar day and stays one.
 */
export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  return fromUtc(Date.UTC(y, m - 1, d + days));
}

export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

export function inPeriod(date: string, period: Period): boolean {
  return date >= period.from && date <= period.to;
}

export function isValidPeriod(period: Period): boolean {
  return isValidIsoDate(period.from) && isValidIsoDate(period.to) && period.from <= period.to;
}

/** The week containing `date`, starting on `weekStart` (0 = Sunday, 1 = Monday, 6 = Saturday). */
export function weekOf(date: string, weekStart: number): Period {
  const [y, m, d] = parts(date);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  const back = (weekday - weekStart + 7) % 7;
  const from = addDays(date, -back);
  return { from, to: addDays(from, 6) };
}

export function monthOf(date: string): Period {
  const [y, m] = parts(date);
  const from = `${y}-${String(m).padStart(2, '0')}-01`;
  return { from, to: fromUtc(Date.UTC(y, m, 0)) };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "22 Nov 2026" — fixed English, for titles and Markdown that must not depend on the locale. */
export function shortDate(date: string): string {
  const [y, m, d] = parts(date);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "16–22 Nov 2026", "28 Nov – 4 Dec 2026", "28 Dec 2026 – 3 Jan 2027". */
export function periodLabel(period: Period): string {
  const [y1, m1, d1] = parts(period.from);
  const [y2, m2, d2] = parts(period.to);
  if (period.from === period.to) return shortDate(period.from);
  if (y1 !== y2) return `${shortDate(period.from)} – ${shortDate(period.to)}`;
  if (m1 !== m2) return `${d1} ${MONTHS[m1 - 1]} – ${d2} ${MONTHS[m2 - 1]} ${y2}`;
  return `${d1}–${d2} ${MONTHS[m2 - 1]} ${y2}`;
}
