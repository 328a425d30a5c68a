import { useLiveQuery } from 'dexie-react-hooks';
import {
  countByKind,
  daysWrittenByMonth,
  entriesPerWeek,
  streaks,
  type MonthCount,
  type Streaks,
  type WeekCounts,
} from '../../../shared/domain/insights/activity';
import type { Period } from '../../../shared/domain/insights/days';
import type { EntryKind } from '../../../shared/domain/records';
import { entryKindDates, journalSpan } from '../db/repo/insights';

export interface Activity {
  entries: number;
  daysWritten: number;
  streaks: Streaks;
  weeks: WeekCounts[];
  months: MonthCount[];
  byKind: Partial<Record<EntryKind, number>>;
  /** Entries per day in the year the period ends in, for the heatmap. */
  yearCounts: Map<string, number>;
}

/** The first and last day with an entry (for "All"). */
export function useJournalSpan(): Period | null | undefined {
  return useLiveQuery(() => journalSpan(), []);
}

/**
 * Activity from index keys only (kind and date of each entry), on the main thread: this is the
 * first chart, so it never waits for the worker. Follows writes through the live query.
 */
export function useActivity(
  period: Period,
  weekStart: number,
  today: string,
): Activity | undefined {
  return useLiveQuery(async () => {
    const rows = await entryKindDates(null);
    const inPeriod = rows.filter((r) => r.date >= period.from && r.date <= period.to);
    const counts = new Map<string, number>();
    for (const r of inPeriod) counts.set(r.date, (counts.get(r.date) ?? 0) + 1);
    const year = period.to.slice(0, 4);
    const yearCounts = new Map<string, number>();
    for (const r of rows)
      if (r.date.startsWith(year)) yearCounts.set(r.date, (yearCounts.get(r.date) ?? 0) + 1);
    const all = streaks(
      rows.map((r) => r.date),
      today,
    );
    const inside = streaks(counts.keys(), period.from);
    return {
      entries: inPeriod.length,
      daysWritten: counts.size,
      streaks: {
        ...all,
        longest: inside.longest,
        longestFrom: inside.longestFrom,
        longestTo: inside.longestTo,
      },
      weeks: entriesPerWeek(inPeriod, period, weekStart),
      months: daysWrittenByMonth(counts.keys(), period),
      byKind: countByKind(inPeriod, period),
      yearCounts,
    };
  }, [period.from, period.to, weekStart, today]);
}
