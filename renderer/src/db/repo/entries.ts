import { entrySchema, type Entry, type EntryKind } from '../../../../shared/domain/records';
import { todayIsoDate } from '../../../../shared/domain/dates';
import { db } from '../db';
import { newRecordBase, nextUpdatedAt, nowIso } from './records';
import { validate } from './validation';

/** A new, unsaved entry; it is stored only once it has some content (see `saveEntry`). */
export function newEntry(kind: EntryKind, date: string = todayIsoDate(), id?: string): Entry {
  const base = newRecordBase();
  return {
    ...base,
    id: id ?? base.id,
    kind,
    date,
    title: '',
    body: '',
    answers: {},
    mood: null,
    energy: null,
    tags: [],
    objectiveIds: [],
    sharing: 'private',
    shareSummary: '',
    meetingId: null,
  };
}

export function isEntryEmpty(entry: Pick<Entry, 'title' | 'body' | 'answers'>): boolean {
  return (
    entry.title.trim() === '' &&
    entry.body.trim() === '' &&
    Object.values(entry.answers).every((answer) => answer.trim() === '')
  );
}

export type SaveOutcome = { saved: true; entry: Entry } | { saved: false; reason: 'empty' };

/**
 * Validates, stamps and stores an entry in one transaction. A brand-new entry with no content is
 * not stored at all, so opening the editor and walking away leaves no clutter behind.
 */
export async function saveEntry(draft: Entry): Promise<SaveOutcome> {
  return db.transaction('rw', db.entries, async () => {
    const existing = await db.entries.get(draft.id);
    if (!existing && isEntryEmpty(draft)) return { saved: false, reason: 'empty' } as const;
    const entry = validate(
      entrySchema,
      {
        ...draft,
        createdAt: existing?.createdAt ?? draft.createdAt,
        updatedAt: nextUpdatedAt(existing?.updatedAt),
      },
      'Entry',
    );
    await db.entries.put(entry);
    return { saved: true, entry } as const;
  });
}

export function getEntry(id: string): Promise<Entry | undefined> {
  return db.entries.get(id);
}

/** Live entries (not in the trash) for one day, oldest first. */
export function entriesForDate(date: string): Promise<Entry[]> {
  return db.entries.where('[deleted+date]').equals([0, date]).sortBy('createdAt');
}

/** Moves an entry to the trash; nothing is ever deleted at once. */
export async function trashEntry(id: string): Promise<void> {
  await db.transaction('rw', db.entries, async () => {
    const entry = await db.entries.get(id);
    if (!entry || entry.deleted === 1) return;
    const now = nowIso();
    await db.entries.put({
      ...entry,
      deleted: 1,
      deletedAt: now,
      updatedAt: nextUpdatedAt(entry.updatedAt, now),
    });
  });
}

export async function restoreEntry(id: string): Promise<void> {
  await db.transaction('rw', db.entries, async () => {
    const entry = await db.entries.get(id);
    if (!entry || entry.deleted === 0) return;
    await db.entries.put({
      ...entry,
      deleted: 0,
      deletedAt: null,
      updatedAt: nextUpdatedAt(entry.updatedAt),
    });
  });
}
