import { useLiveQuery } from 'dexie-react-hooks';
import { rollUpReview, type ReviewRollUp } from '../../../shared/domain/oneonones/review';
import { localDateOf } from '../../../shared/domain/dates';
import { doneActionItems } from '../db/repo/actionItems';
import { findReview, type FoundReview, type ReviewKey } from '../db/repo/reviews';
import { latestCheckIns } from '../db/repo/checkIns';
import { liveObjectives } from '../db/repo/objectives';
import { checkInsInPeriod, entriesInPeriod } from '../db/repo/oneOnOneQueries';

export interface ReviewData {
  rollUp: ReviewRollUp;
  /** The review of this period (found by cadence and period), to continue rather than duplicate. */
  review: FoundReview;
}

export function useReviewData(key: ReviewKey): ReviewData | undefined {
  const { cadence, period } = key;
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
      localDateOf,
    });
    return { rollUp, review: await findReview(key) };
  }, [cadence, period.from, period.to]);
}
