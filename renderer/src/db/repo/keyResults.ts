import { keyResultSchema, type KeyResult } from '../../../../shared/domain/records';
import { orderBetween, orderForMove } from '../../../../shared/domain/order';
import { db } from '../db';
import { newRecordBase, nextUpdatedAt, asDeleted } from './records';
import { validate, ValidationError, type FieldProblem } from './validation';

/**
 * A numeric key result either increases (target above start) or reduces (target below start, e.g.
 * "bugs reopened from 12 to 3"). The direction is said explicitly, so a target below the start is
 * never a typo that silently turns "increase" into "reduce".
 */
export type KeyResultDraft =
  | {
      type: 'numeric';
      title: string;
      direction: 'increase' | 'reduce';
      start: number;
      target: number;
      current: number;
      unit: string;
    }
  | { type: 'done'; title: string; done: boolean };

export function checkKeyResult(draft: KeyResultDraft): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (draft.title.trim() === '') problems.push({ field: 'title', message: 'cannot be empty' });
  if (draft.type === 'done') return problems;
  for (const key of ['start', 'target', 'current'] as const) {
    if (!Number.isFinite(draft[key])) {
      problems.push({ field: `measure.${key}`, message: 'must be a number' });
    }
  }
  if (Number.isFinite(draft.start) && Number.isFinite(draft.target)) {
    if (draft.direction === 'increase' && draft.target < draft.start) {
      problems.push({
        field: 'measure.target',
        message: 'is below the start: choose “Reduce” if you mean to bring a number down',
      });
    }
    if (draft.direction === 'reduce' && draft.target >= draft.start) {
      problems.push({ field: 'measure.target', message: 'must be below the start to reduce' });
    }
  }
  return problems;
}

function measureOf(draft: KeyResultDraft): KeyResult['measure'] {
  return draft.type === 'done'
    ? { type: 'done', done: draft.done }
    : {
        type: 'numeric',
        start: draft.start,
        target: draft.target,
        current: draft.current,
        unit: draft.unit.trim(),
      };
}

export function keyResultsOf(objectiveId: string): Promise<KeyResult[]> {
  return db.keyResults
    .where('objectiveId')
    .equals(objectiveId)
    .filter((kr) => kr.deleted === 0)
    .sortBy('order');
}

/** The live key results of several objectives at once, by the objectiveId index. */
export async function keyResultsOfObjectives(
  objectiveIds: readonly string[],
): Promise<KeyResult[]> {
  const rows = await db.keyResults.where('objectiveId').anyOf(objectiveIds).toArray();
  return rows.filter((kr) => kr.deleted === 0);
}

export async function addKeyResult(objectiveId: string, draft: KeyResultDraft): Promise<KeyResult> {
  const problems = checkKeyResult(draft);
  if (problems.length) throw new ValidationError('Key result', problems);
  return db.transaction('rw', db.objectives, db.keyResults, async () => {
    if (!(await db.objectives.get(objectiveId))) {
      throw new ValidationError('Key result', [
        { field: 'objectiveId', message: 'does not exist' },
      ]);
    }
    const siblings = await keyResultsOf(objectiveId);
    const keyResult = validate(
      keyResultSchema,
      {
        ...newRecordBase(),
        objectiveId,
        title: draft.title.trim(),
        order: orderBetween(siblings[siblings.length - 1]?.order, undefined),
        measure: measureOf(draft),
      },
      'Key result',
    );
    await db.keyResults.add(keyResult);
    return keyResult;
  });
}

/** Edits a key result's title and measure (its kind can change too); its place stays. */
export async function updateKeyResult(id: string, draft: KeyResultDraft): Promise<KeyResult> {
  const problems = checkKeyResult(draft);
  if (problems.length) throw new ValidationError('Key result', problems);
  return db.transaction('rw', db.keyResults, async () => {
    const existing = await requireKeyResult(id);
    const keyResult = validate(
      keyResultSchema,
      {
        ...existing,
        title: draft.title.trim(),
        measure: measureOf(draft),
        updatedAt: nextUpdatedAt(existing.updatedAt),
      },
      'Key result',
    );
    await db.keyResults.put(keyResult);
    return keyResult;
  });
}

/** Records where a key result stands now: a new current value, or done/not done. */
export async function updateKeyResultProgress(
  id: string,
  value: { current: number } | { done: boolean },
): Promise<KeyResult> {
  return db.transaction('rw', db.keyResults, async () => {
    const existing = await requireKeyResult(id);
    let measure: KeyResult['measure'];
    if ('done' in value) {
      if (existing.measure.type !== 'done') throw wrongType();
      measure = { type: 'done', done: value.done };
    } else {
      if (existing.measure.type !== 'numeric') throw wrongType();
      if (!Number.isFinite(value.current)) {
        throw new ValidationError('Key result', [
          { field: 'measure.current', message: 'must be a number' },
        ]);
      }
      measure = { ...existing.measure, current: value.current };
    }
    const keyResult = validate(
      keyResultSchema,
      { ...existing, measure, updatedAt: nextUpdatedAt(existing.updatedAt) },
      'Key result',
    );
    await db.keyResults.put(keyResult);
    return keyResult;
  });
}

/**
 * Moves a key result one place up (-1) or down (+1) among its live siblings as stored now (read in
 * the same transaction, so two quick moves both count). Writes only the moved record: its new
 * fractional position.
 */
export async function moveKeyResult(id: string, by: -1 | 1): Promise<void> {
  await db.transaction('rw', db.keyResults, async () => {
    const existing = await requireKeyResult(id);
    const siblings = await keyResultsOf(existing.objectiveId);
    const order = orderForMove(
      siblings.map((kr) => kr.order),
      siblings.findIndex((kr) => kr.id === id),
      by,
    );
    if (order === null) return;
    const keyResult = validate(
      keyResultSchema,
      { ...existing, order, updatedAt: nextUpdatedAt(existing.updatedAt) },
      'Key result',
    );
    await db.keyResults.put(keyResult);
  });
}

export async function removeKeyResult(id: string): Promise<void> {
  await db.transaction('rw', db.keyResults, async () => {
    const existing = await requireKeyResult(id);
    await db.keyResults.put(asDeleted(existing));
  });
}

async function requireKeyResult(id: string): Promise<KeyResult> {
  const existing = await db.keyResults.get(id);
  if (!existing) {
    throw new ValidationError('Key result', [{ field: 'id', message: 'does not exist' }]);
  }
  return existing;
}

function wrongType(): ValidationError {
  return new ValidationError('Key result', [
    { field: 'measure', message: 'has a different kind of measure' },
  ]);
}
