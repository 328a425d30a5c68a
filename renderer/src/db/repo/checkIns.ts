import { Dexie } from 'dexie';
import { checkInSchema, type CheckIn } from '../../../../shared/domain/records';
import { isValidIsoDate } from '../../../../shared/domain/dates';
import { latestCheckIn } from '../../../../shared/domain/progress';
import { db } from '../db';
import { newRecordBase, softDelete } from './records';
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

/**
 * Per objective, its latest live check-in — strictly before a day when `before` is given. The
 * newest date comes from the `[objectiveId+date]` index (walking back past trashed rows); the tie
 * between check-ins of that same day is settled by the one rule in `shared/domain/progress.ts`
 * (`latestCheckIn`: the one written last), never by the index's id order.
 */
export async function latestCheckIns(
  objectiveIds: readonly string[],
  before?: string,
): Promise<Map<string, CheckIn>> {
  const latest = new Map<string, CheckIn>();
  await Promise.all(
    objectiveIds.map(async (id) => {
      const upper = before ?? Dexie.maxKey;
      const newest = await db.checkIns
        .where('[objectiveId+date]')
        .between([id, Dexie.minKey], [id, upper], true, before === undefined)
        .reverse()
        .filter((c) => c.deleted === 0)
        .first();
      if (!newest) return;
      const sameDay = await db.checkIns
        .where('[objectiveId+date]')
        .equals([id, newest.date])
        .toArray();
      const found = latestCheckIn(sameDay);
      if (found) latest.set(id, found);
    }),
  );
  return latest;
}

/** Moves a check-in entered by mistake to the trash (a tombstone, so it can sync). */
export async function removeCheckIn(id: string): Promise<void> {
  await softDelete(db.checkIns, id);
}
