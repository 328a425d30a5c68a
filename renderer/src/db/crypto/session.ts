import { wipe } from './bytes';

/**
 * The encryption session, in memory only: whether the journal is encrypted at rest (and whether a
 * conversion is under way), and the data key while unlocked. Nothing here is ever written down;
 * the stored state lives in the `privacy` table (repo/privacy.ts).
 *
 * - off: records are written in the clear.
 * - encrypting: converting; every write is sealed, older records are sealed in batches.
 * - on: every write is sealed.
 * - decrypting: turning off; every write is in the clear, sealed records are opened in batches.
 */
export type EncryptionMode = 'off' | 'encrypting' | 'on' | 'decrypting';

export class LockedError extends Error {
  constructor() {
    super('Grove is locked: unlock it with your passphrase to read or change your journal.');
    this.name = 'LockedError';
  }
}

let mode: EncryptionMode = 'off';
let dataKey: Uint8Array | null = null;
const listeners = new Set<() => void>();

function notify(): void {
  for (const fn of listeners) fn();
}

export function encryptionMode(): EncryptionMode {
  return mode;
}

export function setEncryptionMode(next: EncryptionMode): void {
  if (next === mode) return;
  mode = next;
  notify();
}

/** Whether new writes are sealed. */
export function sealsWrites(): boolean {
  return mode === 'encrypting' || mode === 'on';
}

/** Whether the journal needs a key to be read (anything but plain "off"). */
export function isEncryptedAtRest(): boolean {
  return mode !== 'off';
}

export function isUnlocked(): boolean {
  return dataKey !== null;
}

export function isLocked(): boolean {
  return isEncryptedAtRest() && dataKey === null;
}

/** The data key; throws while locked so nothing can quietly fall back to plain text. */
export function requireDataKey(): Uint8Array {
  if (!dataKey) throw new LockedError();
  return dataKey;
}

export function setDataKey(key: Uint8Array): void {
  if (dataKey && dataKey !== key) wipe(dataKey);
  dataKey = key;
  notify();
}

/** Drops the key (its bytes are overwritten). */
export function dropDataKey(): void {
  wipe(dataKey);
  dataKey = null;
  notify();
}

export function subscribeSession(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
