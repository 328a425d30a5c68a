import { useLiveQuery } from 'dexie-react-hooks';
import type {
  Activity,
  CheckIn,
  Entry,
  KeyResult,
  Objective,
} from '../../../shared/domain/records';
import { activitiesOf } from '../db/repo/activities';
import { checkInsOf } from '../db/repo/checkIns';
import { evidenceFor } from '../db/repo/evidence';
import { keyResultsOf } from '../db/repo/keyResults';
import { getObjective } from '../db/repo/objectives';

export interface ObjectiveData {
  objective: Objective;
  keyResults: KeyResult[];
  activities: Activity[];
  checkIns: CheckIn[];
  evidence: Entry[];
}

/** One objective and everything hanging off it, live; null when absent or in the trash. */
export function useObjective(id: string): ObjectiveData | null | undefined {
  return useLiveQuery(async () => {
    const objective = await getObjective(id);
    if (!objective || objective.deleted === 1) return null;
    const [keyResults, activities, checkIns, evidence] = await Promise.all([
      keyResultsOf(id),
      activitiesOf(id),
      checkInsOf(id),
      evidenceFor(id),
    ]);
    return { objective, keyResults, activities, checkIns, evidence };
  }, [id]);
}
