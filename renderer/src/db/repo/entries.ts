import { Dexie, type ObservabilitySet } from 'dexie';
import {
  entrySchema,
  type Entry,
  type EntryKind,
  type Tombstone,
} from '../../../../shared/domain/records';
import { todayIsoDate } from '../../../../shared/domain/dates';
import { db } from '../db';
import { mergeRecord, type MergeResult } from '../../../../shared/domain/merge';
import {
  addVersion,
  deleteHistoryOf,
  endsTypingSession,
  getEntryVersion,
  sameText,
  textOf,
} from './entryHistory';
import { isEncryptedAtRest } from '../crypto/session';
import { noteEntriesChanged, tagsInMemory } from './entryFacets';
import { newRecordBase, nextUpdatedAt, nowIso } from './records';
import { validate, ValidationError } from './validation';

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

/** A text field both this save and another writer changed; the other text went into history. */
export interface EntryConflict {
  /** `title`, `body` or `answers.<prompt id>`. */
  path: string;
  /** The history version holding the text that was replaced. */
  versionId: string;
}

export type SaveOutcome =
  | {
      saved: true;
      entry: Entry;
      /** Set when the stored entry had changed since `base`: the save was merged into it. */
      merged: boolean;
      conflicts: EntryConflict[];
    }
  | { saved: false; reason: 'empty' | 'deleted-for-good' };

export interface SaveOptions {
  /**
   * The stored revision this draft started from (what the editor loaded or last saved). When the
   * stored entry changed since, the save is merged field by field (shared/domain/merge.ts). Without
   * it, a draft whose `updatedAt` differs from the stored one is treated as knowing nothing of the
   * stored changes: stored non-text fields win, and differing text is kept in the history.
   */
  base?: Entry | null;
  now?: string;
}

/** Fields no editor may set: trashing and restoring have their own functions. */
const STORED_ONLY = ['id', 'createdAt', 'updatedAt', 'deleted', 'deletedAt'] as const;
const TEXT_FIELDS = new Set(['title', 'body', 'answers']);

/** Merges `draft` (started from `base`) into `stored`; text both changed keeps the draft's. */
export function mergeEntry(
  base: Entry | null | undefined,
  draft: Entry,
  stored: Entry,
): MergeResult<Entry> {
  // Unknown base: assume the draft changed nothing but its text, and that all its text clashes.
  const assumed: Entry = base ?? {
    ...draft,
    title: stored.title === draft.title ? draft.title : '\u0000',
    body: stored.body === draft.body ? draft.body : '\u0000',
    answers: {},
    objectiveIds: draft.objectiveIds,
  };
  return mergeRecord(assumed, draft, stored, {
    nested: ['answers'],
    sets: ['tags', 'objectiveIds'],
    keepTheirs: STORED_ONLY,
  });
}

/**
 * Validates, stamps and stores an entry in one transaction, together with its history:
 *
 * - A brand-new entry with no content is not stored at all, so opening the editor and walking
 *   away leaves no clutter behind; an entry deleted for good (a tombstone) is never recreated.
 * - When the stored entry changed since the draft's `base`, the two are merged (see `mergeEntry`):
 *   fields only the other side changed keep the stored value, and when both changed the same
 *   text, the stored text becomes a history version (`conflicts` names it). A draft never
 *   un-trashes an entry or re-links an objective unlinked meanwhile.
 * - The text being replaced becomes a history version when a typing session ends (see
 *   entryHistory.ts), so history holds one version per session, not one per keystroke.
 */
export async function saveEntry(draft: Entry, options: SaveOptions = {}): Promise<SaveOutcome> {
  return db.transaction('rw', db.entries, db.entryHistory, db.tombstones, async () => {
    const now = options.now ?? nowIso();
    const existing = await db.entries.get(draft.id);
    if (!existing) {
      if (await db.tombstones.get(draft.id))
        return { saved: false, reason: 'deleted-for-good' } as const;
      if (isEntryEmpty(draft)) return { saved: false, reason: 'empty' } as const;
      const entry = validate(
        entrySchema,
        { ...draft, deleted: 0, deletedAt: null, updatedAt: nextUpdatedAt(undefined, now) },
        'Entry',
      );
      await db.entries.add(entry);
      return { saved: true, entry, merged: false, conflicts: [] } as const;
    }

    const base = options.base ?? (draft.updatedAt === existing.updatedAt ? existing : null);
    const upToDate = base !== null && base.updatedAt === existing.updatedAt;
    const result: MergeResult<Entry> = upToDate
      ? mergeRecord(existing, draft, existing, { keepTheirs: STORED_ONLY })
      : mergeEntry(base, draft, existing);
    const entry = validate(
      entrySchema,
      { ...result.merged, updatedAt: nextUpdatedAt(existing.updatedAt, now) },
      'Entry',
    );

    const conflicts: EntryConflict[] = [];
    const textConflicts = result.conflicts.filter((c) =>
      TEXT_FIELDS.has(c.path.split('.')[0] ?? ''),
    );
    if (textConflicts.length > 0) {
      const version = await addVersion(entry.id, existing, existing.updatedAt, 'conflict', now);
      if (version)
        for (const c of textConflicts) conflicts.push({ path: c.path, versionId: version.id });
    } else if (!sameText(existing, entry) && (await endsTypingSession(existing, now))) {
      await addVersion(entry.id, existing, existing.updatedAt, 'edit', now);
    }
    await db.entries.put(entry);
    return { saved: true, entry, merged: !upToDate, conflicts } as const;
  });
}

/**
 * Replays a draft that is older than the stored entry (a write-ahead record written before the
 * stored revision: localStorage reaches the disk later than IndexedDB, so a killed browser can
 * leave a stale record behind). The same three-way merge as a save, but the stored entry is the
 * newer side: the draft's changes to fields nobody changed since its base are applied, and where
 * both changed the same field the stored value stays. The draft's text goes to the history when
 * it holds anything the stored text lacks (an earlier prefix of what was typed and saved holds
 * nothing more). Returns whether anything was written.
 */
export async function replayOlderDraft(draft: Entry, base: Entry | null): Promise<boolean> {
  return db.transaction('rw', db.entries, db.entryHistory, async () => {
    const existing = await db.entries.get(draft.id);
    if (!existing) return false;
    const now = nowIso();
    let wrote = false;
    const covered = (older: string, newer: string) => newer.startsWith(older);
    const textCovered =
      covered(draft.title, existing.title) &&
      covered(draft.body, existing.body) &&
      Object.entries(draft.answers).every(([k, v]) => covered(v, existing.answers[k] ?? ''));
    const { merged, conflicts, fromTheirs } = mergeRecord(base ?? draft, existing, draft, {
      nested: ['answers'],
      sets: ['tags', 'objectiveIds'],
      keepTheirs: [],
    });
    const textClash = conflicts.some((c) => TEXT_FIELDS.has(c.path.split('.')[0] ?? ''));
    if ((textClash || !base) && !textCovered) {
      wrote = (await addVersion(existing.id, draft, draft.updatedAt, 'conflict', now)) !== null;
    }
    const changed = base !== null && fromTheirs.some((f) => !STORED_ONLY.includes(f as never));
    if (changed) {
      const entry = validate(
        entrySchema,
        {
          ...merged,
          id: existing.id,
          createdAt: existing.createdAt,
          deleted: existing.deleted,
          deletedAt: existing.deletedAt,
          updatedAt: nextUpdatedAt(existing.updatedAt, now),
        },
        'Entry',
      );
      await db.entries.put(entry);
      wrote = true;
    }
    return wrote;
  });
}

/**
 * Puts an earlier version's text back. The current text becomes a version itself first, so a
 * restore can be undone from the same list. Other fields (mood, tags, links) are untouched.
 */
export async function restoreEntryVersion(versionId: string): Promise<Entry> {
  return db.transaction('rw', db.entries, db.entryHistory, async () => {
    const version = await getEntryVersion(versionId);
    const existing = version ? await db.entries.get(version.entryId) : undefined;
    if (!version || !existing || existing.deleted === 1) {
      throw new ValidationError('Entry version', [
        { field: 'id', message: 'is not a version of an entry that is here' },
      ]);
    }
    const now = nowIso();
    await addVersion(existing.id, existing, existing.updatedAt, 'restore', now);
    const entry = validate(
      entrySchema,
      { ...existing, ...textOf(version), updatedAt: nextUpdatedAt(existing.updatedAt, now) },
      'Entry',
    );
    await db.entries.put(entry);
    return entry;
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
  const collection = byDate(query);
  if (query.limit !== undefined)
    return (await collection.reverse().limit(query.limit).primaryKeys()) as string[];
  // Forward then reversed here: IndexedDB answers a forward key list in a single request.
  const ids = (await collection.primaryKeys()) as string[];
  return ids.reverse();
}

/**
 * Calls `listener` after every committed change to the entries table: in this window or another,
 * a restore's `clear()` and a deletion for good included (Dexie's storage-mutated feed). For a
 * list of every id, re-read on change: a live query of it would track each id it read, one by
 * one, on the main thread (a long task that grows with the journal).
 */
export function onEntriesTableChanged(listener: () => void): () => void {
  const prefix = `idb://${db.name}/entries/`;
  const handler = (parts: ObservabilitySet) => {
    if (Object.keys(parts).some((part) => part.startsWith(prefix))) listener();
  };
  Dexie.on('storagemutated', handler);
  return () => Dexie.on.storagemutated.unsubscribe(handler);
}

/**
 * The newest `limit` entries themselves, in `entryIds`' order: the first screen in one ranged
 * read, without waiting for a key list first.
 */
export function newestEntries(query: EntryKeyQuery & { limit: number }): Promise<Entry[]> {
  return byDate(query).reverse().limit(query.limit).toArray();
}

function byDate(query: EntryKeyQuery) {
  const deleted = query.deleted ?? 0;
  const from = query.from ?? Dexie.minKey;
  const to = query.to ?? Dexie.maxKey;
  return query.kind
    ? db.entries
        .where('[deleted+kind+date]')
        .between([deleted, query.kind, from], [deleted, query.kind, to], true, true)
    : db.entries.where('[deleted+date]').between([deleted, from], [deleted, to], true, true);
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

/**
 * Live entries written on this month and day in earlier years ("on this day"), newest first, at
 * most `limit`: read straight from the date index, so a journal with many entries a day reads no
 * more than the few shown.
 */
export async function onThisDay(today: string, limit = 5, yearsBack = 10): Promise<Entry[]> {
  const year = Number(today.slice(0, 4));
  const monthDay = today.slice(4);
  const ranges: [number, string][] = [];
  for (let y = year - 1; y >= year - yearsBack; y--) ranges.push([0, `${y}${monthDay}`]);
  if (ranges.length === 0) return [];
  return db.entries.where('[deleted+date]').anyOf(ranges).reverse().limit(limit).toArray();
}

/** Every entry in the trash, most recently deleted first. */
export async function trashedEntries(): Promise<Entry[]> {
  const trashed = await db.entries
    .where('[deleted+date]')
    .between([1, Dexie.minKey], [1, Dexie.maxKey])
    .toArray();
  return trashed.sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''));
}

/**
 * Deletes everything in the trash for good, with its history, in one transaction. Each entry
 * leaves a tombstone (id and times, no content) so a later merge of an older backup does not
 * bring it back. Returns how many.
 */
export async function emptyTrash(): Promise<number> {
  return db.transaction('rw', db.entries, db.entryHistory, db.tombstones, async () => {
    const trashed = await db.entries
      .where('[deleted+date]')
      .between([1, Dexie.minKey], [1, Dexie.maxKey])
      .toArray();
    const now = nowIso();
    const ids = trashed.map((e) => e.id);
    await db.tombstones.bulkPut(trashed.map((e) => tombstoneOf(e, now)));
    await deleteHistoryOf(ids);
    await db.entries.bulkDelete(ids);
    return ids.length;
  });
}

export function tombstoneOf(entry: Entry, now: string): Tombstone {
  return {
    id: entry.id,
    table: 'entries',
    createdAt: entry.createdAt,
    updatedAt: nextUpdatedAt(entry.updatedAt, now),
    deleted: 1,
    deletedAt: entry.deletedAt ?? now,
  };
}

/** Tags in use, most used first, read from the `*tags` index keys. */
/**
 * Tags in use, most used first, read from the `*tags` index keys — or, with encryption on (tags
 * are sealed and that index is empty), from the tags kept in memory after unlock.
 */
export async function allTags(): Promise<string[]> {
  const counts = new Map<string, number>();
  if (isEncryptedAtRest()) {
    installHooks();
    for (const tags of (await tagsInMemory(getEntries)).values()) {
      for (const t of tags) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
  } else {
    await db.entries.orderBy('tags').eachKey((tag) => {
      const t = tag as string;
      counts.set(t, (counts.get(t) ?? 0) + 1);
    });
  }
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
        noteEntriesChanged(changed, getEntries);
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
  return db.transaction('rw', db.entries, db.entryHistory, async () => {
    const entry = await db.entries.get(id);
    if (!entry || entry.deleted === 1 || !isEntryEmpty(entry)) return false;
    await deleteHistoryOf([id]);
    await db.entries.delete(id);
    return true;
  });
}

/**
 * The tables a transaction that calls `saveEntry` must include (an entry is written with its
 * history and checked against tombstones).
 */
export const entryTables = () => [db.entries, db.entryHistory, db.tombstones];
