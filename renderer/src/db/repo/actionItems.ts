import { isValidIsoDate } from '../../../../shared/domain/dates';
import { actionItemSchema, type ActionItem } from '../../../../shared/domain/records';
import { db } from '../db';
import { newRecordBase, nextUpdatedAt, nowIso } from './records';
import { validate, ValidationError } from './validation';

export interface ActionItemInput {
  text: string;
  owner: ActionItem['owner'];
  dueDate: string | null;
  objectiveId: string | null;
  seriesId: string | null;
  meetingId: string | null;
}

/**
 * Records an action item. Text is required (refused with a message naming the field, nothing
 * written); a due date in the past is allowed — the item is simply shown as overdue.
 */
export async function createActionItem(input: ActionItemInput): Promise<ActionItem> {
  if (input.dueDate !== null && !isValidIsoDate(input.dueDate)) {
    throw new ValidationError('Action item', [
      { field: 'dueDate', message: 'must be a calendar date (YYYY-MM-DD)' },
    ]);
  }
  const item = validate(
    actionItemSchema,
    {
      ...newRecordBase(),
      text: input.text.trim(),
      owner: input.owner,
      dueDate: input.dueDate,
      status: 'open',
      objectiveId: input.objectiveId,
      seriesId: input.seriesId,
      meetingId: input.meetingId,
      completedAt: null,
    },
    'Action item',
  );
  await db.transaction('rw', db.actionItems, () => db.actionItems.add(item));
  return item;
}

export async function setActionItemStatus(id: string, status: ActionItem['status']): Promise<void> {
  await db.transaction('rw', db.actionItems, async () => {
    const existing = await db.actionItems.get(id);
    if (!existing || existing.deleted === 1 || existing.status === status) return;
    const now = nowIso();
    const item = validate(
      actionItemSchema,
      {
        ...existing,
        status,
        completedAt: status === 'done' ? now : null,
        updatedAt: nextUpdatedAt(existing.updatedAt, now),
      },
      'Action item',
    );
    await db.actionItems.put(item);
  });
}

/** Open items across every series, by the `[deleted+status]` index. */
export function openActionItems(): Promise<ActionItem[]> {
  return db.actionItems.where('[deleted+status]').equals([0, 'open']).toArray();
}

/** Items done (any time); the review filters by completion date. Bounded by how many a person closes. */
export function doneActionItems(): Promise<ActionItem[]> {
  return db.actionItems.where('[deleted+status]').equals([0, 'done']).toArray();
}

export async function actionItemsForMeeting(meetingId: string): Promise<ActionItem[]> {
  const items = await db.actionItems.where('meetingId').equals(meetingId).toArray();
  return items
    .filter((i) => i.deleted === 0)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export async function getActionItems(ids: readonly string[]): Promise<ActionItem[]> {
  const rows = await db.actionItems.bulkGet([...ids]);
  return rows.filter((r): r is ActionItem => r !== undefined);
}
