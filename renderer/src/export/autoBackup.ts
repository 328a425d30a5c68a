import { Dexie } from 'dexie';
import { createBackupText } from '../db/repo/backup';
import { db, DATABASE_NAME } from '../db/db';
import { openStoredJournal } from '../db/repo/privacy';
import { isEncryptedAtRest, isLocked } from '../db/crypto/session';
import type { PrivacyRow } from '../db/crypto/privacyRows';
import { createBackupFileText, sealWithJournalKeys } from './encryptedBackup';
import { LATEST_SCHEMA_VERSION } from '../db/schema';
import { platform, type AutoBackups } from '../platform';
import { todayIsoDate } from '../../../shared/domain/dates';

const DAY_MS = 86_400_000;
/** While the app is open, a copy every few hours. */
export const SCHEDULED_EVERY_MS = 4 * 3_600_000;

/**
 * Before Dexie upgrades a database to a newer schema, a copy of what is there now goes to the
 * desktop shell. The database is opened without a schema (Dexie's dynamic mode) so it is read as
 * it is, at its stored version, and nothing is upgraded yet. Returns whether a copy was written.
 */
export async function backupBeforeMigration(
  autoBackups: AutoBackups | null | undefined = platform.autoBackups,
  name: string = DATABASE_NAME,
  latest: number = LATEST_SCHEMA_VERSION,
): Promise<boolean> {
  if (!autoBackups) return false;
  if (!(await Dexie.exists(name))) return false;
  // Through the encryption middleware: an encrypted journal is unlocked before it is opened, so
  // its records are read opened and the copy is sealed again with the same key slots.
  const probe = openStoredJournal(name);
  try {
    await probe.open();
    if (probe.verno >= latest) return false;
    const plain = await createBackupText({ source: probe, schemaVersion: probe.verno });
    const hasPrivacy = probe.tables.some((t) => t.name === 'privacy');
    const rows = hasPrivacy ? ((await probe.table('privacy').toArray()) as PrivacyRow[]) : [];
    const slots = rows.flatMap((row) => ('slot' in row ? [row.slot] : []));
    const text = isEncryptedAtRest() ? await sealWithJournalKeys(plain, slots) : plain;
    await autoBackups.write(text, 'before-migration');
    return true;
  } finally {
    probe.close();
  }
}

async function hasAnyData(): Promise<boolean> {
  for (const table of db.tables) if ((await table.count()) > 0) return true;
  return false;
}

/** Writes an automatic backup of the current journal; skips an empty one. */
export async function writeAutomaticBackup(
  autoBackups: AutoBackups,
  reason: 'daily' | 'scheduled' | 'before-restore',
): Promise<string | null> {
  // Locked: nothing can be read; the next scheduled copy runs after unlock (issue 13).
  if (isLocked()) return null;
  if (!(await hasAnyData())) return null;
  // Encrypted whenever the journal is (issue 13).
  const text = await createBackupFileText();
  return (await autoBackups.write(text, reason)).fileName;
}

/**
 * At start, a copy when the newest is older than a day; then one every few hours while open.
 * Returns a function that stops the timer.
 */
export function startAutomaticBackups(
  autoBackups: AutoBackups | null | undefined = platform.autoBackups,
  now: () => number = Date.now,
): () => void {
  if (!autoBackups) return () => {};
  const report = (error: unknown) =>
    console.warn(
      '[grove] automatic backup failed:',
      error instanceof Error ? error.message : error,
    );
  void (async () => {
    const [newest] = await autoBackups.list();
    if (!newest || now() - Date.parse(newest.createdAt) > DAY_MS) {
      await writeAutomaticBackup(autoBackups, 'daily');
    }
  })().catch(report);
  const timer = setInterval(() => {
    writeAutomaticBackup(autoBackups, 'scheduled').catch(report);
  }, SCHEDULED_EVERY_MS);
  return () => clearInterval(timer);
}

/**
 * Before a restore replaces everything, what is there now is kept: in the desktop app as an
 * automatic backup, in web mode as a download. Throws if the copy could not be made, so the
 * restore does not go ahead without it.
 */
export async function safetyCopyBeforeRestore(): Promise<string | null> {
  if (platform.autoBackups) return writeAutomaticBackup(platform.autoBackups, 'before-restore');
  if (!(await hasAnyData())) return null;
  const fileName = `grove-backup-before-restore-${todayIsoDate()}.json`;
  const saved = await platform.saveFile({
    suggestedName: fileName,
    content: await createBackupFileText(),
    filters: [{ name: 'Grove backup', extensions: ['json'] }],
  });
  if (!saved.saved) throw new Error('The safety copy of your current journal was not saved.');
  return saved.fileName;
}
