import { actionTo, applyStatusAction } from '../../../../shared/domain/objective-status';
import type { Period } from '../../../../shared/domain/oneonones/period';
import {
  reviewEntryId,
  reviewTitle,
  type ReviewAnswers,
  type ReviewCadence,
  type ReviewObjectiveUpdate,
} from '../../../../shared/domain/oneonones/review-form';
import {
  checkInSchema,
  objectiveSchema,
  type CheckIn,
  type Entry,
} from '../../../../shared/domain/records';
import { db } from '../db';
import { entryTables, newEntry, saveEntry } from './entries';
import { newRecordBase, nextUpdatedAt, nowIso } from './records';
import { validate, ValidationError } from './validation';

export type { ReviewObjectiveUpdate };

/** A review is found by its stable key (cadence and period), never by its title. */
export interface ReviewKey {
  cadence: ReviewCadence;
  period: Period;
}

export interface ReviewInput extends ReviewKey {
  /** The answers typed in this form; the others keep their stored value. */
  answers: Partial<ReviewAnswers>;
  updates: ReviewObjectiveUpdate[];
}

export interface FoundReview {
  /** The live review entry, or null when none was written yet. */
  entry: Entry | null;
  /** The review of this period is in the trash: restore it there before writing more. */
  trashed: boolean;
}

/**
 * The review entry of a key, read inside the caller's transaction. Reviews saved before stable
 * keys existed have a random id: they are recognised once by their day and title, and keep their
 * id (so links to them still work).
 */
async function reviewEntryOf(id: string, key: ReviewKey): Promise<Entry | undefined> {
  const keyed = await db.entries.get(id);
  if (keyed) return keyed;
  const title = reviewTitle(key.cadence, key.period);
  const sameDay = await db.entries.where('[deleted+date]').equals([0, key.period.to]).toArray();
  return sameDay.find((e) => e.kind === 'review' && e.title === title);
}

export async function findReview(key: ReviewKey): Promise<FoundReview> {
  const id = await reviewEntryId(key.cadence, key.period);
  const entry = await reviewEntryOf(id, key);
  if (!entry) return { entry: null, trashed: false };
  return entry.deleted === 1 ? { entry: null, trashed: true } : { entry, trashed: false };
}

function trashedReview(): ValidationError {
  return new ValidationError('Review', [
    { field: 'entry', message: 'is in the trash: restore it from the trash to write more' },
  ]);
}

/**
 * Autosaves review answers as the person types, like a journal entry: only the answers this form
 * changed are written over the stored ones (an answer typed elsewhere meanwhile is kept). Creates
 * the review entry on the first non-empty answer; returns null while there is nothing to save.
 */
export async function saveReviewAnswers(
  key: ReviewKey,
  changed: Partial<ReviewAnswers>,
): Promise<Entry | null> {
  // The id is derived outside the transaction: awaiting WebCrypto inside one would end it.
  const id = await reviewEntryId(key.cadence, key.period);
  return db.transaction('rw', entryTables(), async () => {
    const existing = await reviewEntryOf(id, key);
    if (existing?.deleted === 1) throw trashedReview();
    // Like an empty new entry, an empty new review is never stored.
    if (!existing && Object.values(changed).every((a) => a.trim() === '')) return null;
    const draft: Entry = {
      ...(existing ?? newEntry('review', key.period.to, id)),
      title: existing?.title ?? reviewTitle(key.cadence, key.period),
      answers: { ...(existing?.answers ?? {}), ...changed },
    };
    const outcome = await saveEntry(draft);
    return outcome.saved ? outcome.entry : null;
  });
}

/**
 * Saves a review as one `review` entry and applies its objective updates (check-ins, status
 * changes) in the same transaction: every record is validated before any is written, so a refused
 * update leaves the entry unsaved too.
 */
export async function saveReview(input: ReviewInput): Promise<Entry> {
  const id = await reviewEntryId(input.cadence, input.period);
  const date = input.period.to;
  return db.transaction('rw', [...entryTables(), db.objectives, db.checkIns], async () => {
    const now = nowIso();
    const existing = await reviewEntryOf(id, input);
    if (existing?.deleted === 1) throw trashedReview();
    const draft: Entry = {
      ...(existing ?? newEntry('review', date, id)),
      title: existing?.title ?? reviewTitle(input.cadence, input.period),
      answers: { ...(existing?.answers ?? {}), ...input.answers },
    };
    // Answers autosaved earlier count: Save may come with nothing newly typed.
    const hasAnswer = Object.values(draft.answers).some((a) => a.trim() !== '');
    if (!hasAnswer && input.updates.length === 0) {
      throw new ValidationError('Review', [
        { field: 'answers', message: 'needs at least one answer or objective update' },
      ]);
    }

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
              date,
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
        // Only through the status rules: the step must be allowed, and `achievedAt` follows it.
        const action = actionTo(objective.status, update.status);
        const change = action && applyStatusAction(objective, action, now);
        if (!change) {
          throw new ValidationError('Review', [
            {
              field: 'status',
              message: `“${objective.title}” cannot go from ${objective.status} to ${update.status}`,
            },
          ]);
        }
        objectives.push(
          validate(
            objectiveSchema,
            { ...objective, ...change, updatedAt: nextUpdatedAt(objective.updatedAt, now) },
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
