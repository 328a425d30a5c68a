import {
  objectiveSchema,
  type Objective,
  type ObjectiveStatus,
  type Smart,
} from '../../../../shared/domain/records';
import { isValidIsoDate } from '../../../../shared/domain/dates';
import {
  allowedActions,
  applyStatusAction,
  type StatusAction,
} from '../../../../shared/domain/objective-status';
import { db } from '../db';
import { newRecordBase, nextUpdatedAt, nowIso, asDeleted, asRestored } from './records';
import { validate, ValidationError, type FieldProblem } from './validation';

export interface ObjectiveFields {
  title: string;
  why: string;
  orgGoal: string;
  smart: Smart;
  /** `YYYY-MM-DD`, or empty/null for "no date yet". */
  targetDate: string | null;
  tags: string[];
}

export const EMPTY_SMART: Smart = {
  specific: '',
  measurable: '',
  achievable: '',
  relevant: '',
  timeBound: '',
};

/** Checks a person can act on, before the schema's own (which stays the last word). */
function checkFields(fields: ObjectiveFields): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (fields.title.trim() === '') problems.push({ field: 'title', message: 'cannot be empty' });
  if (fields.targetDate && !isValidIsoDate(fields.targetDate)) {
    problems.push({ field: 'targetDate', message: 'is not a date (use YYYY-MM-DD)' });
  }
  return problems;
}

function normalise(fields: ObjectiveFields): ObjectiveFields {
  return {
    ...fields,
    title: fields.title.trim(),
    targetDate: fields.targetDate ? fields.targetDate : null,
    tags: [...new Set(fields.tags.map((t) => t.trim()).filter((t) => t !== ''))],
  };
}

export async function createObjective(
  fields: ObjectiveFields,
  status: Extract<ObjectiveStatus, 'draft' | 'active'> = 'active',
): Promise<Objective> {
  const problems = checkFields(fields);
  if (problems.length) throw new ValidationError('Objective', problems);
  const objective = validate(
    objectiveSchema,
    { ...newRecordBase(), ...normalise(fields), status, achievedAt: null },
    'Objective',
  );
  await db.transaction('rw', db.objectives, () => db.objectives.add(objective));
  return objective;
}

export async function updateObjective(id: string, fields: ObjectiveFields): Promise<Objective> {
  const problems = checkFields(fields);
  if (problems.length) throw new ValidationError('Objective', problems);
  return db.transaction('rw', db.objectives, async () => {
    const existing = await requireObjective(id);
    const objective = validate(
      objectiveSchema,
      { ...existing, ...normalise(fields), updatedAt: nextUpdatedAt(existing.updatedAt) },
      'Objective',
    );
    await db.objectives.put(objective);
    return objective;
  });
}

export { allowedActions, type StatusAction };

export async function changeObjectiveStatus(id: string, action: StatusAction): Promise<Objective> {
  return db.transaction('rw', db.objectives, async () => {
    const existing = await requireObjective(id);
    const now = nowIso();
    const change = applyStatusAction(existing, action, now);
    if (!change) {
      throw new ValidationError('Objective', [
        { field: 'status', message: `cannot ${action} an objective that is ${existing.status}` },
      ]);
    }
    const objective = validate(
      objectiveSchema,
      { ...existing, ...change, updatedAt: nextUpdatedAt(existing.updatedAt, now) },
      'Objective',
    );
    await db.objectives.put(objective);
    return objective;
  });
}

/**
 * Moves an objective to "Recently deleted". The journal entries linked to it stay, only the link
 * goes: their `objectiveIds` lose this id in the same transaction, so no entry ever points at an
 * objective in the trash. Returns how many entries were unlinked.
 */
export async function trashObjective(id: string): Promise<number> {
  return db.transaction('rw', db.objectives, db.entries, async () => {
    const existing = await requireObjective(id);
    const now = nowIso();
    const linked = await db.entries.where('objectiveIds').equals(id).toArray();
    await db.entries.bulkPut(
      linked.map((entry) => ({
        ...entry,
        objectiveIds: entry.objectiveIds.filter((o) => o !== id),
        updatedAt: nextUpdatedAt(entry.updatedAt, now),
      })),
    );
    if (existing.deleted === 0) {
      await db.objectives.put(asDeleted(existing, now));
    }
    return linked.length;
  });
}

/** Brings an objective back from "Recently deleted", with its key results, activities and check-ins. */
export async function restoreObjective(id: string): Promise<void> {
  await db.transaction('rw', db.objectives, async () => {
    const existing = await requireObjective(id);
    if (existing.deleted === 0) return;
    await db.objectives.put(asRestored(existing));
  });
}

async function requireObjective(id: string): Promise<Objective> {
  const existing = await db.objectives.get(id);
  if (!existing) {
    throw new ValidationError('Objective', [{ field: 'id', message: 'does not exist' }]);
  }
  return existing;
}

export function getObjective(id: string): Promise<Objective | undefined> {
  return db.objectives.get(id);
}

/** Objectives not in the trash, through the [deleted+status] index. */
export function liveObjectives(): Promise<Objective[]> {
  return db.objectives.where('[deleted+status]').between([0, ''], [0, '\uffff']).toArray();
}

/** Objectives in "Recently deleted", newest deletion first. */
export async function trashedObjectives(): Promise<Objective[]> {
  const trashed = await db.objectives
    .where('[deleted+status]')
    .between([1, ''], [1, '\uffff'])
    .toArray();
  return trashed.sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''));
}
