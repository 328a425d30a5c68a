import { z } from 'zod';
import { isoDateTimeSchema } from '../domain/records';
import { FormatError, isPlainObject, parseJsonText, problemsFromZod } from './problems';

/**
 * The encrypted full backup: a versioned envelope around a plain `grove.backup` file.
 * The backup's JSON text is encrypted whole with AES-256-GCM under the journal's data key; the
 * data key travels only wrapped, in the same key slots the journal had when the file was written
 * (passphrase via Argon2id, recovery key via HKDF-SHA256), so that backup's passphrase or
 * recovery key opens it. The additional data binds the ciphertext to this format, version and
 * `createdAt`. Nothing readable is in the file except those header fields.
 */
export const ENCRYPTED_BACKUP_FORMAT = 'grove.backup.encrypted';
export const ENCRYPTED_BACKUP_VERSION = 1;

const base64 = z
  .string()
  .max(300 * 1024 * 1024)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64');

export const argon2idSlotKdfSchema = z.strictObject({
  algorithm: z.literal('argon2id'),
  version: z.literal(19),
  memoryKiB: z.int().min(8_192).max(1_048_576),
  iterations: z.int().min(1).max(20),
  parallelism: z.int().min(1).max(8),
  salt: base64,
});

export const hkdfSlotKdfSchema = z.strictObject({
  algorithm: z.literal('hkdf-sha256'),
  salt: base64,
});

export const keySlotSchema = z.strictObject({
  id: z.enum(['passphrase', 'recovery']),
  version: z.literal(1),
  kdf: z.discriminatedUnion('algorithm', [argon2idSlotKdfSchema, hkdfSlotKdfSchema]),
  wrap: z.strictObject({ algorithm: z.literal('AES-256-GCM'), iv: base64, ciphertext: base64 }),
  createdAt: isoDateTimeSchema,
});
export type KeySlotRecord = z.infer<typeof keySlotSchema>;

export const encryptedBackupV1Schema = z
  .strictObject({
    format: z.literal(ENCRYPTED_BACKUP_FORMAT),
    version: z.literal(ENCRYPTED_BACKUP_VERSION),
    createdAt: isoDateTimeSchema,
    generator: z.strictObject({ name: z.string().max(80), version: z.string().max(40) }),
    /** What is inside once opened. */
    contains: z.literal('grove.backup'),
    cipher: z.strictObject({ algorithm: z.literal('AES-256-GCM'), iv: base64 }),
    keySlots: z.array(keySlotSchema).min(1).max(4),
    ciphertext: base64,
  })
  .meta({
    title: 'Grove encrypted backup, version 1',
    description:
      'A grove.backup file encrypted with AES-256-GCM under a data key that is stored only wrapped in the key slots.',
  });
export type EncryptedBackupV1 = z.infer<typeof encryptedBackupV1Schema>;

/** The additional data of the payload: format, version and creation time. */
export function encryptedBackupAad(envelope: Pick<EncryptedBackupV1, 'createdAt'>): string {
  return `${ENCRYPTED_BACKUP_FORMAT}/v${ENCRYPTED_BACKUP_VERSION}/${envelope.createdAt}`;
}

/** Cheap check on the first bytes, so a plain backup never pays for a second parse. */
export function looksLikeEncryptedBackup(text: string): boolean {
  return (
    text.slice(0, 200).includes(`"format":"${ENCRYPTED_BACKUP_FORMAT}"`) ||
    /"format"\s*:\s*"grove\.backup\.encrypted"/.test(text.slice(0, 400))
  );
}

/** Reads and checks an encrypted backup's envelope; nothing is decrypted here. */
export function readEncryptedBackup(text: string): EncryptedBackupV1 {
  const raw = parseJsonText(text, 'a Grove backup');
  if (!isPlainObject(raw) || raw['format'] !== ENCRYPTED_BACKUP_FORMAT) {
    throw new FormatError('This is not an encrypted Grove backup. Nothing was changed.');
  }
  if (typeof raw['version'] === 'number' && raw['version'] > ENCRYPTED_BACKUP_VERSION) {
    throw new FormatError(
      `This encrypted backup was written by a newer Grove (version ${raw['version']}); update Grove to open it. Nothing was changed.`,
    );
  }
  const parsed = encryptedBackupV1Schema.safeParse(raw);
  if (!parsed.success) {
    const problems = problemsFromZod(parsed.error);
    throw new FormatError(
      `This encrypted backup is damaged: ${problems
        .slice(0, 3)
        .map((p) => `${p.where} ${p.message}`)
        .join('; ')}. Nothing was changed.`,
      problems,
    );
  }
  return parsed.data;
}
