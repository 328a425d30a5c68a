import {
  isEncryptedAtRest,
  isUnlocked,
  requireDataKey,
  subscribeSession,
} from '../db/crypto/session';
import { readPrivacy } from '../db/repo/privacy';
import { registerSyncKeyProvider } from './syncKey';

/**
 * Hands sync the app lock's data key while the journal is unlocked, and takes it away on lock.
 * Sync only runs with encryption on: the folder only ever holds ciphertext sealed with this key,
 * and the lock's wrapped key slots go with it so a second computer can open them with the same
 * passphrase or recovery key.
 */
export function connectSyncToLock(): () => void {
  let slots: unknown = null;
  const refresh = async () => {
    if (!isEncryptedAtRest() || !isUnlocked()) {
      registerSyncKeyProvider(null);
      return;
    }
    slots = Object.values((await readPrivacy()).slots);
    registerSyncKeyProvider({
      current: () => (isEncryptedAtRest() && isUnlocked() ? { dataKey: requireDataKey() } : null),
      keySlots: () => slots,
    });
  };
  void refresh();
  return subscribeSession(() => void refresh());
}
