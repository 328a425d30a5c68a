/**
 * Calendar dates are stored as local `YYYY-MM-DD` strings: a journal entry belongs to the day the
 * person lived it, not to a UTC instant, so it must not move when they travel across time zones.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function toIsoDate(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/**
 * The local calendar day an instant fell on (`2026-11-22T23:30:00.000Z` is the 23rd in Auckland and
 * the 22nd in Los Angeles). Every comparison of an instant with a calendar day goes through this,
 * never through the UTC date in the instant's first ten characters.
 */
export function localDateOf(instant: string): string {
  return toIsoDate(new Date(instant));
}

export function todayIsoDate(now: Date = new Date()): string {
  return toIsoDate(now);
}
