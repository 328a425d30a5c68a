import { copyBytes, fromBase64, randomBytes, toBase64, utf8, wipe } from './bytes';
import { DATA_KEY_BYTES } from './cipher';
import {
  ARGON2ID_LIMITS,
  costForNewSlots,
  deriveArgon2id,
  type Argon2idCost,
  type Argon2idParams,
} from './kdf';

/**
 * Key slots: the data key, stored only wrapped. One slot is opened by a key derived from the
 * passphrase (Argon2id), one by the recovery key (HKDF-SHA256). The wrap is AES-256-GCM through
 * WebCrypto, so a wrong passphrase is recognised by a failed authentication — there is no
 * passphrase hash or verifier anywhere to attack offline except by running Argon2id per guess.
 * A slot holds only salt, parameters, IV and ciphertext: nothing that yields the wrapping key
 * without the secret (a unit test checks this).
 */
export type SlotId = 'passphrase' | 'recovery';

export interface HkdfParams {
  algorithm: 'hkdf-sha256';
  salt: string;
}

export interface KeySlot {
  id: SlotId;
  version: 1;
  kdf: Argon2idParams | HkdfParams;
  wrap: { algorithm: 'AES-256-GCM'; iv: string; ciphertext: string };
  createdAt: string;
}

export class WrongSecretError extends Error {
  constructor(what: SlotId) {
    super(
      what === 'passphrase'
        ? 'That passphrase does not open this journal.'
        : 'That recovery key does not open this journal.',
    );
    this.name = 'WrongSecretError';
  }
}

const slotAad = (id: SlotId) => utf8(`grove/keyslot/v1/${id}`);

export function newDataKey(): Uint8Array {
  return randomBytes(DATA_KEY_BYTES);
}

async function importKek(raw: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', copyBytes(raw), 'AES-GCM', false, ['encrypt', 'decrypt']);
}

async function hkdf(secret: Uint8Array, salt: Uint8Array): Promise<Uint8Array> {
  const base = await crypto.subtle.importKey('raw', copyBytes(secret), 'HKDF', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: copyBytes(salt),
      info: copyBytes(utf8('grove/recovery-slot/v1')),
    },
    base,
    256,
  );
  return new Uint8Array(bits);
}

function checkArgon2Params(p: Argon2idParams): void {
  const inRange = (v: number, r: { min: number; max: number }) =>
    Number.isInteger(v) && v >= r.min && v <= r.max;
  if (
    !inRange(p.memoryKiB, ARGON2ID_LIMITS.memoryKiB) ||
    !inRange(p.iterations, ARGON2ID_LIMITS.iterations) ||
    !inRange(p.parallelism, ARGON2ID_LIMITS.parallelism)
  ) {
    throw new Error('The key slot asks for key-derivation settings outside the allowed range.');
  }
}

/** The wrapping key for a slot, from its secret. */
export async function slotKek(
  kdf: KeySlot['kdf'],
  secret: string | Uint8Array,
): Promise<Uint8Array> {
  if (kdf.algorithm === 'argon2id') {
    if (typeof secret !== 'string') throw new Error('A passphrase slot needs a passphrase.');
    checkArgon2Params(kdf);
    return deriveArgon2id({
      passphrase: secret,
      salt: fromBase64(kdf.salt),
      memoryKiB: kdf.memoryKiB,
      iterations: kdf.iterations,
      parallelism: kdf.parallelism,
    });
  }
  if (typeof secret === 'string') throw new Error('A recovery slot needs the recovery key.');
  return hkdf(secret, fromBase64(kdf.salt));
}

async function wrapWith(id: SlotId, kdf: KeySlot['kdf'], kek: Uint8Array, dataKey: Uint8Array) {
  const iv = randomBytes(12);
  const key = await importKek(kek);
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: copyBytes(iv), additionalData: copyBytes(slotAad(id)) },
    key,
    copyBytes(dataKey),
  );
  const slot: KeySlot = {
    id,
    version: 1,
    kdf,
    wrap: {
      algorithm: 'AES-256-GCM',
      iv: toBase64(iv),
      ciphertext: toBase64(new Uint8Array(sealed)),
    },
    createdAt: new Date().toISOString(),
  };
  return slot;
}

export async function createPassphraseSlot(
  dataKey: Uint8Array,
  passphrase: string,
  cost: Argon2idCost = costForNewSlots(),
): Promise<KeySlot> {
  const kdf: Argon2idParams = {
    algorithm: 'argon2id',
    version: 19,
    ...cost,
    salt: toBase64(randomBytes(16)),
  };
  const kek = await slotKek(kdf, passphrase);
  try {
    return await wrapWith('passphrase', kdf, kek, dataKey);
  } finally {
    wipe(kek);
  }
}

export async function createRecoverySlot(
  dataKey: Uint8Array,
  recoveryKey: Uint8Array,
): Promise<KeySlot> {
  const kdf: HkdfParams = { algorithm: 'hkdf-sha256', salt: toBase64(randomBytes(16)) };
  const kek = await slotKek(kdf, recoveryKey);
  try {
    return await wrapWith('recovery', kdf, kek, dataKey);
  } finally {
    wipe(kek);
  }
}

/** The data key in a slot, or WrongSecretError when the secret does not authenticate. */
export async function unwrapSlot(slot: KeySlot, secret: string | Uint8Array): Promise<Uint8Array> {
  if (secret.length === 0) throw new WrongSecretError(slot.id);
  const kek = await slotKek(slot.kdf, secret);
  try {
    const key = await importKek(kek);
    const plain = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: copyBytes(fromBase64(slot.wrap.iv)),
        additionalData: copyBytes(slotAad(slot.id)),
      },
      key,
      copyBytes(fromBase64(slot.wrap.ciphertext)),
    );
    const dataKey = new Uint8Array(plain);
    if (dataKey.length !== DATA_KEY_BYTES) throw new WrongSecretError(slot.id);
    return dataKey;
  } catch (error) {
    if (error instanceof WrongSecretError) throw error;
    throw new WrongSecretError(slot.id);
  } finally {
    wipe(kek);
  }
}
