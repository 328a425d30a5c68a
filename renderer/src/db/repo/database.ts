import type { KeySlot } from '../crypto/keyslots';
import type { PrivacyRow } from '../crypto/privacyRows';
import { db, DATABASE_NAME } from '../db';
import { LATEST_SCHEMA_VERSION } from '../schema';
import { createBackupText } from './backup';
import { openIfExists, openStoredJournal } from './privacy';

/** Opens the journal (upgrading its schema when the app brings a newer one). */
export async function openDatabase(): Promise<void> {
  await db.open();
}

/** Whether any table holds a record: an empty journal needs no automatic backup. */
export async function hasAnyData(): Promise<boolean> {
  for (const table of db.tables) if ((await table.count()) > 0) return true;
  return false;
}

/**
 * A full backup of the stored database as it is, when its schema is older than the app's; null
 * when it is current or absent. The database is opened without a schema (Dexie's dynamic mode),
 * so it is read at its stored version and nothing is upgraded yet; it is read through the
 * encryption middleware (an encrypted journal is unlocked before it is opened), and the stored
 * key slots come with it so the copy can be sealed again with them.
 */
export async function backupOfOlderDatabase(
  name: string = DATABASE_NAME,
  latest: number = LATEST_SCHEMA_VERSION,
): Promise<{ text: string; slots: KeySlot[] } | null> {
  const probe = openStoredJournal(name);
  try {
    if (!(await openIfExists(probe))) return null;
    if (probe.verno >= latest) return null;
    const text = await createBackupText({ source: probe, schemaVersion: probe.verno });
    const hasPrivacy = probe.tables.some((t) => t.name === 'privacy');
    const rows = hasPrivacy ? ((await probe.table('privacy').toArray()) as PrivacyRow[]) : [];
    const slots = rows.flatMap((row) => ('slot' in row ? [row.slot] : []));
    return { text, slots };
  } finally {
    probe.close();
  }
}
