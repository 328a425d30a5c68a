import { Dexie } from 'dexie';
import type { Entry } from '../../../../shared/domain/records';
import { db } from '../db';
import { nextUpdatedAt } from './records';
import { ValidationError } from './validation';

/**
 * Links between journal entries and objectives. The link lives on the entry (`objectiveIds`, a
 * multi-entry index), so "the evidence for an objective" is one indexed query.
 */

/** Entries linked to an objective, not in the trash, newest first. */
export async function evidenceFor(objectiveId: string): Promise<Entry[]> {
  const rows = await db.entries.where('objectiveIds').equals(objectiveId).toArray();
  return rows
    .filter((e) => e.deleted === 0)
    .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}

export async function linkEntry(entryId: string, objectiveId: string): Promise<void> {
  await setLink(entryId, objectiveId, true);
}

export async function unlinkEntry(entryId: string, objectiveId: string): Promise<void> {
  await setLink(entryId, objectiveId, false);
}

async function setLink(entryId: string, objectiveId: string, linked: boolean): Promise<void> {
  await db.transaction('rw', db.entries, db.objectives, async () => {
    const [entry, objective] = await Promise.all([
      db.entries.get(entryId),
      db.objectives.get(objectiveId),
    ]);
    if (!entry || entry.deleted === 1) {
      throw new ValidationError('Link', [{ field: 'entryId', message: 'no such entry' }]);
    }
    if (linked && (!objective || objective.deleted === 1)) {
      throw new ValidationError('Link', [{ field: 'objectiveId', message: 'no such objective' }]);
    }
    const has = entry.objectiveIds.includes(objectiveId);
    if (has === linked) return;
    if (linked && entry.objectiveIds.length >= 100) {
      throw new ValidationError('Link', [
        { field: 'objectiveIds', message: 'an entry can link at most 100 objectives' },
      ]);
    }
    await db.entries.put({
      ...entry,
      objectiveIds: linked
        ? [...entry.objectiveIds, objectiveId]
        : entry.objectiveIds.filter((id) => id !== objectiveId),
      updatedAt: nextUpdatedAt(entry.updatedAt),
    });
  });
}

/** How far back the link picker looks: a bounded, indexed read, never the whole journal. */
export const LINK_CANDIDATE_WINDOW = 400;

/**
 * Recent entries that could be linked to an objective, newest first, filtered by words in the
 * title or text. Reads at most LINK_CANDIDATE_WINDOW entries through the [deleted+date] index.
 */
export async function linkCandidates(
  objectiveId: string,
  query: string,
  limit = 12,
): Promise<Entry[]> {
  const recent = await db.entries
    .where('[deleted+date]')
    .between([0, Dexie.minKey], [0, Dexie.maxKey])
    .reverse()
    .limit(LINK_CANDIDATE_WINDOW)
    .toArray();
  const needle = query.trim().toLowerCase();
  return recent
    .filter((e) => !e.objectiveIds.includes(objectiveId))
    .filter(
      (e) =>
        needle === '' ||
        e.title.toLowerCase().includes(needle) ||
        e.body.toLowerCase().includes(needle),
    )
    .slice(0, limit);
}
