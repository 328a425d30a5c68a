import { gcm } from '@noble/ciphers/aes.js';
import { fromUtf8, randomBytes, utf8 } from './bytes';

/**
 * Record encryption: AES-256-GCM, a fresh 96-bit IV per write, and additional data that binds the
 * ciphertext to its table, its primary key and the format version, so a ciphertext copied onto
 * another record (or another table) fails authentication instead of opening there.
 *
 * Synchronous on purpose (@noble/ciphers, audited): an IndexedDB transaction commits as soon as
 * its code awaits anything that is not an IndexedDB request, so an `await crypto.subtle.encrypt`
 * inside a Dexie transaction would end that transaction half-way. A synchronous cipher keeps every
 * repository transaction exactly as it was, and it also keeps the write-ahead log's synchronous
 * write on every keystroke.
 */
export const SEALED_FORMAT_VERSION = 1;
export const IV_BYTES = 12;
export const DATA_KEY_BYTES = 32;

/** Thrown when a ciphertext does not authenticate: damaged, moved, or the wrong key. */
export class DamagedRecordError extends Error {
  readonly table: string;
  readonly key: string;
  constructor(table: string, key: string) {
    super(`The stored record ${key} in ${table} is damaged and cannot be opened.`);
    this.name = 'DamagedRecordError';
    this.table = table;
    this.key = key;
  }
}

/** The additional data of a record: format version, table and primary key. */
export function recordAad(table: string, primaryKey: unknown): Uint8Array {
  return utf8(`grove/record/v${SEALED_FORMAT_VERSION}/${table}/${JSON.stringify(primaryKey)}`);
}

/** version byte ‖ IV ‖ ciphertext with its 16-byte tag. */
export function sealBytes(key: Uint8Array, plaintext: Uint8Array, aad: Uint8Array): Uint8Array {
  const iv = randomBytes(IV_BYTES);
  const sealed = gcm(key, iv, aad).encrypt(plaintext);
  const out = new Uint8Array(1 + IV_BYTES + sealed.length);
  out[0] = SEALED_FORMAT_VERSION;
  out.set(iv, 1);
  out.set(sealed, 1 + IV_BYTES);
  return out;
}

/** Opens what `sealBytes` made; throws on any mismatch (wrong key, moved, flipped bit). */
export function openBytes(key: Uint8Array, sealed: Uint8Array, aad: Uint8Array): Uint8Array {
  if (sealed.length < 1 + IV_BYTES + 16 || sealed[0] !== SEALED_FORMAT_VERSION) {
    throw new Error('Not a sealed value of a known format version.');
  }
  const iv = sealed.subarray(1, 1 + IV_BYTES);
  return gcm(key, iv, aad).decrypt(sealed.subarray(1 + IV_BYTES));
}

export function sealJson(key: Uint8Array, value: unknown, aad: Uint8Array): Uint8Array {
  return sealBytes(key, utf8(JSON.stringify(value)), aad);
}

export function openJson<T>(key: Uint8Array, sealed: Uint8Array, aad: Uint8Array): T {
  return JSON.parse(fromUtf8(openBytes(key, sealed, aad))) as T;
}
