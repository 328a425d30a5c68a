import { Dexie } from 'dexie';
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

/* ------------------------------------------------------------- reading lists */

export interface EntryKeyQuery {
  deleted?: 0 | 1;
  kind?: EntryKind | null;
  from?: string | null;
  to?: string | null;
  /** Only the newest this many (the first screen), read with a cursor instead of every key. */
  limit?: number;
}

/**
 * Ids of entries, newest day first, read from the `[deleted+date]` (or `[deleted+kind+date]`)
 * index in one `getAllKeys` call: twenty thousand ids, not twenty thousand bodies.
 */
export async function entryIds(query: EntryKeyQuery = {}): Promise<string[]> {
  const deleted = query.deleted ?? 0;
  const from = query.from ?? Dexie.minKey;
  const to = query.to ?? Dexie.maxKey;
  const collection = query.kind
    ? db.entries
        .where('[deleted+kind+date]')
        .between([deleted, query.kind, from], [deleted, query.kind, to], true, true)
    : db.entries.where('[deleted+date]').between([deleted, from], [deleted, to], true, true);
  if (query.limit !== undefined)
    return (await collection.reverse().limit(query.limit).primaryKeys()) as string[];
  // Forward then reversed here: IndexedDB answers a forward key list in a single request.
  const ids = (await collection.primaryKeys()) as string[];
  return ids.reverse();
}

/** Entries by id, in the order asked, skipping any that no longer exist. */
export async function getEntries(ids: readonly string[]): Promise<Entry[]> {
  const found = await db.entries.bulkGet([...ids]);
  return found.filter((e): e is Entry => e !== undefined);
}

/** Distinct days with at least one live entry, within [from, to], newest first. */
export async function entryDays(from: string, to: string): Promise<string[]> {
  const keys = await db.entries
    .where('[deleted+date]')
    .between([0, from], [0, to], true, true)
    .reverse()
    .uniqueKeys();
  return keys.map((k) => (k as unknown as [number, string])[1]);
}

/** How many live entries each day in [from, to] has (for the calendar and the heatmap). */
export async function entryCountsByDay(from: string, to: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  await db.entries
    .where('[deleted+date]')
    .between([0, from], [0, to], true, true)
    .eachKey((key) => {
      const date = (key as unknown as [number, string])[1];
      counts.set(date, (counts.get(date) ?? 0) + 1);
    });
  return counts;
}

/** Live entries written on this month and day in earlier years ("on this day"). */
export async function onThisDay(today: string, yearsBack = 10): Promise<Entry[]> {
  const year = Number(today.slice(0, 4));
  const monthDay = today.slice(4);
  const ranges: [number, string][] = [];
  for (let y = year - 1; y >= year - yearsBack; y--) ranges.push([0, `${y}${monthDay}`]);
  if (ranges.length === 0) return [];
  return db.entries.where('[deleted+date]').anyOf(ranges).reverse().sortBy('date');
}

/** Every entry in the trash, most recently deleted first. */
export async function trashedEntries(): Promise<Entry[]> {
  const trashed = await db.entries
    .where('[deleted+date]')
    .between([1, Dexie.minKey], [1, Dexie.maxKey])
    .toArray();
  return trashed.sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''));
}

/** Deletes everything in the trash for good, in one transaction. Returns how many. */
export async function emptyTrash(): Promise<number> {
  return db.transaction('rw', db.entries, async () => {
    const ids = await db.entries
      .where('[deleted+date]')
      .between([1, Dexie.minKey], [1, Dexie.maxKey])
      .primaryKeys();
    await db.entries.bulkDelete(ids);
    return ids.length;
  });
}

/** Tags in use, most used first, read from the `*tags` index keys. */
export async function allTags(): Promise<string[]> {
  const counts = new Map<string, number>();
  await db.entries.orderBy('tags').eachKey((tag) => {
    const t = tag as string;
    counts.set(t, (counts.get(t) ?? 0) + 1);
  });
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([t]) => t);
}

/**
 * Entries for the search index, read in pages by primary key so a ten-year journal is indexed a
 * slice at a time. Text is read here, in the repository, because it will be decrypted here once
 * encryption at rest exists.
 */
export async function entriesPageById(afterId: string | null, limit: number): Promise<Entry[]> {
  const collection =
    afterId === null ? db.entries.orderBy(':id') : db.entries.where(':id').above(afterId);
  return collection.limit(limit).toArray();
}

/**
 * Live entries dated within [from, to] (calendar days, inclusive), read from the date index in
 * one request: how the search index reads the journal newest first, a window of days at a time.
 */
export function liveEntriesBetween(from: string, to: string): Promise<Entry[]> {
  return db.entries.where('[deleted+date]').between([0, from], [0, to], true, true).toArray();
}

/** The oldest and newest day with a live entry, and how many live entries there are. */
export async function liveEntrySpan(): Promise<{
  oldest: string;
  newest: string;
  count: number;
} | null> {
  const range = db.entries.where('[deleted+date]').between([0, Dexie.minKey], [0, Dexie.maxKey]);
  const count = await range.count();
  if (count === 0) return null;
  const [first] = await range.clone().limit(1).keys();
  const [last] = await range.clone().reverse().limit(1).keys();
  const dayOf = (key: unknown) => (key as [number, string])[1];
  return { oldest: dayOf(first), newest: dayOf(last), count };
}

/* ---------------------------------------------------------------- changes */

type ChangeListener = (ids: string[]) => void;
const listeners = new Set<ChangeListener>();
let hooksInstalled = false;

/**
 * Calls `listener` with the ids of entries written, after their transaction commits — whoever
 * wrote them (the editor, a 1:1, a backup import). This is how the search index stays current
 * without rescanning.
 */
export function onEntriesChanged(listener: ChangeListener): () => void {
  installHooks();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function installHooks(): void {
  if (hooksInstalled) return;
  hooksInstalled = true;
  const pending = new WeakMap<object, Set<string>>();
  const note = (tx: { on: (e: 'complete', cb: () => void) => void }, id: string) => {
    let ids = pending.get(tx);
    if (!ids) {
      const set = new Set<string>();
      ids = set;
      pending.set(tx, set);
      tx.on('complete', () => {
        const changed = [...set];
        for (const listener of listeners) listener(changed);
      });
    }
    ids.add(id);
  };
  db.entries.hook('creating', (id, _obj, tx) => note(tx, String(id)));
  db.entries.hook('updating', (_mods, id, _obj, tx) => {
    note(tx, String(id));
    return undefined;
  });
  db.entries.hook('deleting', (id, _obj, tx) => note(tx, String(id)));
}

/**
 * Removes an entry created in this editing session that ended up empty (typed, then erased), so
 * opening the editor and walking away leaves nothing behind. An entry with any text is kept.
 */
export async function discardIfEmpty(id: string): Promise<boolean> {
  return db.transaction('rw', db.entries, async () => {
    const entry = await db.entries.get(id);
    if (!entry || entry.deleted === 1 || !isEntryEmpty(entry)) return false;
    await db.entries.delete(id);
    return true;
  });
}
