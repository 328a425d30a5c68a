import { utf8 } from './bytes';

/**
 * Argon2id (RFC 9106) through hash-wasm. Parameters are stored with each key slot so they can be
 * raised later without touching older slots; these are the defaults for a new slot: 64 MiB,
 * three passes, one lane — the RFC's second recommended option, about a quarter of a second here.
 */
export interface Argon2idParams {
  algorithm: 'argon2id';
  /** Argon2 version 0x13. */
  version: 19;
  memoryKiB: number;
  iterations: number;
  parallelism: number;
  /** base64, 16 random bytes. */
  salt: string;
}

export const DEFAULT_ARGON2ID = { memoryKiB: 65_536, iterations: 3, parallelism: 1 } as const;

export type Argon2idCost = Pick<Argon2idParams, 'memoryKiB' | 'iterations' | 'parallelism'>;
let newSlotCost: Argon2idCost = DEFAULT_ARGON2ID;

/** The cost new passphrase slots get. Unit tests lower it (within the limits) to run quickly. */
export function costForNewSlots(): Argon2idCost {
  return newSlotCost;
}

export function setCostForNewSlots(cost: Argon2idCost): void {
  newSlotCost = cost;
}

/** Bounds on parameters read from a file: enough to be strong, not enough to hang the app. */
export const ARGON2ID_LIMITS = {
  memoryKiB: { min: 8_192, max: 1_048_576 },
  iterations: { min: 1, max: 20 },
  parallelism: { min: 1, max: 8 },
} as const;

export interface KdfRequest {
  passphrase: string;
  salt: Uint8Array;
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

/** Runs Argon2id here and now (in the worker, or in tests where there is no worker). */
export async function argon2idDirect(request: KdfRequest): Promise<Uint8Array> {
  // Loaded on first use: the worker needs it, the first screen does not.
  const { argon2id } = await import('hash-wasm');
  return argon2id({
    // NFC, so the same passphrase typed on another keyboard or system gives the same key.
    password: utf8(request.passphrase.normalize('NFC')),
    salt: request.salt,
    iterations: request.iterations,
    memorySize: request.memoryKiB,
    parallelism: request.parallelism,
    hashLength: 32,
    outputType: 'binary',
  });
}

type Deriver = (request: KdfRequest) => Promise<Uint8Array>;
let deriver: Deriver | null = null;

/** The browser build installs the worker-backed deriver (kdfClient.ts); tests use the direct one. */
export function setKdfDeriver(next: Deriver | null): void {
  deriver = next;
}

export function deriveArgon2id(request: KdfRequest): Promise<Uint8Array> {
  return (deriver ?? argon2idDirect)(request);
}
