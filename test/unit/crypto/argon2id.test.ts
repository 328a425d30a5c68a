import { describe, expect, it } from 'vitest';
import { argon2id } from 'hash-wasm';
import { argon2idDirect, DEFAULT_ARGON2ID } from '../../../renderer/src/db/crypto/kdf';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

/**
 * Pins hash-wasm's Argon2id to known answers. RFC 9106 §5.3's vector feeds a secret K and
 * associated data X; hash-wasm takes the secret but has no associated-data input (it always
 * hashes an empty X), so that exact vector cannot be fed to it. The Argon2id answers below come
 * from the RFC's reference implementation (phc-winner-argon2, src/test.c), at the 64 MiB memory
 * Grove uses; a change in hash-wasm that changes any derived key fails here.
 */
describe('Argon2id (hash-wasm) against the reference implementation', () => {
  it('m=64 MiB, t=2, p=1, "password" / "somesalt" (reference test.c)', async () => {
    const out = await argon2id({
      password: 'password',
      salt: 'somesalt',
      iterations: 2,
      memorySize: 65_536,
      parallelism: 1,
      hashLength: 32,
      outputType: 'hex',
    });
    expect(out).toBe('09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7');
  });

  it('m=256 KiB, t=2, p=1 (reference test.c)', async () => {
    const out = await argon2id({
      password: 'password',
      salt: 'somesalt',
      iterations: 2,
      memorySize: 256,
      parallelism: 1,
      hashLength: 32,
      outputType: 'hex',
    });
    expect(out).toBe('9dfeb910e80bad0311fee20f9c0e2b12c17987b4cac90c2ef54d5b3021c68bfe');
  });

  it("Grove's wrapper is the same function: NFC-normalised UTF-8 passphrase, 32 bytes", async () => {
    const salt = new TextEncoder().encode('somesalt');
    const key = await argon2idDirect({
      passphrase: 'password',
      salt,
      memoryKiB: 65_536,
      iterations: 2,
      parallelism: 1,
    });
    expect(hex(key)).toBe('09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7');
    // "é" typed as one code point or as e + combining accent derives the same key.
    const composed = await argon2idDirect({
      passphrase: 'caf\u00e9',
      salt,
      memoryKiB: 256,
      iterations: 1,
      parallelism: 1,
    });
    const decomposed = await argon2idDirect({
      passphrase: 'cafe\u0301',
      salt,
      memoryKiB: 256,
      iterations: 1,
      parallelism: 1,
    });
    expect(hex(decomposed)).toBe(hex(composed));
  });

  it('new slots start at 64 MiB, three passes, one lane', () => {
    expect(DEFAULT_ARGON2ID).toEqual({ memoryKiB: 65_536, iterations: 3, parallelism: 1 });
  });
});
