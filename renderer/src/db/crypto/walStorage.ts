import { fromBase64, fromUtf8, toBase64, utf8 } from './bytes';
import { openBytes, sealBytes } from './cipher';
import { isEncryptedAtRest, requireDataKey, sealsWrites } from './session';

/**
 * The write-ahead log's storage with encryption at its edge: the log's own logic
 * (journal/wal.ts) is unchanged and still writes synchronously on every keystroke; values are
 * sealed with the in-memory data key (AES-256-GCM, synchronous) on the way into localStorage and
 * opened on the way out. The additional data binds each value to its storage key.
 */
const SEALED_PREFIX = 'grove-sealed:v1:';

const aadFor = (name: string) => utf8(`grove/wal/v1/${name}`);

export function sealStorageValue(name: string, value: string): string {
  return SEALED_PREFIX + toBase64(sealBytes(requireDataKey(), utf8(value), aadFor(name)));
}

/** Opens a sealed value; a plain one (written before encryption was on) passes through. */
export function openStorageValue(name: string, stored: string): string {
  if (!stored.startsWith(SEALED_PREFIX)) return stored;
  const sealed = fromBase64(stored.slice(SEALED_PREFIX.length));
  return fromUtf8(openBytes(requireDataKey(), sealed, aadFor(name)));
}

export function encryptingStorage(base: () => Storage): Storage {
  return {
    get length() {
      return base().length;
    },
    key: (index: number) => base().key(index),
    clear: () => base().clear(),
    removeItem: (name: string) => base().removeItem(name),
    getItem(name: string) {
      const stored = base().getItem(name);
      if (stored === null) return null;
      // A value sealed under a key that no longer exists (encryption turned off by a version
      // that left it sealed) can never be opened: reading it as absent keeps the app usable,
      // and the value stays where it is.
      if (stored.startsWith(SEALED_PREFIX) && !isEncryptedAtRest()) return null;
      return openStorageValue(name, stored);
    },
    setItem(name: string, value: string) {
      base().setItem(name, sealsWrites() ? sealStorageValue(name, value) : value);
    },
  };
}

/** localStorage, sealed while encryption is on. */
export const walStorage: Storage = encryptingStorage(() => localStorage);

/** The page's localStorage, where there is one (not in Node, where tests pass their own). */
export function pageStorage(): Storage | null {
  return typeof localStorage === 'undefined' ? null : localStorage;
}

/**
 * Rewrites every sealed value in the clear. Run while the key is still held, as encryption is
 * turned off: a draft sealed in the log (a window closed before its save) would otherwise become
 * unreadable the moment the key is dropped. Returns how many values were opened.
 */
export function unsealStoredValues(base: Storage): number {
  const names: string[] = [];
  for (let i = 0; i < base.length; i++) {
    const name = base.key(i);
    if (name !== null && base.getItem(name)?.startsWith(SEALED_PREFIX)) names.push(name);
  }
  for (const name of names) base.setItem(name, openStorageValue(name, base.getItem(name)!));
  return names.length;
}
