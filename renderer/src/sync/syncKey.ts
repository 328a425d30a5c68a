import type { SyncKey } from '../../../shared/sync/crypto';

/**
 * Where sync gets the data key. The app lock owns the key: `lockKey.ts` registers a provider while
 * the journal is unlocked with encryption on, and sync never stores the key anywhere. Without the
 * lock there is no provider, and the Sync panel says that sync needs the passphrase lock.
 */
export interface SyncKeyProvider {
  /** The unlocked 32-byte data key, or null while the journal is locked. */
  current(): SyncKey | null;
  /** The lock's key slots (the data key wrapped by passphrase and recovery key), opaque here. */
  keySlots(): unknown;
}

let provider: SyncKeyProvider | null = null;
const listeners = new Set<() => void>();

/** Called by the app lock when it unlocks (and with null when it locks). */
export function registerSyncKeyProvider(next: SyncKeyProvider | null): void {
  provider = next;
  for (const listener of listeners) listener();
}

export function onSyncKeyProviderChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function syncKeyProvider(): SyncKeyProvider | null {
  return provider ?? endToEndTestKey();
}

/**
 * End-to-end tests only: builds made with `--mode e2e` (never the app's own builds) read a test
 * key the test put on the page, standing in for the app lock (whose own flows its tests cover).
 */
function endToEndTestKey(): SyncKeyProvider | null {
  if (import.meta.env['VITE_GROVE_E2E_SEAMS'] !== '1') return null;
  const raw = (window as unknown as { __groveTestSyncKey?: number[] }).__groveTestSyncKey;
  if (!Array.isArray(raw) || raw.length !== 32) return null;
  const dataKey = Uint8Array.from(raw);
  return { current: () => ({ dataKey }), keySlots: () => ({ note: 'end-to-end test key' }) };
}
