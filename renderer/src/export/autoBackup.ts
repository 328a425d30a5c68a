import { backupOfOlderDatabase, hasAnyData } from '../db/repo/database';
import { isEncryptedAtRest, isLocked } from '../db/crypto/session';
import { createBackupFileText, sealWithJournalKeys } from './encryptedBackup';
import { platform, type AutoBackups } from '../platform';
import { todayIsoDate } from '../../../shared/domain/dates';

const DAY_MS = 86_400_000;
/** While the app is open, a copy every few hours. */
export const SCHEDULED_EVERY_MS = 4 * 3_600_000;

/**
 * Before Dexie upgrades a database to a newer schema, a copy of what is there now goes to the
 * desktop shell. Returns whether a copy was written.
 */
export async function backupBeforeMigration(
  autoBackups: AutoBackups | null | undefined = platform.autoBackups,
  name?: string,
  latest?: number,
): Promise<boolean> {
  if (!autoBackups) return false;
  const older = await backupOfOlderDatabase(name, latest);
  if (older === null) return false;
  // An encrypted journal is unlocked before it is opened: its copy is sealed again with the same
  // key slots.
  const text = isEncryptedAtRest()
    ? await sealWithJournalKeys(older.text, older.slots)
    : older.text;
  await autoBackups.write(text, 'before-migration');
  return true;
}

/** Writes an automatic backup of the current journal; skips an empty one. */
export async function writeAutomaticBackup(
  autoBackups: AutoBackups,
  reason: 'daily' | 'scheduled' | 'before-restore' | 'before-merge',
): Promise<string | null> {
  // Locked: nothing can be read; the next scheduled copy runs after unlock.
  if (isLocked()) return null;
  if (!(await hasAnyData())) return null;
  // Encrypted whenever the journal is.
  const text = await createBackupFileText();
  return (await autoBackups.write(text, reason)).fileName;
}

export interface AutomaticBackups {
  /** Stops the timer. */
  stop(): void;
  /**
   * Settles when the start-up check is over: whether a copy was written, skipped (a recent one
   * exists, or the journal is empty) or failed. Tests wait on it instead of sleeping.
   */
  startup: Promise<'written' | 'skipped' | 'failed'>;
}

/** At start, a copy when the newest is older than a day; then one every few hours while open. */
export function startAutomaticBackups(
  autoBackups: AutoBackups | null | undefined = platform.autoBackups,
  now: () => number = Date.now,
): AutomaticBackups {
  if (!autoBackups) return { stop: () => {}, startup: Promise.resolve('skipped') };
  const report = (error: unknown) =>
    console.warn(
      '[grove] automatic backup failed:',
      error instanceof Error ? error.message : error,
    );
  const startup = (async () => {
    const [newest] = await autoBackups.list();
    if (newest && now() - Date.parse(newest.createdAt) <= DAY_MS) return 'skipped' as const;
    return (await writeAutomaticBackup(autoBackups, 'daily')) === null
      ? ('skipped' as const)
      : ('written' as const);
  })().catch((error: unknown) => {
    report(error);
    return 'failed' as const;
  });
  const timer = setInterval(() => {
    writeAutomaticBackup(autoBackups, 'scheduled').catch(report);
  }, SCHEDULED_EVERY_MS);
  return { stop: () => clearInterval(timer), startup };
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
    content: await createBackupFileText(),
    filters: [{ name: 'Grove backup', extensions: ['json'] }],
  });
  if (!saved.saved) throw new Error('The safety copy of your current journal was not saved.');
  return saved.fileName;
}

export const safetyCopyBeforeRestore = () => safetyCopyBefore('restore');
