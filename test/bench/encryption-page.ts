import { createBackupText, importBackupText } from '../../renderer/src/db/repo/backup';
import { entryIds, getEntries } from '../../renderer/src/db/repo/entries';
import { readPrivacy, saveAutoLockMinutes } from '../../renderer/src/db/repo/privacy';
import { dropDataKey } from '../../renderer/src/db/crypto/session';
import {
  createBackupFileText,
  inspectBackupFile,
  openEncryptedBackup,
} from '../../renderer/src/export/encryptedBackup';
import {
  beginDecryption,
  beginEncryption,
  prepareEncryption,
  rememberPrivacy,
  runConversion,
  unlockWithPassphrase,
} from '../../renderer/src/privacy/privacyService';

/**
 * The encryption half of the benchmark's in-page code, on `window.groveBenchEnc`: turn
 * encryption on over the seeded journal (and off again), lock and unlock (key derivation timed
 * apart), and the backup round trip and restores as a person runs them with encryption on.
 */
const now = () => performance.now();

/**
 * Turns encryption on through the app's own calls (the same ones the Privacy settings make) and
 * leaves this page unlocked. Auto-lock is switched off: a long run at 100,000 entries keeps an
 * app page idle longer than the default 15 minutes, and a lock mid-measurement is no figure.
 */
async function encryptJournal(passphrase: string): Promise<{ convertMs: number }> {
  const started = now();
  await beginEncryption(await prepareEncryption(passphrase));
  await runConversion(() => {});
  const convertMs = now() - started;
  await saveAutoLockMinutes(0);
  return { convertMs };
}

/** Turns encryption off again (every record written back in the clear), as the settings do. */
async function decryptJournal(): Promise<{ convertMs: number }> {
  const started = now();
  await beginDecryption();
  await runConversion(() => {});
  return { convertMs: now() - started };
}

/** Lock, then passphrase → key (kdfMs) → the newest page of entries read and opened (unlockMs). */
async function lockAndUnlock(passphrase: string): Promise<{ kdfMs: number; unlockMs: number }> {
  dropDataKey();
  rememberPrivacy(await readPrivacy());
  const started = now();
  const { kdfMs } = await unlockWithPassphrase(passphrase);
  const ids = await entryIds();
  await getEntries(ids.slice(0, 50));
  return { kdfMs, unlockMs: now() - started };
}

/**
 * A full backup with encryption on — the sealed file every backup is while the journal is
 * encrypted — then its restore: opened with the passphrase, then validated and written, as the
 * app's restore of an encrypted file does.
 */
async function sealedRoundTrip(
  passphrase: string,
): Promise<{ exportMs: number; restoreMs: number; bytes: number }> {
  let started = now();
  const sealed = await createBackupFileText();
  const exportMs = now() - started;
  started = now();
  const kind = inspectBackupFile(sealed);
  if (!kind.encrypted) throw new Error('bench: the backup with encryption on is not sealed');
  await importBackupText(await openEncryptedBackup(kind.envelope, passphrase), 'restore');
  return { exportMs, restoreMs: now() - started, bytes: sealed.length };
}

/** A plain backup file restored into the encrypted journal (every record sealed as written). */
async function restorePlain(): Promise<{ restoreMs: number }> {
  const plain = await createBackupText();
  const started = now();
  await importBackupText(plain, 'restore');
  return { restoreMs: now() - started };
}

const api = { encryptJournal, decryptJournal, lockAndUnlock, sealedRoundTrip, restorePlain };
export type GroveBenchEncryption = typeof api;
(window as unknown as { groveBenchEnc: GroveBenchEncryption }).groveBenchEnc = api;
