import { useLiveQuery } from 'dexie-react-hooks';
import { todayIsoDate } from '../../../shared/domain/dates';
import { deriveObjectiveProgress } from '../../../shared/domain/progress';
import type { Objective } from '../../../shared/domain/records';
import { isOverdue, isStale } from '../../../shared/domain/stale';
import { latestCheckIns } from '../db/repo/checkIns';
import { keyResultsOfObjectives } from '../db/repo/keyResults';
import { liveObjectives } from '../db/repo/objectives';

export interface ObjectiveRow {
  objective: Objective;
  progress: number | null;
  lastCheckIn: string | null;
  stale: boolean;
  overdue: boolean;
}

/**
 * Every objective not in the trash with what the list shows about it. Reads objectives, their key
 * results (by the objectiveId index) and one latest check-in per objective; never the journal.
 */
export function useObjectiveRows(staleAfterDays: number | undefined): ObjectiveRow[] | undefined {
  return useLiveQuery(async () => {
    if (staleAfterDays === undefined) return undefined;
    const objectives = await liveObjectives();
    const ids = objectives.map((o) => o.id);
    const [keyResults, latest] = await Promise.all([
      keyResultsOfObjectives(ids),
      latestCheckIns(ids),
    ]);
    const byObjective = new Map<string, typeof keyResults>();
    for (const kr of keyResults) {
      byObjective.set(kr.objectiveId, [...(byObjective.get(kr.objectiveId) ?? []), kr]);
    }
    const today = todayIsoDate();
    return objectives.map((objective) => {
      const checkIn = latest.get(objective.id);
      return {
        objective,
        progress: deriveObjectiveProgress(
          byObjective.get(objective.id) ?? [],
          checkIn ? [checkIn] : [],
        ),
        lastCheckIn: checkIn?.date ?? null,
        stale: isStale(objective, checkIn?.date ?? null, today, staleAfterDays),
        overdue: isOverdue(objective, today),
      };
    });
  }, [staleAfterDays]);
}
