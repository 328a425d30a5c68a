/** Small byte helpers shared by the cipher, the key slots and the backup envelope. */
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export { fromBase64, toBase64 } from '../../../../shared/util/base64';

export const utf8 = (text: string): Uint8Array => encoder.encode(text);
export const fromUtf8 = (bytes: Uint8Array): string => decoder.decode(bytes);

export function randomBytes(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** Overwrites a key's bytes before it is dropped, so fewer copies linger in memory. */
export function wipe(bytes: Uint8Array | null | undefined): void {
  bytes?.fill(0);
}

/** A fresh ArrayBuffer-backed copy (WebCrypto's types want exactly that). */
export function copyBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(new ArrayBuffer(bytes.length));
  out.set(bytes);
  return out;
}
