import { useSyncExternalStore } from 'react';
import { encryptionMode, isLocked, subscribeSession } from '../db/crypto/session';

export function useLocked(): boolean {
  return useSyncExternalStore(subscribeSession, isLocked);
}

export function useEncryptionMode() {
  return useSyncExternalStore(subscribeSession, encryptionMode);
}
