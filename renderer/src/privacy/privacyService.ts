import { wipe } from '../db/crypto/bytes';
import {
  createPassphraseSlot,
  createRecoverySlot,
  newDataKey,
  unwrapSlot,
  WrongSecretError,
  type KeySlot,
} from '../db/crypto/keyslots';
import { formatRecoveryKey, newRecoveryKey, parseRecoveryKey } from '../db/crypto/recoveryKey';
import { pageStorage, unsealStoredValues } from '../db/crypto/walStorage';
import {
  dropDataKey,
  encryptionMode,
  requireDataKey,
  setDataKey,
  setEncryptionMode,
  type EncryptionMode,
} from '../db/crypto/session';
import {
  convertNextBatch,
  countConvertible,
  readPrivacy,
  replaceSlot,
  startConversion,
  type PrivacySnapshot,
} from '../db/repo/privacy';
import { flushBeforeLock } from './lockFlush';

/**
 * The app's side of encryption at rest: unlocking, locking, turning it on and off, changing the
 * passphrase and recovering with the recovery key. Keys live only in db/crypto/session.ts.
 */

/** The slots as last read; the lock screen needs them before the journal is opened. */
let slots: Partial<Record<'passphrase' | 'recovery', KeySlot>> = {};

export function rememberPrivacy(snapshot: Pick<PrivacySnapshot, 'mode' | 'slots'>): void {
  slots = { ...snapshot.slots };
  setEncryptionMode(snapshot.mode);
}

/* ------------------------------------------------------------ wrong attempts */

let failures = 0;
let retryAt = 0;

/** How long to wait after `count` wrong attempts: none for the first, then 1 s, 2 s, 4 s … 30 s. */
export function delayAfterFailures(count: number): number {
  if (count <= 1) return 0;
  return Math.min(1000 * 2 ** (count - 2), 30_000);
}

export class TooSoonError extends Error {
  readonly waitMs: number;
  constructor(waitMs: number) {
    super(`Wait ${Math.ceil(waitMs / 1000)} s before trying again.`);
    this.name = 'TooSoonError';
    this.waitMs = waitMs;
  }
}

function checkNotTooSoon(now: number): void {
  if (now < retryAt) throw new TooSoonError(retryAt - now);
}

function noteFailure(now: number): void {
  failures++;
  retryAt = now + delayAfterFailures(failures);
}

export function retryDelayLeft(now: number = Date.now()): number {
  return Math.max(0, retryAt - now);
}

/* ----------------------------------------------------------------- unlocking */

export interface UnlockTiming {
  kdfMs: number;
}

/**
 * Unlocks with the passphrase. A wrong one throws WrongSecretError and changes nothing stored:
 * the only thing that recognises the passphrase is the slot's authenticated unwrap.
 */
export async function unlockWithPassphrase(
  passphrase: string,
  now: () => number = Date.now,
): Promise<UnlockTiming> {
  checkNotTooSoon(now());
  const slot = slots.passphrase;
  if (!slot) throw new Error('This journal has no passphrase slot.');
  const started = performance.now();
  try {
    const key = await unwrapSlot(slot, passphrase);
    failures = 0;
    retryAt = 0;
    setDataKey(key);
    return { kdfMs: performance.now() - started };
  } catch (error) {
    if (error instanceof WrongSecretError) noteFailure(now());
    throw error;
  }
}

/** Checks a typed recovery key against the recovery slot; returns the data key. */
export async function openWithRecoveryKey(
  text: string,
  now: () => number = Date.now,
): Promise<Uint8Array> {
  checkNotTooSoon(now());
  const bytes = parseRecoveryKey(text);
  if (!bytes) {
    throw new Error(
      'That is not a recovery key: it has 32 letters and digits, in eight groups of four.',
    );
  }
  const slot = slots.recovery;
  if (!slot) throw new Error('This journal has no recovery key slot.');
  try {
    const key = await unwrapSlot(slot, bytes);
    failures = 0;
    retryAt = 0;
    return key;
  } catch (error) {
    if (error instanceof WrongSecretError) noteFailure(now());
    throw error;
  } finally {
    wipe(bytes);
  }
}

/**
 * After the recovery key opened the journal: the key goes into the session and a new passphrase
 * slot replaces the old one (the recovery slot and every record stay as they are).
 */
export async function finishRecovery(
  dataKey: Uint8Array,
  newPassphrase: string,
  openJournal: () => Promise<void>,
): Promise<void> {
  const slot = await createPassphraseSlot(dataKey, newPassphrase);
  setDataKey(dataKey);
  await openJournal();
  await replaceSlot(slot);
  slots = { ...slots, passphrase: slot };
}

/** Changes the passphrase: the current one must open its slot; only that slot is rewritten. */
export async function changePassphrase(current: string, next: string): Promise<void> {
  const slot = slots.passphrase;
  if (!slot) throw new Error('Encryption is not on.');
  const key = await unwrapSlot(slot, current);
  try {
    const fresh = await createPassphraseSlot(key, next);
    await replaceSlot(fresh);
    slots = { ...slots, passphrase: fresh };
  } finally {
    wipe(key);
  }
}

/** Checks the passphrase without changing anything (before turning encryption off). */
export async function verifyPassphrase(passphrase: string): Promise<void> {
  const slot = slots.passphrase;
  if (!slot) throw new Error('Encryption is not on.');
  wipe(await unwrapSlot(slot, passphrase));
}

/* ------------------------------------------------------------------- locking */

const lockListeners = new Set<() => void>();

/** Called after the keys are dropped (search index, facets and caches empty themselves). */
export function onLocked(listener: () => void): () => void {
  lockListeners.add(listener);
  return () => lockListeners.delete(listener);
}

let locking: Promise<void> | null = null;

/** Saves what is being typed, then drops the key; listeners clear what was decrypted. */
export function lockNow(): Promise<void> {
  if (encryptionMode() === 'off') return Promise.resolve();
  locking ??= (async () => {
    try {
      await flushBeforeLock();
    } finally {
      dropDataKey();
      for (const listener of lockListeners) listener();
      locking = null;
    }
  })();
  return locking;
}

/* ------------------------------------------------------------- turning it on */

export interface PreparedEncryption {
  dataKey: Uint8Array;
  /** Shown once when the keys are new; empty when joining (the person already holds it). */
  recoveryKey: string;
  slots: KeySlot[];
}

/** A data key and its slots that already exist: a sync folder's, opened to join it. */
export interface ExistingKeys {
  dataKey: Uint8Array;
  slots: KeySlot[];
}

/**
 * Makes the keys and slots, or takes existing ones (joining a sync folder: this journal is then
 * sealed with that folder's key and opened by its passphrase and recovery key). Nothing is stored
 * until `beginEncryption`, so both paths share the backup-first, resumable conversion.
 */
export async function prepareEncryption(
  source: string | ExistingKeys,
): Promise<PreparedEncryption> {
  if (typeof source !== 'string') {
    return { dataKey: new Uint8Array(source.dataKey), recoveryKey: '', slots: [...source.slots] };
  }
  const dataKey = newDataKey();
  const recovery = newRecoveryKey();
  const made = await Promise.all([
    createPassphraseSlot(dataKey, source),
    createRecoverySlot(dataKey, recovery),
  ]);
  const recoveryKey = formatRecoveryKey(recovery);
  wipe(recovery);
  return { dataKey, recoveryKey, slots: made };
}

/** Stores the slots and switches to sealing every write; older records follow in batches. */
export async function beginEncryption(prepared: PreparedEncryption): Promise<void> {
  setDataKey(prepared.dataKey);
  await startConversion('encrypting', prepared.slots);
  slots = {
    passphrase: prepared.slots.find((s) => s.id === 'passphrase'),
    recovery: prepared.slots.find((s) => s.id === 'recovery'),
  };
}

export async function beginDecryption(): Promise<void> {
  requireDataKey();
  await startConversion('decrypting');
}

export interface ConversionProgressReport {
  done: number;
  total: number;
  mode: EncryptionMode;
}

let converting: Promise<void> | null = null;

/**
 * Runs the conversion to its end, a batch per transaction, yielding between batches so the app
 * stays responsive. Safe to call again (one run at a time); resumes where the stored state says.
 */
export function runConversion(
  onProgress: (p: ConversionProgressReport) => void,
  storedValues: Storage | null = pageStorage(),
): Promise<void> {
  converting ??= (async () => {
    try {
      const total = await countConvertible();
      for (;;) {
        const batch = await convertNextBatch();
        onProgress({ done: Math.min(batch.done, total), total, mode: batch.mode });
        if (batch.finished) break;
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      if (encryptionMode() === 'off') {
        // The write-ahead log's sealed drafts are opened while the key still exists.
        if (storedValues) unsealStoredValues(storedValues);
        slots = {};
        dropDataKey();
      }
    } finally {
      converting = null;
    }
  })();
  return converting;
}

export async function refreshPrivacy(): Promise<PrivacySnapshot> {
  const snapshot = await readPrivacy();
  rememberPrivacy(snapshot);
  return snapshot;
}

export function hasRecoverySlot(): boolean {
  return slots.recovery !== undefined;
}
