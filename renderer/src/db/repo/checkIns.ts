import { Dexie } from 'dexie';
import { checkInSchema, type CheckIn } from '../../../../shared/domain/records';
import { isValidIsoDate } from '../../../../shared/domain/dates';
import { db } from '../db';
import { newRecordBase, nextUpdatedAt, nowIso } from './records';
import { validate, ValidationError, type FieldProblem } from './validation';

export interface CheckInDraft {
  date: string;
  /** Percent, 0–100. */
  progress: number;
  /** 1–5. */
  confidence: number;
  blockers: string;
  note: string;
}

export function checkCheckIn(draft: CheckInDraft): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (draft.date.trim() === '') problems.push({ field: 'date', message: 'cannot be empty' });
  else if (!isValidIsoDate(draft.date)) {
    problems.push({ field: 'date', message: 'is not a date (use YYYY-MM-DD)' });
  }
  if (!Number.isFinite(draft.progress) || draft.progress < 0 || draft.progress > 100) {
    problems.push({ field: 'progress', message: 'must be a number from 0 to 100' });
  }
  if (!Number.isInteger(draft.confidence) || draft.confidence < 1 || draft.confidence > 5) {
    problems.push({ field: 'confidence', message: 'must be from 1 to 5' });
  }
  return problems;
}

export async function addCheckIn(objectiveId: string, draft: CheckInDraft): Promise<CheckIn> {
  const problems = checkCheckIn(draft);
  if (problems.length) throw new ValidationError('Check-in', problems);
  return db.transaction('rw', db.objectives, db.checkIns, async () => {
    if (!(await db.objectives.get(objectiveId))) {
      throw new ValidationError('Check-in', [{ field: 'objectiveId', message: 'does not exist' }]);
    }
    const checkIn = validate(
      checkInSchema,
      { ...newRecordBase(), objectiveId, ...draft },
      'Check-in',
    );
    await db.checkIns.add(checkIn);
    return checkIn;
  });
}

/** An objective's check-ins, oldest first, through the [objectiveId+date] index. */
export async function checkInsOf(objectiveId: string): Promise<CheckIn[]> {
  const rows = await db.checkIns
    .where('[objectiveId+date]')
    .between([objectiveId, Dexie.minKey], [objectiveId, Dexie.maxKey])
    .toArray();
  return rows
    .filter((c) => c.deleted === 0)
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
}

/** Each objective's latest check-in (one indexed lookup per objective, newest date first). */
export async function latestCheckIns(
  objectiveIds: readonly string[],
): Promise<Map<string, CheckIn>> {
  const latest = new Map<string, CheckIn>();
  await Promise.all(
    objectiveIds.map(async (id) => {
      const rows = await db.checkIns
        .where('[objectiveId+date]')
        .between([id, Dexie.minKey], [id, Dexie.maxKey])
        .reverse()
        .filter((c) => c.deleted === 0)
        .limit(8)
        .toArray();
      // Several check-ins can share the newest date; the one written last wins.
      const newest = rows.sort(
        (a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt),
      )[0];
      if (newest) latest.set(id, newest);
    }),
  );
  return latest;
}

/** Moves a check-in entered by mistake to the trash (a tombstone, so it can sync). */
export async function removeCheckIn(id: string): Promise<void> {
  await db.transaction('rw', db.checkIns, async () => {
    const existing = await db.checkIns.get(id);
    if (!existing || existing.deleted === 1) return;
    const now = nowIso();
    await db.checkIns.put({
      ...existing,
      deleted: 1,
      deletedAt: now,
      updatedAt: nextUpdatedAt(existing.updatedAt, now),
    });
  });
}
