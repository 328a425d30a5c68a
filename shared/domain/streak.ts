import { toIsoDate } from './dates';

function previousDay(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return toIsoDate(new Date(y, m - 1, d - 1));
}

/**
 * The current streak: consecutive days with at least one entry, ending today — or yesterday, so
 * the streak is not "lost" in the morning before today's entry is written.
 * `days` are the dates that have entries (any order, duplicates allowed).
 */
export function currentStreak(days: Iterable<string>, today: string): number {
  const set = new Set(days);
  let day = set.has(today) ? today : previousDay(today);
  let count = 0;
  while (set.has(day)) {
    count++;
    day = previousDay(day);
  }
  return count;
}
