import { useLiveQuery } from 'dexie-react-hooks';
import type { Period } from '../../../shared/domain/oneonones/period';
import { rollUpReview, type ReviewRollUp } from '../../../shared/domain/oneonones/review';
import { toIsoDate } from '../../../shared/domain/dates';
import type { Entry } from '../../../shared/domain/records';
import { doneActionItems } from '../db/repo/actionItems';
import { latestCheckIns } from '../db/repo/checkIns';
import { liveObjectives } from '../db/repo/objectives';
import { checkInsInPeriod, entriesInPeriod } from '../db/repo/oneOnOneQueries';

export interface ReviewData {
  rollUp: ReviewRollUp;
  /** A review already saved for this period (same title), to continue rather than duplicate. */
  existing: Entry | null;
}

export function useReviewData(period: Period, title: string): ReviewData | undefined {
  return useLiveQuery(async () => {
    const objectives = await liveObjectives();
    const [entries, checkIns, done] = await Promise.all([
      entriesInPeriod(period),
      checkInsInPeriod(period),
      doneActionItems(),
    ]);
    // The review lists active objectives and those checked in during the period.
    const shown = new Set([
      ...objectives.filter((o) => o.status === 'active').map((o) => o.id),
      ...checkIns.map((c) => c.objectiveId),
    ]);
    const before = await latestCheckIns([...shown], period.from);
    const rollUp = rollUpReview({
      period,
      entries,
      checkIns,
      checkInsBefore: before,
      objectives,
      actionItems: done,
      localDateOf: (instant) => toIsoDate(new Date(instant)),
    });
    const existing = entries.find((e) => e.kind === 'review' && e.title === title) ?? null;
    return { rollUp, existing };
  }, [period.from, period.to, title]);
}
