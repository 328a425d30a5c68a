import { useLiveQuery } from 'dexie-react-hooks';
import {
  countByKind,
  daysWrittenByMonth,
  entriesPerWeek,
  streaks,
  type MonthCount,
  type WeekCounts,
} from '../../../shared/domain/insights/activity';
import type { Period } from '../../../shared/domain/insights/days';
import type { EntryKind } from '../../../shared/domain/records';
import { entryKindDates, journalSpan } from '../db/repo/insights';

export interface Activity {
  entries: number;
  daysWritten: number;
  /** The longest run inside the period. */
  longest: { days: number; from: string | null; to: string | null };
  weeks: WeekCounts[];
  months: MonthCount[];
  byKind: Partial<Record<EntryKind, number>>;
}

/** The first and last day with an entry (for "All"). */
export function useJournalSpan(): Period | null | undefined {
  return useLiveQuery(() => journalSpan(), []);
}

/**
 * Activity from index keys only (kind and date of each entry in the period), on the main thread:
 * this is the first chart, so it waits for nothing else (the current streak and the heatmap are
 * read beside it). Follows writes through the live query.
 */
export function useActivity(period: Period, weekStart: number): Activity | undefined {
  return useLiveQuery(async () => {
    const inPeriod = await entryKindDates(period);
    const counts = new Map<string, number>();
    for (const r of inPeriod) counts.set(r.date, (counts.get(r.date) ?? 0) + 1);
    const inside = streaks(counts.keys(), period.from);
    return {
      entries: inPeriod.length,
      daysWritten: counts.size,
      longest: { days: inside.longest, from: inside.longestFrom, to: inside.longestTo },
      weeks: entriesPerWeek(inPeriod, period, weekStart),
      months: daysWrittenByMonth(counts.keys(), period),
      byKind: countByKind(inPeriod, period),
    };
  }, [period.from, period.to, weekStart]);
}
