import type { Period } from '../../../../shared/domain/oneonones/period';
import type { CheckIn, Entry } from '../../../../shared/domain/records';
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
