import { entrySchema, type Entry } from '../../../shared/domain/records';
import { walStorage } from '../db/crypto/walStorage';
import { sameValue } from '../../../shared/domain/merge';
import { getEntry, replayOlderDraft, saveEntry } from '../db/repo/entries';

/**
 * A write-ahead log for drafts in flight. Every keystroke is written here synchronously (IndexedDB
 * writes are asynchronous and may not finish when the window closes or the renderer crashes); a
 * record leaves the log only once the database holds exactly that draft. At start-up, what is
 * left is merged into the database through the repository (the same three-way merge as two
 * windows: the record carries the revision it started from) before the first screen reads.
 *
 * Only a record written after the stored revision is applied; an older one never overwrites newer
 * text (what it holds beyond that text is kept in the entry's history).
 *
 * A record that cannot be saved (invalid, too big, a full disk, a closed database) stays in the
 * log and is shown to the person; one this version cannot read (unreadable, or written by a newer
 * Grove) is moved aside, reported, and never applied or deleted without the person's say.
 *
 * It holds only unsaved keystrokes, for seconds, never a second copy of the journal. A long body
 * (see draftLog.ts) is logged as a change to a checkpoint copy of the open entry's text, kept
 * under `grove:wal-body:` while its editor is open, so a keystroke writes bytes, not a megabyte.
 */
export const PREFIX = 'grove:wal:';
const ASIDE_PREFIX = 'grove:wal-aside:';
/** Checkpoints of long bodies that records refer to; not records themselves. */
export const CHECKPOINT_PREFIX = 'grove:wal-body:';
/**
 * Version 1 records had no `v` and no `base`; version 3 may hold its bodies as changes to a
 * checkpoint (`checkpoint`, `body`, `baseBody`).
 */
export const WAL_VERSION = 3;

/** A text as a change to a checkpoint: `checkpoint.slice(0, from) + insert + checkpoint.slice(to)`. */
export interface BodyPatch {
  from: number;
  to: number;
  insert: string;
}

export interface WalRecord {
  v: number;
  writtenAt: string;
  entry: Entry;
  /** The stored revision the draft started from; null for an entry not yet stored. */
  base: Entry | null;
  /** The checkpoint's storage key, when `entry.body` (and `base.body`) are the patches below. */
  checkpoint?: string;
  body?: BodyPatch;
  baseBody?: BodyPatch | null;
}

/** Writes a record holding every field in full; returns what was stored, or null if it failed. */
export function writeAhead(
  entry: Entry,
  base: Entry | null = null,
  storage: Storage = walStorage,
): string | null {
  try {
    const record: WalRecord = { v: WAL_VERSION, writtenAt: new Date().toISOString(), entry, base };
    const raw = JSON.stringify(record);
    storage.setItem(PREFIX + entry.id, raw);
    return raw;
  } catch {
    // Storage full or unavailable: the Dexie save still runs; nothing else to do here.
    return null;
  }
}

export const walKey = (entryId: string) => PREFIX + entryId;

const keysWith = (storage: Storage, prefix: string): string[] => {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
};

function applyPatch(checkpoint: string, patch: unknown): string {
  const { from, to, insert } = (patch ?? {}) as Partial<BodyPatch>;
  if (
    !Number.isInteger(from) ||
    !Number.isInteger(to) ||
    typeof insert !== 'string' ||
    from! < 0 ||
    from! > to! ||
    to! > checkpoint.length
  )
    throw new Error('a body change that does not fit its checkpoint');
  return checkpoint.slice(0, from) + insert + checkpoint.slice(to);
}

/**
 * Parses a stored record and puts its bodies back together from its checkpoint. Throws when the
 * record is unreadable or its checkpoint is gone (such a record can never be applied).
 */
export function readWalRecord(raw: string, storage: Storage = walStorage): Partial<WalRecord> {
  const record = JSON.parse(raw) as Partial<WalRecord>;
  if (typeof record !== 'object' || record === null) throw new Error('not a record');
  if (record.checkpoint === undefined) return record;
  if (typeof record.checkpoint !== 'string' || !record.checkpoint.startsWith(CHECKPOINT_PREFIX))
    throw new Error('not a checkpoint');
  const checkpoint = storage.getItem(record.checkpoint);
  if (checkpoint === null) throw new Error('its checkpoint is missing');
  const { checkpoint: _key, body, baseBody, ...rest } = record;
  return {
    ...rest,
    entry: { ...(record.entry as Entry), body: applyPatch(checkpoint, body) },
    base: record.base ? { ...record.base, body: applyPatch(checkpoint, baseBody) } : null,
  };
}

/** The checkpoint key a stored record refers to, if any (read without putting bodies together). */
function checkpointOf(raw: string | null): string | null {
  if (raw === null) return null;
  try {
    const key = (JSON.parse(raw) as Partial<WalRecord>).checkpoint;
    return typeof key === 'string' ? key : null;
  } catch {
    return null;
  }
}

/** Removes checkpoints no record in the log refers to (an editor that closed or crashed). */
export function sweepCheckpoints(storage: Storage = walStorage): void {
  const referred = new Set(keysWith(storage, PREFIX).map((k) => checkpointOf(storage.getItem(k))));
  for (const key of keysWith(storage, CHECKPOINT_PREFIX))
    if (!referred.has(key)) storage.removeItem(key);
}

/** Fields a stored entry sets itself; every other field must match for a draft to be "in". */
const STAMPS = new Set(['createdAt', 'updatedAt', 'deleted', 'deletedAt']);

export function sameDraft(a: Entry, b: Entry): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (STAMPS.has(key)) continue;
    if (!sameValue(a[key as keyof Entry], b[key as keyof Entry])) return false;
  }
  return true;
}

/** Removes the log record, but only if it holds exactly what was saved (every field). */
export function clearWriteAhead(saved: Entry, storage: Storage = walStorage): void {
  const raw = storage.getItem(PREFIX + saved.id);
  if (!raw) return;
  let record: Partial<WalRecord>;
  try {
    record = readWalRecord(raw, storage);
  } catch {
    return; // Unreadable: left for start-up, which sets it aside and reports it.
  }
  if (record?.entry && sameDraft(record.entry, saved)) storage.removeItem(PREFIX + saved.id);
}

/** A draft the log could not put into the database, as shown to the person. */
export interface StuckDraft {
  /** Storage key; pass it back to download or discard. */
  key: string;
  entryId: string | null;
  title: string;
  writtenAt: string | null;
  /** Why, in words for the person. */
  problem: string;
  /** Set aside: unreadable or from a newer version (never applied). */
  aside: boolean;
}

export interface RecoveryReport {
  recovered: number;
  stuck: StuckDraft[];
}

function setAside(storage: Storage, key: string, raw: string): string {
  const asideKey = ASIDE_PREFIX + key.slice(PREFIX.length);
  try {
    storage.setItem(asideKey, raw);
    storage.removeItem(key);
    return asideKey;
  } catch {
    return key; // Could not move it: it stays where it is, still reported.
  }
}

/**
 * Saves every logged draft the database does not hold yet, merged as a second window's save
 * would be. Returns how many were saved and which drafts are stuck (kept, for the person).
 */
export async function recoverWriteAhead(storage: Storage = walStorage): Promise<RecoveryReport> {
  let recovered = 0;
  for (const key of keysWith(storage, PREFIX)) {
    const raw = storage.getItem(key) ?? '';
    let record: Partial<WalRecord>;
    try {
      record = readWalRecord(raw, storage);
    } catch {
      setAside(storage, key, raw);
      continue;
    }
    const version = record.v ?? 1;
    if (typeof version !== 'number' || version > WAL_VERSION) {
      setAside(storage, key, raw);
      continue;
    }
    const parsed = entrySchema.safeParse(record.entry);
    if (!parsed.success) continue; // Kept: reported by stuckDrafts below.
    const draft = parsed.data;
    const base = record.base ? entrySchema.safeParse(record.base) : null;
    try {
      const stored = await getEntry(draft.id);
      if (stored && sameDraft(stored, draft)) {
        storage.removeItem(key); // The database already holds exactly this draft.
        continue;
      }
      // Only drafts newer than the database win. An older one (localStorage reaches the disk
      // later than IndexedDB, so a killed browser can leave a stale record behind) never
      // overwrites newer stored text; see replayOlderDraft.
      const writtenAt = Date.parse(String(record.writtenAt));
      if (stored && !(writtenAt > Date.parse(stored.updatedAt))) {
        if (await replayOlderDraft(draft, base?.success ? base.data : null)) recovered++;
        storage.removeItem(key);
        continue;
      }
      const outcome = await saveEntry(draft, { base: base?.success ? base.data : null });
      if (outcome.saved) {
        recovered++;
        storage.removeItem(key);
      } else if (outcome.reason === 'empty') {
        storage.removeItem(key);
      }
      // 'deleted-for-good': kept and reported; the person decides.
    } catch {
      // Quota, a closed database, a rejected record: kept and reported.
    }
  }
  sweepCheckpoints(storage);
  return { recovered, stuck: await stuckDrafts(storage) };
}

/** Every record left in the log or set aside, described (reads only). */
export async function stuckDrafts(storage: Storage = walStorage): Promise<StuckDraft[]> {
  const out: StuckDraft[] = [];
  for (const key of [...keysWith(storage, PREFIX), ...keysWith(storage, ASIDE_PREFIX)]) {
    const raw = storage.getItem(key) ?? '';
    const aside = key.startsWith(ASIDE_PREFIX);
    let record: Partial<WalRecord> | null = null;
    try {
      record = aside ? (JSON.parse(raw) as Partial<WalRecord>) : readWalRecord(raw, storage);
    } catch {
      record = null;
    }
    const entry = (record?.entry ?? null) as Partial<Entry> | null;
    const parsed = entrySchema.safeParse(entry);
    let problem: string;
    if (!record || typeof record !== 'object') problem = 'It is unreadable.';
    else if ((record.v ?? 1) > WAL_VERSION) problem = 'It was written by a newer version of Grove.';
    else if (!parsed.success)
      problem =
        `It is not a valid entry: ${parsed.error.issues[0]?.path.join('.') ?? ''} ${parsed.error.issues[0]?.message ?? ''}`.trim();
    else {
      const stored = await getEntry(parsed.data.id).catch(() => undefined);
      problem = stored
        ? 'It could not be saved.'
        : 'Its entry was deleted for good, or it could not be saved.';
    }
    out.push({
      key,
      entryId: typeof entry?.id === 'string' ? entry.id : null,
      title: typeof entry?.title === 'string' && entry.title.trim() ? entry.title : 'Untitled',
      writtenAt: typeof record?.writtenAt === 'string' ? record.writtenAt : null,
      problem,
      aside,
    });
  }
  return out;
}

/** The record, for a download the person keeps: with its whole text when it has a checkpoint. */
export function stuckDraftText(key: string, storage: Storage = walStorage): string | null {
  if (!key.startsWith(PREFIX) && !key.startsWith(ASIDE_PREFIX)) return null;
  const raw = storage.getItem(key);
  if (raw === null || checkpointOf(raw) === null) return raw;
  try {
    return JSON.stringify(readWalRecord(raw, storage));
  } catch {
    return raw;
  }
}

/** Deletes a stuck record (and its checkpoint): only ever on the person's explicit request. */
export function discardStuckDraft(key: string, storage: Storage = walStorage): void {
  if (!key.startsWith(PREFIX) && !key.startsWith(ASIDE_PREFIX)) return;
  const checkpoint = checkpointOf(storage.getItem(key));
  storage.removeItem(key);
  if (checkpoint?.startsWith(CHECKPOINT_PREFIX)) storage.removeItem(checkpoint);
}
