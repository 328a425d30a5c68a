import { entrySchema, type Entry } from '../../../shared/domain/records';
import { walStorage } from '../db/crypto/walStorage';
import { saveEntry } from '../db/repo/entries';

/**
 * A write-ahead log for drafts in flight. Every keystroke is written here synchronously (IndexedDB
 * writes are asynchronous and may not finish when the window closes or the renderer crashes); the
 * entry is removed once the same text is safely in Dexie. At start-up, anything left here is newer
 * than the database and is saved through the repository before the first screen reads.
 *
 * It holds only unsaved keystrokes, for seconds, never a second copy of the journal.
 */
const PREFIX = 'grove:wal:';

interface WalRecord {
  writtenAt: string;
  entry: Entry;
}

export function writeAhead(entry: Entry, storage: Storage = walStorage): void {
  try {
    const record: WalRecord = { writtenAt: new Date().toISOString(), entry };
    storage.setItem(PREFIX + entry.id, JSON.stringify(record));
  } catch {
    // Storage full or unavailable: the debounced Dexie save still runs; nothing else to do here.
  }
}

/** Removes the log record, but only if it still holds exactly what was saved. */
export function clearWriteAhead(saved: Entry, storage: Storage = walStorage): void {
  const raw = storage.getItem(PREFIX + saved.id);
  if (!raw) return;
  try {
    const record = JSON.parse(raw) as WalRecord;
    const same =
      record.entry.title === saved.title &&
      record.entry.body === saved.body &&
      JSON.stringify(record.entry.answers) === JSON.stringify(saved.answers);
    if (same) storage.removeItem(PREFIX + saved.id);
  } catch {
    storage.removeItem(PREFIX + saved.id);
  }
}

/** Saves every logged draft that is newer than what the database holds. Returns how many. */
export async function recoverWriteAhead(storage: Storage = walStorage): Promise<number> {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  let recovered = 0;
  for (const key of keys) {
    try {
      const record = JSON.parse(storage.getItem(key) ?? '') as WalRecord;
      const parsed = entrySchema.safeParse(record.entry);
      if (parsed.success) {
        const outcome = await saveEntry(parsed.data);
        if (outcome.saved) recovered++;
      }
    } catch {
      // An unreadable log record cannot be recovered; drop it rather than fail start-up.
    }
    storage.removeItem(key);
  }
  return recovered;
}
