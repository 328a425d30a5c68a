import { Dexie } from 'dexie';
import type { Period } from '../../../../shared/domain/oneonones/period';
import type { CheckIn, Entry, Objective } from '../../../../shared/domain/records';
import { db } from '../db';

/** Live entries dated inside a period, by the `[deleted+date]` index: never every entry. */
export function entriesInPeriod(period: Period): Promise<Entry[]> {
  return db.entries
    .where('[deleted+date]')
    .between([0, period.from], [0, period.to], true, true)
    .toArray();
}

export async function checkInsInPeriod(period: Period): Promise<CheckIn[]> {
  const rows = await db.checkIns
    .where('date')
    .between(period.from, period.to, true, true)
    .toArray();
  return rows.filter((c) => c.deleted === 0);
}

export async function liveObjectives(): Promise<Objective[]> {
  const rows = await db.objectives.toArray();
  return rows.filter((o) => o.deleted === 0);
}

/**
 * Per objective, its latest live check-in — before a day when `before` is given — by the
 * `[objectiveId+date]` index, walking back from the newest (one or two reads per objective).
 */
export async function latestCheckIns(
  objectiveIds: readonly string[],
  before?: string,
): Promise<Map<string, CheckIn>> {
  const result = new Map<string, CheckIn>();
  await Promise.all(
    objectiveIds.map(async (id) => {
      const upper = before ?? Dexie.maxKey;
      const found = await db.checkIns
        .where('[objectiveId+date]')
        .between([id, Dexie.minKey], [id, upper], true, before === undefined)
        .reverse()
        .filter((c) => c.deleted === 0)
        .first();
      if (found) result.set(id, found);
    }),
  );
  return result;
}
