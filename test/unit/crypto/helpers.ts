import { Dexie } from 'dexie';
import { db } from '../../../renderer/src/db/db';
import { setCostForNewSlots } from '../../../renderer/src/db/crypto/kdf';
import { dropDataKey, setEncryptionMode } from '../../../renderer/src/db/crypto/session';
import { rememberPrivacy } from '../../../renderer/src/privacy/privacyService';
import { resetDatabase } from '../../support/db';

/** The smallest Argon2id cost the limits allow, so slot tests run in milliseconds. */
export function cheapSlots(): void {
  setCostForNewSlots({ memoryKiB: 8_192, iterations: 1, parallelism: 1 });
}

/** A fresh database and a session with no key and encryption off. */
export async function freshJournal(): Promise<void> {
  dropDataKey();
  setEncryptionMode('off');
  rememberPrivacy({ mode: 'off', slots: {} });
  await resetDatabase();
}

/** Every stored row of every table exactly as IndexedDB holds it (no middleware). */
export async function rawSnapshot(name: string = db.name): Promise<Record<string, unknown[]>> {
  const raw = new Dexie(name);
  await raw.open();
  try {
    const out: Record<string, unknown[]> = {};
    for (const table of raw.tables) out[table.name] = await table.toArray();
    return out;
  } finally {
    raw.close();
  }
}

/** All stored bytes as text, for "the word is not on disk" checks (Uint8Arrays as latin1). */
export function storedText(snapshot: Record<string, unknown[]>): string {
  return JSON.stringify(snapshot, (_key, value: unknown) =>
    value instanceof Uint8Array ? String.fromCharCode(...value) : value,
  );
}

export async function rawPut(table: string, row: unknown): Promise<void> {
  const raw = new Dexie(db.name);
  await raw.open();
  try {
    await raw.table(table).put(row);
  } finally {
    raw.close();
  }
}
