import { Dexie } from 'dexie';
import {
  entryVersionSchema,
  type Entry,
  type EntryVersion,
  type EntryVersionReason,
} from '../../../../shared/domain/records';
import { db } from '../db';
import { newRecordBase } from './records';
import { validate } from './validation';

/**
 * Earlier versions of an entry's text. Read and written only here (and from entries.ts, inside
 * its own transactions), as plain records in their own table, so a storage layer below the
 * repository (encryption) sees them like every other record.
 */

/** A pause this long between two saves ends a typing session: the next save keeps a version. */
export const SESSION_PAUSE_MS = 5 * 60_000;
/** A session typed without such a pause still keeps a version this often. */
export const SESSION_MAX_MS = 30 * 60_000;
/** Per entry, the newest this many versions are kept… */
export const KEEP_VERSIONS = 50;
/** …and every version younger than this, whichever keeps more. */
export const KEEP_DAYS = 90;

export type EntryText = Pick<Entry, 'title' | 'body' | 'answers'>;

export function textOf(entry: EntryText): EntryText {
  return { title: entry.title, body: entry.body, answers: { ...entry.answers } };
}

export function sameText(a: EntryText, b: EntryText): boolean {
  if (a.title !== b.title || a.body !== b.body) return false;
  const ka = Object.keys(a.answers).filter((k) => a.answers[k] !== '');
  const kb = Object.keys(b.answers).filter((k) => b.answers[k] !== '');
  return ka.length === kb.length && ka.every((k) => a.answers[k] === b.answers[k]);
}

const isBlank = (text: EntryText) =>
  text.title.trim() === '' &&
  text.body.trim() === '' &&
  Object.values(text.answers).every((a) => a.trim() === '');

const rangeOf = (entryId: string) =>
  db.entryHistory
    .where('[entryId+replacedAt]')
    .between([entryId, Dexie.minKey], [entryId, Dexie.maxKey]);

/** Newest first. */
export async function entryVersions(entryId: string): Promise<EntryVersion[]> {
  return (await rangeOf(entryId).reverse().toArray()).filter((v) => v.deleted === 0);
}

export function getEntryVersion(id: string): Promise<EntryVersion | undefined> {
  return db.entryHistory.get(id);
}

/**
 * Whether a save that replaces `stored`'s text at `now` starts a new typing session, so the
 * stored text is worth keeping: after a pause, or when the running session got long.
 */
export async function endsTypingSession(stored: Entry, now: string): Promise<boolean> {
  const t = Date.parse(now);
  if (t - Date.parse(stored.updatedAt) >= SESSION_PAUSE_MS) return true;
  const latest = await rangeOf(stored.id).last();
  const since = latest ? latest.replacedAt : stored.createdAt;
  return t - Date.parse(since) >= SESSION_MAX_MS;
}

/**
 * Adds a version holding `text` (must run inside a transaction over entryHistory) and prunes the
 * entry's history to the cap. Blank text is not kept. Returns the version, or null.
 */
export async function addVersion(
  entryId: string,
  text: EntryText,
  savedAt: string,
  reason: EntryVersionReason,
  now: string,
): Promise<EntryVersion | null> {
  if (isBlank(text)) return null;
  const version = validate(
    entryVersionSchema,
    { ...newRecordBase(now), entryId, replacedAt: now, savedAt, reason, ...textOf(text) },
    'Entry version',
  );
  await db.entryHistory.add(version);
  await pruneHistory(entryId, now);
  return version;
}

/** Keeps the newest KEEP_VERSIONS and everything younger than KEEP_DAYS, whichever keeps more. */
export async function pruneHistory(entryId: string, now: string): Promise<number> {
  const count = await rangeOf(entryId).count();
  if (count <= KEEP_VERSIONS) return 0;
  const cutoff = new Date(Date.parse(now) - KEEP_DAYS * 86_400_000).toISOString();
  const oldest = await rangeOf(entryId)
    .limit(count - KEEP_VERSIONS)
    .toArray();
  const expired = oldest.filter((v) => v.replacedAt < cutoff).map((v) => v.id);
  if (expired.length > 0) await db.entryHistory.bulkDelete(expired);
  return expired.length;
}

/** Deletes the history of entries deleted for good (inside the caller's transaction). */
export async function deleteHistoryOf(entryIds: readonly string[]): Promise<void> {
  if (entryIds.length === 0) return;
  const ids = await db.entryHistory
    .where('entryId')
    .anyOf([...entryIds])
    .primaryKeys();
  await db.entryHistory.bulkDelete(ids);
}
