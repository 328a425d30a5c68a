import {
  looksLikeEncryptedBackup,
  readEncryptedBackup,
  type EncryptedBackupV1,
} from '../../../shared/formats/encrypted-backup';
import { openBackupText, sealBackupText } from '../db/crypto/backupEnvelope';
import type { KeySlot } from '../db/crypto/keyslots';
import { isEncryptedAtRest, requireDataKey } from '../db/crypto/session';
import { createBackupText, type CreateBackupOptions } from '../db/repo/backup';
import { readPrivacy } from '../db/repo/privacy';

/**
 * Backup files with encryption at rest: while the journal is encrypted, every backup
 * — saved by hand or written automatically — is a `grove.backup.encrypted` file unless the person
 * asks for a plain one on purpose. Opening one asks for that backup's passphrase or recovery key.
 */
export interface BackupFileOptions extends CreateBackupOptions {
  /** A readable file on purpose (the UI warns first). */
  plain?: boolean;
}

export function backupsAreEncrypted(): boolean {
  return isEncryptedAtRest();
}

export async function createBackupFileText(options: BackupFileOptions = {}): Promise<string> {
  const { plain = false, ...rest } = options;
  const text = await createBackupText(rest);
  return plain || !isEncryptedAtRest() ? text : sealWithJournalKeys(text);
}

/** Seals a plain backup's text with the journal's data key and its current key slots. */
export async function sealWithJournalKeys(
  text: string,
  given?: readonly KeySlot[],
): Promise<string> {
  let list = given;
  if (!list) {
    const { slots } = await readPrivacy();
    list = [slots.passphrase, slots.recovery].filter((s) => s !== undefined);
  }
  return sealBackupText(text, requireDataKey(), list, {
    name: 'Grove',
    version: (import.meta.env['VITE_APP_VERSION'] as string | undefined) ?? '0.0.0',
  });
}

export type BackupFileKind =
  { encrypted: false } | { encrypted: true; envelope: EncryptedBackupV1 };

/** Tells an encrypted backup from any other file; a damaged envelope throws a FormatError. */
export function inspectBackupFile(text: string): BackupFileKind {
  if (!looksLikeEncryptedBackup(text)) return { encrypted: false };
  return { encrypted: true, envelope: readEncryptedBackup(text) };
}

/** The plain backup inside; a wrong passphrase or recovery key throws and changes nothing. */
export function openEncryptedBackup(envelope: EncryptedBackupV1, secret: string): Promise<string> {
  return openBackupText(envelope, secret);
}
