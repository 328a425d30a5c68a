import { fromBase64, toBase64 } from '../util/base64';
import type { SealedBox, SegmentKind } from './format';

/**
 * AES-256-GCM through WebCrypto, one nonce per record. The additional data binds each change to
 * the sync folder, the device, the segment and its position, so a record copied into another
 * file, another position or another folder fails authentication like a tampered one.
 */

/*
 * WebCrypto's types, named through the global `crypto` so this file type-checks both with the DOM
 * library (renderer) and with Node's types (main process), which spell them differently.
 */
type Subtle = typeof globalThis.crypto.subtle;
export type CryptoKey = Awaited<ReturnType<Subtle['importKey']>>;
type Bytes = Parameters<Subtle['encrypt']>[2];

/** What sync needs from the app lock: the 32-byte data key (the lock keeps it; sync never stores it). */
export interface SyncKey {
  dataKey: CryptoKey | Uint8Array;
}

const subtle = () => globalThis.crypto.subtle;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export async function importSyncKey(key: SyncKey): Promise<CryptoKey> {
  if (!(key.dataKey instanceof Uint8Array)) return key.dataKey;
  if (key.dataKey.length !== 32) throw new Error('The data key must be 32 bytes.');
  return subtle().importKey('raw', key.dataKey as Bytes, { name: 'AES-GCM' }, false, [
    'encrypt',
    'decrypt',
  ]);
}

export { fromBase64, toBase64 };

export function recordAad(
  syncId: string,
  deviceId: string,
  kind: SegmentKind,
  segment: number,
  position: number,
  part = 0,
): Uint8Array {
  return encoder.encode(
    `grove.sync/1\n${syncId}\n${deviceId}\n${kind}\n${segment}.${part}\n${position}`,
  );
}

export const keyCheckAad = (syncId: string) => encoder.encode(`grove.sync/1\n${syncId}\nkey-check`);
export const deviceInfoAad = (syncId: string, deviceId: string) =>
  encoder.encode(`grove.sync/1\n${syncId}\n${deviceId}\ndevice`);
export const KEY_CHECK_TEXT = 'Grove sync key check';

export async function seal(key: CryptoKey, plaintext: string, aad: Uint8Array): Promise<SealedBox> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const data = await subtle().encrypt(
    { name: 'AES-GCM', iv, additionalData: aad as Bytes },
    key,
    encoder.encode(plaintext),
  );
  return { iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
}

/** The plaintext, or null when the box fails authentication (wrong key, tampered, moved). */
export async function open(
  key: CryptoKey,
  box: SealedBox,
  aad: Uint8Array,
): Promise<string | null> {
  try {
    const plain = await subtle().decrypt(
      {
        name: 'AES-GCM',
        iv: fromBase64(box.iv) as Bytes,
        additionalData: aad as Bytes,
      },
      key,
      fromBase64(box.data) as Bytes,
    );
    return decoder.decode(plain);
  } catch {
    return null;
  }
}
