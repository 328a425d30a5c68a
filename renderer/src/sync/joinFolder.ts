import { z } from 'zod';
import { keySlotSchema } from '../../../shared/formats/encrypted-backup';
import { openSyncFolder, readKeySlots, setUpSync } from '../../../shared/sync/engine';
import type { SyncFolder } from '../../../shared/sync/folder';
import type { SyncStore } from '../../../shared/sync/store';
import { wipe } from '../db/crypto/bytes';
import { unwrapSlot, WrongSecretError, type KeySlot } from '../db/crypto/keyslots';
import { parseRecoveryKey } from '../db/crypto/recoveryKey';
import { encryptionMode, isUnlocked, requireDataKey } from '../db/crypto/session';
import {
  beginEncryption,
  prepareEncryption,
  runConversion,
  type PreparedEncryption,
} from '../privacy/privacyService';

/**
 * Joining a sync folder another computer set up. The folder holds that computer's key slots (the
 * data key wrapped by its passphrase and recovery key), so the data key never travels in the
 * clear: it is unwrapped here with the secret the person types, checked against the folder, and
 * then this journal is encrypted with it through the one enable-encryption path (backup first,
 * resumable conversion). Every check comes before the first write: a wrong secret, a folder that
 * is not a Grove sync, or a journal already sealed with another key change nothing.
 */
export type JoinSecret = { passphrase: string } | { recoveryKey: string };

/** A problem that stopped the join before anything was changed; its message is for the person. */
export class JoinError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JoinError';
  }
}

const folderSlotsSchema = z.array(keySlotSchema).min(1).max(4);

/** The folder's data key, opened with the person's passphrase or recovery key. Writes nothing. */
export async function openFolderKey(
  folder: SyncFolder,
  secret: JoinSecret,
): Promise<{ dataKey: Uint8Array; slots: KeySlot[] }> {
  const parsed = folderSlotsSchema.safeParse(await readKeySlots(folder));
  if (!parsed.success) {
    throw new JoinError(
      'This folder holds no Grove sync that another computer set up (or its key file has not fully arrived yet). Choose the folder your other computer syncs to.',
    );
  }
  const slots = parsed.data as KeySlot[];
  const usePassphrase = 'passphrase' in secret;
  const slot = slots.find((s) => s.id === (usePassphrase ? 'passphrase' : 'recovery'));
  if (!slot) {
    throw new JoinError(
      usePassphrase
        ? 'This folder cannot be opened with a passphrase. Use the recovery key.'
        : 'This folder cannot be opened with a recovery key. Use the passphrase.',
    );
  }
  let dataKey: Uint8Array;
  if (usePassphrase) {
    dataKey = await unwrapOrExplain(slot, secret.passphrase);
  } else {
    const bytes = parseRecoveryKey(secret.recoveryKey);
    if (!bytes) {
      throw new JoinError(
        'That is not a recovery key: it has 32 letters and digits, in eight groups of four.',
      );
    }
    try {
      dataKey = await unwrapOrExplain(slot, bytes);
    } finally {
      wipe(bytes);
    }
  }
  // The slots opened; the folder's own key check proves they belong to this folder.
  const opened = await openSyncFolder(folder, { dataKey });
  if (!opened.ok) {
    wipe(dataKey);
    throw new JoinError(opened.problem.message);
  }
  return { dataKey, slots };
}

async function unwrapOrExplain(slot: KeySlot, secret: string | Uint8Array): Promise<Uint8Array> {
  try {
    return await unwrapSlot(slot, secret);
  } catch (error) {
    if (error instanceof WrongSecretError) {
      throw new JoinError(
        slot.id === 'passphrase'
          ? 'That passphrase does not open this sync folder. Use the passphrase of the computer that set it up. Nothing was changed.'
          : 'That recovery key does not open this sync folder. Nothing was changed.',
      );
    }
    throw new JoinError(
      `The key file in this folder could not be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

const sameBytes = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((byte, i) => byte === b[i]);

export interface JoinOptions {
  folder: SyncFolder;
  store: SyncStore;
  secret: JoinSecret;
  deviceName: string;
  /** The backup before encrypting (the app's own); null from it means the person declined. */
  backup?: (prepared: PreparedEncryption) => Promise<string | null>;
  /** Runs the conversion to its end (the app's shows progress); defaults to running it here. */
  convert?: () => Promise<void>;
}

/**
 * Joins: opens the folder's key, encrypts this journal with it if it is not encrypted yet, then
 * sets up sync here (this computer writes only its own files). A journal already sealed with a
 * different key is refused: re-keying it is not something joining does.
 */
export async function joinSyncFolder(options: JoinOptions): Promise<void> {
  const { folder, store } = options;
  const opened = await openFolderKey(folder, options.secret);
  const mode = encryptionMode();
  if (mode !== 'off') {
    const sameKey = mode === 'on' && isUnlocked() && sameBytes(requireDataKey(), opened.dataKey);
    wipe(opened.dataKey);
    if (!sameKey) {
      throw new JoinError(
        'This journal is already encrypted with its own passphrase, so it cannot take the key of that folder. Turn encryption off on this computer first (Settings → Privacy), or join from a computer whose journal is empty. Nothing was changed.',
      );
    }
  } else {
    const prepared = await prepareEncryption(opened);
    wipe(opened.dataKey);
    if (options.backup && (await options.backup(prepared)) === null) {
      wipe(prepared.dataKey);
      throw new JoinError('The backup was not saved, so nothing was changed. Try again.');
    }
    await beginEncryption(prepared);
    await (options.convert ?? (() => runConversion(() => undefined)))();
  }
  const result = await setUpSync({
    folder,
    store,
    key: { dataKey: new Uint8Array(requireDataKey()) },
    slots: opened.slots,
    deviceName: options.deviceName,
  });
  if (!result.ok) throw new JoinError(result.problem.message);
}
