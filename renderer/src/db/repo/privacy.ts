import { Dexie } from 'dexie';
import { db, DATABASE_NAME } from '../db';
import { UNSEALED_TABLES } from '../crypto/fields';
import type { KeySlot, SlotId } from '../crypto/keyslots';
import { encryptionMiddleware } from '../crypto/middleware';
import {
  DEFAULT_AUTO_LOCK_MINUTES,
  type ConversionProgress,
  type PrivacyRow,
} from '../crypto/privacyRows';
import { setEncryptionMode, type EncryptionMode } from '../crypto/session';
import { nowIso } from './records';

/**
 * The stored side of encryption at rest: the encryption state, the key slots, the
 * auto-lock preference, and the resumable conversion of an existing journal. The keys themselves
 * are never here; see db/crypto/.
 */
export interface PrivacySnapshot {
  mode: EncryptionMode;
  progress: ConversionProgress | null;
  slots: Partial<Record<SlotId, KeySlot>>;
  autoLockMinutes: number;
}

export const EMPTY_PRIVACY: PrivacySnapshot = {
  mode: 'off',
  progress: null,
  slots: {},
  autoLockMinutes: DEFAULT_AUTO_LOCK_MINUTES,
};

function snapshotOf(rows: readonly PrivacyRow[]): PrivacySnapshot {
  const snapshot: PrivacySnapshot = { ...EMPTY_PRIVACY, slots: {} };
  for (const row of rows) {
    if (row.id === 'state') {
      snapshot.mode = row.mode;
      snapshot.progress = row.progress;
    } else if (row.id === 'prefs') snapshot.autoLockMinutes = row.autoLockMinutes;
    else snapshot.slots[row.slot.id] = row.slot;
  }
  return snapshot;
}

export async function readPrivacy(): Promise<PrivacySnapshot> {
  return snapshotOf(await db.privacy.toArray());
}

/**
 * Reads the encryption state and slots before the journal is opened, without upgrading it: an
 * encrypted journal must be unlocked first, so that schema upgrades (which may read and rewrite
 * records) run with the key. Also returns the theme, which stays readable for the lock screen.
 */
export async function readPrivacyBeforeOpen(
  name: string = DATABASE_NAME,
): Promise<PrivacySnapshot & { theme: unknown }> {
  const probe = new Dexie(name);
  try {
    // One open, not `Dexie.exists` first: each open reads every table's schema, at every start.
    if (!(await openIfExists(probe))) return { ...EMPTY_PRIVACY, theme: undefined };
    const names = probe.tables.map((t) => t.name);
    const rows = names.includes('privacy')
      ? ((await probe.table('privacy').toArray()) as PrivacyRow[])
      : [];
    const themeRow = names.includes('settings')
      ? ((await probe.table('settings').get('theme')) as { value?: unknown } | undefined)
      : undefined;
    return { ...snapshotOf(rows), theme: themeRow?.value };
  } finally {
    probe.close();
  }
}

/** Opens `probe` (declared without a schema) if its database exists; false if it does not. */
export async function openIfExists(probe: Dexie): Promise<boolean> {
  try {
    await probe.open();
    return true;
  } catch (error) {
    if (error instanceof Error && error.name === 'NoSuchDatabaseError') return false;
    throw error;
  }
}

/** Opens the journal as it is stored (no upgrade), decrypting through the same middleware. */
export function openStoredJournal(name: string = DATABASE_NAME): Dexie {
  const probe = new Dexie(name);
  probe.use(encryptionMiddleware);
  return probe;
}

const prefsListeners = new Set<(minutes: number) => void>();

/** Hears the auto-lock preference after each change is committed. */
export function onAutoLockChanged(listener: (minutes: number) => void): () => void {
  prefsListeners.add(listener);
  return () => prefsListeners.delete(listener);
}

export async function saveAutoLockMinutes(minutes: number): Promise<void> {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > 24 * 60) {
    throw new Error('Auto-lock must be a whole number of minutes from 0 (never) to 1440.');
  }
  await db.privacy.put({ id: 'prefs', autoLockMinutes: minutes, updatedAt: nowIso() });
  for (const listener of prefsListeners) listener(minutes);
}

/** Replaces one key slot and nothing else (a passphrase change rewrites no record). */
export async function replaceSlot(slot: KeySlot): Promise<void> {
  await db.privacy.put({ id: `slot:${slot.id}`, slot, updatedAt: nowIso() });
}

/* ------------------------------------------------------------------ conversion */

/** The tables a conversion walks, in a fixed order: every table but `privacy`. */
export function convertibleTables(): string[] {
  return db.tables
    .map((t) => t.name)
    .filter((name) => !UNSEALED_TABLES.has(name))
    .sort();
}

export async function countConvertible(): Promise<number> {
  let total = 0;
  for (const name of convertibleTables()) total += await db.table(name).count();
  return total;
}

/**
 * Starts encrypting (storing the slots in the same transaction) or decrypting. From the commit
 * on, every new write follows the new mode, and `convertNextBatch` walks the older records.
 */
export async function startConversion(
  mode: 'encrypting' | 'decrypting',
  slots: readonly KeySlot[] = [],
): Promise<void> {
  const [first] = convertibleTables();
  await db.transaction('rw', db.privacy, async () => {
    const now = nowIso();
    for (const slot of slots) await db.privacy.put({ id: `slot:${slot.id}`, slot, updatedAt: now });
    await db.privacy.put({
      id: 'state',
      mode,
      progress: first ? { table: first, after: null, done: 0 } : null,
      updatedAt: now,
    });
  });
  setEncryptionMode(mode);
}

export interface BatchResult {
  done: number;
  finished: boolean;
  mode: EncryptionMode;
}

/**
 * Converts the next batch of records and moves the resume point, in ONE transaction: a crash or
 * reload can only land between batches, so no record is converted twice and none is skipped.
 * Records are read through the encryption middleware (opened if sealed) and written back through
 * it (sealed while encrypting, plain while decrypting). Timestamps do not change: the content is
 * the same.
 */
export async function convertNextBatch(batchSize = 250): Promise<BatchResult> {
  const tables = convertibleTables();
  const result = await db.transaction('rw', db.tables, async (): Promise<BatchResult> => {
    const state = await db.privacy.get('state');
    if (!state || state.id !== 'state') return { done: 0, finished: true, mode: 'off' };
    if (state.mode !== 'encrypting' && state.mode !== 'decrypting') {
      return { done: state.progress?.done ?? 0, finished: true, mode: state.mode };
    }
    let progress = state.progress ?? { table: tables[0] ?? '', after: null, done: 0 };
    const table = db.table(progress.table);
    const keyPath = table.schema.primKey.keyPath as string;
    const rows = (
      progress.after === null
        ? await table.orderBy(':id').limit(batchSize).toArray()
        : await table.where(':id').above(progress.after).limit(batchSize).toArray()
    ) as Record<string, unknown>[];
    if (rows.length > 0) await table.bulkPut(rows);
    const done = progress.done + rows.length;
    let mode: EncryptionMode = state.mode;
    let finished = false;
    if (rows.length < batchSize) {
      const next = tables[tables.indexOf(progress.table) + 1];
      if (next) progress = { table: next, after: null, done };
      else {
        finished = true;
        mode = state.mode === 'encrypting' ? 'on' : 'off';
      }
    } else {
      progress = { table: progress.table, after: String(rows[rows.length - 1]![keyPath]), done };
    }
    if (finished && mode === 'off') {
      await db.privacy.bulkDelete(['slot:passphrase', 'slot:recovery']);
    }
    await db.privacy.put({
      id: 'state',
      mode,
      progress: finished ? null : progress,
      updatedAt: nowIso(),
    });
    return { done, finished, mode };
  });
  if (result.finished) setEncryptionMode(result.mode);
  return result;
}
