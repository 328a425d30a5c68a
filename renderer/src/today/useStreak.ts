import { useLiveQuery } from 'dexie-react-hooks';
import { toIsoDate } from '../../../shared/domain/dates';
import { currentStreak } from '../../../shared/domain/streak';
import { entryDays } from '../db/repo/entries';

function daysBefore(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return toIsoDate(new Date(y, m - 1, d - days));
}

/**
 * The current streak, from the distinct dates in the `[deleted+date]` index — a window of days at
 * a time, widening only while the streak fills the window — never from entry bodies.
 */
export async function streakFromIndex(today: string): Promise<number> {
  let window = 60;
  for (;;) {
    const days = await entryDays(daysBefore(today, window), today);
    const streak = currentStreak(days, today);
    if (streak < window - 1 || window > 40_000) return streak;
    window *= 4;
  }
}

export function useStreak(today: string): number | undefined {
  return useLiveQuery(() => streakFromIndex(today), [today]);
}
