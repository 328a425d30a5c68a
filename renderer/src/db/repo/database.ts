import { Dexie } from 'dexie';
import { db, DATABASE_NAME } from '../db';
import { LATEST_SCHEMA_VERSION } from '../schema';
import { createBackupText } from './backup';

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
 * so it is read at its stored version and nothing is upgraded yet.
 */
export async function backupOfOlderDatabase(
  name: string = DATABASE_NAME,
  latest: number = LATEST_SCHEMA_VERSION,
): Promise<string | null> {
  if (!(await Dexie.exists(name))) return null;
  const probe = new Dexie(name);
  try {
    await probe.open();
    if (probe.verno >= latest) return null;
    return await createBackupText({ source: probe, schemaVersion: probe.verno });
  } finally {
    probe.close();
  }
}
