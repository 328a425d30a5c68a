import {
  ENCRYPTED_BACKUP_FORMAT,
  ENCRYPTED_BACKUP_VERSION,
  encryptedBackupAad,
  readEncryptedBackup,
  type EncryptedBackupV1,
  type KeySlotRecord,
} from '../../../../shared/formats/encrypted-backup';
import { copyBytes, fromBase64, fromUtf8, randomBytes, toBase64, utf8, wipe } from './bytes';
import { unwrapSlot, WrongSecretError, type KeySlot } from './keyslots';
import { parseRecoveryKey } from './recoveryKey';

// The file's slot schema and the app's slot type must describe the same thing.
const _sameShape: KeySlot = {} as KeySlotRecord;
void _sameShape;

/**
 * Seals and opens `grove.backup.encrypted` files. Outside any database transaction, so the
 * payload uses WebCrypto's AES-GCM (one call for the whole file).
 */
export async function sealBackupText(
  backupText: string,
  dataKey: Uint8Array,
  slots: readonly KeySlot[],
  generator: { name: string; version: string } = { name: 'Grove', version: '0' },
): Promise<string> {
  if (slots.length === 0) throw new Error('An encrypted backup needs at least one key slot.');
  const createdAt = new Date().toISOString();
  const iv = randomBytes(12);
  const key = await crypto.subtle.importKey('raw', copyBytes(dataKey), 'AES-GCM', false, [
    'encrypt',
  ]);
  const sealed = await crypto.subtle.encrypt(
    {
      name: 'AES-GCM',
      iv: copyBytes(iv),
      additionalData: copyBytes(utf8(encryptedBackupAad({ createdAt }))),
    },
    key,
    copyBytes(utf8(backupText)),
  );
  const envelope: EncryptedBackupV1 = {
    format: ENCRYPTED_BACKUP_FORMAT,
    version: ENCRYPTED_BACKUP_VERSION,
    createdAt,
    generator,
    contains: 'grove.backup',
    cipher: { algorithm: 'AES-256-GCM', iv: toBase64(iv) },
    keySlots: [...slots],
    ciphertext: toBase64(new Uint8Array(sealed)),
  };
  return JSON.stringify(envelope);
}

export class WrongBackupKeyError extends Error {
  constructor() {
    super(
      'That passphrase or recovery key does not open this backup. Use the passphrase (or recovery key) Grove had when the backup was made. Nothing was changed.',
    );
    this.name = 'WrongBackupKeyError';
  }
}

/** The data key of an encrypted backup, from its passphrase or its recovery key. */
export async function unwrapBackupKey(
  envelope: EncryptedBackupV1,
  secret: string,
): Promise<Uint8Array> {
  const recovery = parseRecoveryKey(secret);
  const attempts: [KeySlot, string | Uint8Array][] = [];
  for (const slot of envelope.keySlots) {
    if (slot.id === 'recovery' && recovery) attempts.push([slot, recovery]);
    if (slot.id === 'passphrase') attempts.push([slot, secret]);
  }
  for (const [slot, value] of attempts) {
    try {
      return await unwrapSlot(slot, value);
    } catch (error) {
      if (!(error instanceof WrongSecretError)) throw error;
    }
  }
  throw new WrongBackupKeyError();
}

/** Opens an encrypted backup to the plain `grove.backup` text it holds. */
export async function openBackupText(envelope: EncryptedBackupV1, secret: string): Promise<string> {
  const dataKey = await unwrapBackupKey(envelope, secret);
  try {
    const key = await crypto.subtle.importKey('raw', copyBytes(dataKey), 'AES-GCM', false, [
      'decrypt',
    ]);
    const plain = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: copyBytes(fromBase64(envelope.cipher.iv)),
        additionalData: copyBytes(utf8(encryptedBackupAad(envelope))),
      },
      key,
      copyBytes(fromBase64(envelope.ciphertext)),
    );
    return fromUtf8(new Uint8Array(plain));
  } catch {
    throw new Error(
      'This encrypted backup is damaged: its contents do not authenticate. Nothing was changed.',
    );
  } finally {
    wipe(dataKey);
  }
}

export { readEncryptedBackup };
