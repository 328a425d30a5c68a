import { Dexie } from 'dexie';
import { GroveDatabase } from '../../../renderer/src/db/db';
import { DexieSyncStore, SYNCED_TABLES } from '../../../renderer/src/db/repo/sync';
import { newEntry } from '../../../renderer/src/db/repo/entries';
import type { Entry } from '../../../shared/domain/records';
import type { SyncKey } from '../../../shared/sync/crypto';
import {
  SyncEngine,
  setUpSync,
  type SyncOptions,
  type SyncReport,
} from '../../../shared/sync/engine';
import type { SyncFolder } from '../../../shared/sync/folder';

/** A random 32-byte data key, as the app lock will hand one over. */
export const randomKey = (): SyncKey => ({
  dataKey: globalThis.crypto.getRandomValues(new Uint8Array(32)),
});

/** A fake wall clock shared by the profiles; each profile may run ahead of it (a skewed clock). */
export class FakeTime {
  ms = Date.UTC(2026, 10, 25, 9, 0, 0);
  advance(by = 1): void {
    this.ms += by;
  }
}

let dbCounter = 0;

/** One computer: its own database (its own Dexie name on fake-indexeddb), store and engine. */
export class Profile {
  readonly db: GroveDatabase;
  readonly store: DexieSyncStore;
  engine: SyncEngine | null = null;
  reports: SyncReport[] = [];

  constructor(
    readonly index: number,
    readonly folder: SyncFolder,
    readonly time: FakeTime,
    readonly skewMs = 0,
  ) {
    this.db = new GroveDatabase(`sync-profile-${++dbCounter}-${index}`);
    this.store = new DexieSyncStore(this.db, () => this.time.ms + this.skewMs);
  }

  now = (): number => this.time.ms + this.skewMs;

  async setUp(key: SyncKey, options: SyncOptions = {}) {
    const result = await setUpSync({
      folder: this.folder,
      store: this.store,
      key,
      slots: { note: 'key slots from the app lock, opaque to sync' },
      deviceName: `Computer ${this.index + 1}`,
      now: new Date(this.now()),
    });
    this.engine = new SyncEngine(this.folder, this.store, key, {
      now: () => new Date(this.now()),
      ...options,
    });
    return result;
  }

  async sync(): Promise<SyncReport> {
    const report = await this.engine!.sync();
    this.reports.push(report);
    return report;
  }

  /** Writes the way the repository does: one transaction, `updatedAt` moving forward. */
  async writeEntry(id: string, change: Partial<Entry>, settle = true): Promise<void> {
    await this.db.transaction('rw', this.db.entries, async () => {
      const existing = await this.db.entries.get(id);
      const base = existing ?? { ...newEntry('note', '2026-11-25', id) };
      const updatedAt = new Date(
        Math.max(this.now(), Date.parse(base.updatedAt) + 1),
      ).toISOString();
      await this.db.entries.put({ ...base, ...change, id, updatedAt });
    });
    // Stamped now, as in the app (milliseconds after the commit); `settle = false` leaves the
    // stamp to whichever comes first, the stamper or an arriving change.
    if (settle) await this.store.settle();
  }

  async purgeEntry(id: string, settle = true): Promise<void> {
    await this.db.entries.delete(id);
    if (settle) await this.store.settle();
  }

  async setName(name: string): Promise<void> {
    await this.db.settings.put({
      key: 'name',
      value: name,
      updatedAt: new Date(this.now()).toISOString(),
    });
  }

  /** Every synced table, sorted by key: what "holding identical data" compares. */
  async data(): Promise<Record<string, unknown[]>> {
    const out: Record<string, unknown[]> = {};
    for (const table of Object.keys(SYNCED_TABLES)) {
      const pk = table === 'settings' ? 'key' : 'id';
      const rows = (await this.db.table(table).toArray()) as Record<string, string>[];
      out[table] = rows.sort((a, b) => (a[pk]! < b[pk]! ? -1 : 1));
    }
    return out;
  }

  async dispose(): Promise<void> {
    this.db.close();
    await Dexie.delete(this.db.name);
  }
}

/** Fixed ids, so several computers can edit (and create) the same entry concurrently. */
export const SLOT_IDS = [
  '11111111-1111-4111-8111-111111111111',
  '22222222-2222-4222-8222-222222222222',
  '33333333-3333-4333-8333-333333333333',
  '44444444-4444-4444-8444-444444444444',
];
