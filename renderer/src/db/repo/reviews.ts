import type { ReviewPromptId } from '../../../../shared/domain/oneonones/review';
import {
  checkInSchema,
  objectiveSchema,
  type CheckIn,
  type Entry,
  type ObjectiveStatus,
} from '../../../../shared/domain/records';
import { db } from '../db';
import { entryTables, newEntry, saveEntry } from './entries';
import { newRecordBase, nextUpdatedAt, nowIso } from './records';
import { validate, ValidationError } from './validation';

export interface ReviewObjectiveUpdate {
  objectiveId: string;
  /** A new check-in, when the user gave a progress figure. */
  checkIn: { progress: number; confidence: number; note: string } | null;
  /** A new status, when the user changed it. */
  status: ObjectiveStatus | null;
}

export interface ReviewInput {
  /** An existing review entry to update, or null for a new one. */
  entryId: string | null;
  title: string;
  date: string;
  answers: Record<ReviewPromptId, string>;
  updates: ReviewObjectiveUpdate[];
}

/**
 * Saves a review as one `review` entry and applies its objective updates (check-ins, status
 * changes) in the same transaction: every record is validated before any is written, so a refused
 * update leaves the entry unsaved too.
 */
export async function saveReview(input: ReviewInput): Promise<Entry> {
  const hasAnswer = Object.values(input.answers).some((a) => a.trim() !== '');
  if (!hasAnswer && input.updates.length === 0) {
    throw new ValidationError('Review', [
      { field: 'answers', message: 'needs at least one answer or objective update' },
    ]);
  }
  return db.transaction('rw', [...entryTables(), db.objectives, db.checkIns], async () => {
    const now = nowIso();
    const existing = input.entryId ? await db.entries.get(input.entryId) : undefined;
    const draft: Entry = {
      ...(existing ?? newEntry('review', input.date, input.entryId ?? undefined)),
      title: input.title,
      date: input.date,
      answers: { ...(existing?.answers ?? {}), ...input.answers },
    };

    const checkIns: CheckIn[] = [];
    const objectives = [];
    for (const update of input.updates) {
      const objective = await db.objectives.get(update.objectiveId);
      if (!objective || objective.deleted === 1) {
        throw new ValidationError('Review', [
          { field: 'objectiveId', message: 'names an objective that is not there' },
        ]);
      }
      if (update.checkIn) {
        checkIns.push(
          validate(
            checkInSchema,
            {
              ...newRecordBase(now),
              objectiveId: objective.id,
              date: input.date,
              progress: update.checkIn.progress,
              confidence: update.checkIn.confidence,
              blockers: '',
              note: update.checkIn.note,
            },
            'Check-in',
          ),
        );
      }
      if (update.status && update.status !== objective.status) {
        objectives.push(
          validate(
            objectiveSchema,
            {
              ...objective,
              status: update.status,
              achievedAt: update.status === 'achieved' ? now : objective.achievedAt,
              updatedAt: nextUpdatedAt(objective.updatedAt, now),
            },
            'Objective',
          ),
        );
      }
    }

    const outcome = await saveEntry(draft);
    if (!outcome.saved) {
      throw new ValidationError('Review', [{ field: 'answers', message: 'is empty' }]);
    }
    if (checkIns.length > 0) await db.checkIns.bulkAdd(checkIns);
    if (objectives.length > 0) await db.objectives.bulkPut(objectives);
    return outcome.entry;
  });
}
