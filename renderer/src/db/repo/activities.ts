import {
  activitySchema,
  type Activity,
  type ActivityKind,
  ACTIVITY_STATUSES,
} from '../../../../shared/domain/records';
import { db } from '../db';
import { newRecordBase, nextUpdatedAt, softDelete } from './records';
import { validate, ValidationError, type FieldProblem } from './validation';

export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export interface ActivityDraft {
  kind: ActivityKind;
  title: string;
  /** Empty for none. */
  link: string;
  status: ActivityStatus;
  notes: string;
}

function checkLink(link: string): FieldProblem[] {
  if (link.trim() === '') return [];
  try {
    const url = new URL(link.trim());
    if (url.protocol === 'http:' || url.protocol === 'https:') return [];
  } catch {
    // falls through to the message below
  }
  return [{ field: 'link', message: 'must be a web address starting with http:// or https://' }];
}

export function activitiesOf(objectiveId: string): Promise<Activity[]> {
  return db.activities
    .where('objectiveId')
    .equals(objectiveId)
    .filter((a) => a.deleted === 0)
    .sortBy('createdAt');
}

export async function addActivity(objectiveId: string, draft: ActivityDraft): Promise<Activity> {
  const problems: FieldProblem[] = [];
  if (draft.title.trim() === '') problems.push({ field: 'title', message: 'cannot be empty' });
  problems.push(...checkLink(draft.link));
  if (problems.length) throw new ValidationError('Activity', problems);
  return db.transaction('rw', db.objectives, db.activities, async () => {
    if (!(await db.objectives.get(objectiveId))) {
      throw new ValidationError('Activity', [{ field: 'objectiveId', message: 'does not exist' }]);
    }
    const activity = validate(
      activitySchema,
      {
        ...newRecordBase(),
        objectiveId,
        kind: draft.kind,
        title: draft.title.trim(),
        link: draft.link.trim() === '' ? null : draft.link.trim(),
        status: draft.status,
        notes: draft.notes,
      },
      'Activity',
    );
    await db.activities.add(activity);
    return activity;
  });
}

export async function setActivityStatus(id: string, status: ActivityStatus): Promise<void> {
  await db.transaction('rw', db.activities, async () => {
    const existing = await db.activities.get(id);
    if (!existing)
      throw new ValidationError('Activity', [{ field: 'id', message: 'does not exist' }]);
    const activity = validate(
      activitySchema,
      { ...existing, status, updatedAt: nextUpdatedAt(existing.updatedAt) },
      'Activity',
    );
    await db.activities.put(activity);
  });
}

export async function removeActivity(id: string): Promise<void> {
  await softDelete(db.activities, id);
}
