import { entrySchema, type Entry } from '../../../shared/domain/records';
import { sameValue } from '../../../shared/domain/merge';
import { getEntry, saveEntry } from '../db/repo/entries';

/**
 * A write-ahead log for drafts in flight. Every keystroke is written here synchronously (IndexedDB
 * writes are asynchronous and may not finish when the window closes or the renderer crashes); a
 * record leaves the log only once the database holds exactly that draft. At start-up, what is
 * left is merged into the database through the repository (the same three-way merge as two
 * windows: the record carries the revision it started from) before the first screen reads.
 *
 * A record that cannot be saved (invalid, too big, a full disk, a closed database) stays in the
 * log and is shown to the person; one this version cannot read (unreadable, or written by a newer
 * Grove) is moved aside, reported, and never applied or deleted without the person's say.
 *
 * It holds only unsaved keystrokes, for seconds, never a second copy of the journal.
 */
const PREFIX = 'grove:wal:';
const ASIDE_PREFIX = 'grove:wal-aside:';
/** Version 1 records had no `v` and no `base`. */
export const WAL_VERSION = 2;

interface WalRecord {
  v: number;
  writtenAt: string;
  entry: Entry;
  /** The stored revision the draft started from; null for an entry not yet stored. */
  base: Entry | null;
}

export function writeAhead(
  entry: Entry,
  base: Entry | null = null,
  storage: Storage = localStorage,
): void {
  try {
    const record: WalRecord = { v: WAL_VERSION, writtenAt: new Date().toISOString(), entry, base };
    storage.setItem(PREFIX + entry.id, JSON.stringify(record));
  } catch {
    // Storage full or unavailable: the Dexie save still runs; nothing else to do here.
  }
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
export function clearWriteAhead(saved: Entry, storage: Storage = localStorage): void {
  const raw = storage.getItem(PREFIX + saved.id);
  if (!raw) return;
  let record: WalRecord;
  try {
    record = JSON.parse(raw) as WalRecord;
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

const keysWith = (storage: Storage, prefix: string): string[] => {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
};

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
export async function recoverWriteAhead(storage: Storage = localStorage): Promise<RecoveryReport> {
  let recovered = 0;
  for (const key of keysWith(storage, PREFIX)) {
    const raw = storage.getItem(key) ?? '';
    let record: Partial<WalRecord>;
    try {
      record = JSON.parse(raw) as Partial<WalRecord>;
      if (typeof record !== 'object' || record === null) throw new Error('not a record');
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
  return { recovered, stuck: await stuckDrafts(storage) };
}

/** Every record left in the log or set aside, described (reads only). */
export async function stuckDrafts(storage: Storage = localStorage): Promise<StuckDraft[]> {
  const out: StuckDraft[] = [];
  for (const key of [...keysWith(storage, PREFIX), ...keysWith(storage, ASIDE_PREFIX)]) {
    const raw = storage.getItem(key) ?? '';
    const aside = key.startsWith(ASIDE_PREFIX);
    let record: Partial<WalRecord> | null = null;
    try {
      record = JSON.parse(raw) as Partial<WalRecord>;
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

/** The raw record, for a download the person keeps. */
export function stuckDraftText(key: string, storage: Storage = localStorage): string | null {
  if (!key.startsWith(PREFIX) && !key.startsWith(ASIDE_PREFIX)) return null;
  return storage.getItem(key);
}

/** Deletes a stuck record: only ever on the person's explicit request. */
export function discardStuckDraft(key: string, storage: Storage = localStorage): void {
  if (key.startsWith(PREFIX) || key.startsWith(ASIDE_PREFIX)) storage.removeItem(key);
}
