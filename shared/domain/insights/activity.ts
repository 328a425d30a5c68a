import type { EntryKind } from '../records';
import {
  addDays,
  dayNumber,
  fromDayNumber,
  monthOf,
  monthsBetween,
  weekStartOf,
  type Period,
} from './days';

export interface Streaks {
  /** Consecutive days ending today, or yesterday (today is not over yet). */
  current: number;
  longest: number;
  /** The longest run's first and last day; null when nothing was written. */
  longestFrom: string | null;
  longestTo: string | null;
}

/** Current and longest run of consecutive days with at least one entry. */
export function streaks(days: Iterable<string>, today: string): Streaks {
  const numbers = [...new Set(days)].map(dayNumber).sort((a, b) => a - b);
  let longest = 0;
  let longestEnd = -1;
  let run = 0;
  for (let i = 0; i < numbers.length; i++) {
    run = i > 0 && numbers[i] === numbers[i - 1]! + 1 ? run + 1 : 1;
    if (run > longest) {
      longest = run;
      longestEnd = numbers[i]!;
    }
  }
  const set = new Set(numbers);
  let day = dayNumber(today);
  if (!set.has(day)) day--;
  let current = 0;
  while (set.has(day)) {
    current++;
    day--;
  }
  return {
    current,
    longest,
    longestFrom: longest ? fromDayNumber(longestEnd - longest + 1) : null,
    longestTo: longest ? fromDayNumber(longestEnd) : null,
  };
}

export interface MonthCount {
  month: string;
  days: number;
}

/** Distinct days written in each month of the period (months with none are included, as 0). */
export function daysWrittenByMonth(days: Iterable<string>, period: Period): MonthCount[] {
  const counts = new Map(monthsBetween(period.from, period.to).map((m) => [m, 0]));
  for (const day of new Set(days)) {
    if (day < period.from || day > period.to) continue;
    const month = monthOf(day);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  return [...counts].map(([month, n]) => ({ month, days: n }));
}

export interface WeekCounts {
  /** The week's first day. */
  week: string;
  total: number;
  byKind: Partial<Record<EntryKind, number>>;
}

/** Entries per week of the period, by kind; every week of the period is present. */
export function entriesPerWeek(
  rows: readonly { date: string; kind: EntryKind }[],
  period: Period,
  weekStart: number,
): WeekCounts[] {
  const weeks = new Map<string, WeekCounts>();
  for (let w = weekStartOf(period.from, weekStart); w <= period.to; w = addDays(w, 7)) {
    weeks.set(w, { week: w, total: 0, byKind: {} });
  }
  for (const row of rows) {
    if (row.date < period.from || row.date > period.to) continue;
    const bucket = weeks.get(weekStartOf(row.date, weekStart));
    if (!bucket) continue;
    bucket.total++;
    bucket.byKind[row.kind] = (bucket.byKind[row.kind] ?? 0) + 1;
  }
  return [...weeks.values()];
}

/** Entries of each kind in the period. */
export function countByKind(
  rows: readonly { date: string; kind: EntryKind }[],
  period: Period,
): Partial<Record<EntryKind, number>> {
  const counts: Partial<Record<EntryKind, number>> = {};
  for (const row of rows) {
    if (row.date < period.from || row.date > period.to) continue;
    counts[row.kind] = (counts[row.kind] ?? 0) + 1;
  }
  return counts;
}
