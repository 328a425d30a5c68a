import { Dexie } from 'dexie';
import { createBackupText } from '../db/repo/backup';
import { db, DATABASE_NAME } from '../db/db';
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
  const probe = new Dexie(name);
  try {
    await probe.open();
    if (probe.verno >= latest) return false;
    const text = await createBackupText({ source: probe, schemaVersion: probe.verno });
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
  reason: 'daily' | 'scheduled' | 'before-restore' | 'before-merge',
): Promise<string | null> {
  if (!(await hasAnyData())) return null;
  const text = await createBackupText();
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
 * Before a restore replaces everything, or a merge mixes another journal in, what is there now is
 * kept: in the desktop app as an automatic backup (kept 30 days whatever the rotation), in web
 * mode as an offered download. Throws if the copy could not be made, so the step does not go
 * ahead without it.
 */
export async function safetyCopyBefore(step: 'restore' | 'merge'): Promise<string | null> {
  if (platform.autoBackups) return writeAutomaticBackup(platform.autoBackups, `before-${step}`);
  if (!(await hasAnyData())) return null;
  const fileName = `grove-backup-before-${step}-${todayIsoDate()}.json`;
  const saved = await platform.saveFile({
    suggestedName: fileName,
    content: await createBackupText(),
    filters: [{ name: 'Grove backup', extensions: ['json'] }],
  });
  if (!saved.saved) throw new Error('The safety copy of your current journal was not saved.');
  return saved.fileName;
}

export const safetyCopyBeforeRestore = () => safetyCopyBefore('restore');
