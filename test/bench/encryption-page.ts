import { createBackupText, importBackupText } from '../../renderer/src/db/repo/backup';
import { entryIds, getEntries } from '../../renderer/src/db/repo/entries';
import { readPrivacy } from '../../renderer/src/db/repo/privacy';
import { dropDataKey } from '../../renderer/src/db/crypto/session';
import {
  createBackupFileText,
  openEncryptedBackup,
} from '../../renderer/src/export/encryptedBackup';
import {
  beginEncryption,
  prepareEncryption,
  rememberPrivacy,
  runConversion,
  unlockWithPassphrase,
} from '../../renderer/src/privacy/privacyService';

/**
 * The encryption half of the benchmark's in-page code, on `window.groveBenchEnc`: turn
 * encryption on over the seeded journal, lock and unlock (key derivation timed apart), and the
 * encrypted backup's restore next to the plain one on the same records.
 */
const now = () => performance.now();

async function encryptJournal(passphrase: string): Promise<{ convertMs: number }> {
  const started = now();
  await beginEncryption(await prepareEncryption(passphrase));
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

async function restoreBoth(
  passphrase: string,
): Promise<{ restorePlainMs: number; restoreEncMs: number }> {
  const plain = await createBackupText();
  let started = now();
  await importBackupText(plain, 'restore');
  const restorePlainMs = now() - started;
  const sealed = await createBackupFileText();
  const envelope = JSON.parse(sealed) as Parameters<typeof openEncryptedBackup>[0];
  started = now();
  await importBackupText(await openEncryptedBackup(envelope, passphrase), 'restore');
  return { restorePlainMs, restoreEncMs: now() - started };
}

const api = { encryptJournal, lockAndUnlock, restoreBoth };
export type GroveBenchEncryption = typeof api;
(window as unknown as { groveBenchEnc: GroveBenchEncryption }).groveBenchEnc = api;
