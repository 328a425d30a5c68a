import { Dexie, type Table, type Transaction } from 'dexie';
import type { z } from 'zod';
import {
  actionItemSchema,
  activitySchema,
  checkInSchema,
  entrySchema,
  keyResultSchema,
  meetingSchema,
  objectiveSchema,
  selfAssessmentSchema,
  seriesSchema,
  settingRowSchema,
  templateSchema,
  tombstoneSchema,
  entryVersionSchema,
  type EntryVersion,
} from '../../../../shared/domain/records';
import { HybridClock, compareStamps } from '../../../../shared/sync/hlc';
import { stampKey } from '../../../../shared/sync/format';
import type { SyncStampRow } from '../../../../shared/sync/local-records';
import type {
  ApplyOutcome,
  IncomingChange,
  LocalSyncState,
  OwnChange,
  SegmentProgress,
  SyncStore,
} from '../../../../shared/sync/store';
import { db as appDb, type GroveDatabase } from '../db';

/**
 * Sync's side of the repository: the local store the sync core reads and writes through. Every
 * record table listed here travels; the clock stamps and progress live in sync's own tables
 * (schema v8), written after the app's own transactions commit (like the search index follows
 * them) or together with the records sync applies.
 *
 * Functions take the database, so tests can run two or three profiles side by side.
 */
export const SYNCED_TABLES = {
  entries: entrySchema,
  objectives: objectiveSchema,
  keyResults: keyResultSchema,
  activities: activitySchema,
  checkIns: checkInSchema,
  actionItems: actionItemSchema,
  selfAssessments: selfAssessmentSchema,
  series: seriesSchema,
  meetings: meetingSchema,
  templates: templateSchema,
  settings: settingRowSchema,
  // Entries deleted for good: travel too, so a stale draft elsewhere cannot bring one back.
  tombstones: tombstoneSchema,
} as const satisfies Record<string, z.ZodType>;
export type SyncedTable = keyof typeof SYNCED_TABLES;
const TABLE_NAMES = Object.keys(SYNCED_TABLES) as SyncedTable[];
const isSyncedTable = (name: string): name is SyncedTable => Object.hasOwn(SYNCED_TABLES, name);

type AnyRecord = Record<string, unknown>;
const keyOf = (table: string, id: string) => `${table}/${id}`;
const primaryKeyOf = (table: SyncedTable) => (table === 'settings' ? 'key' : 'id');

/** FNV-1a over the record's JSON: tells "this record changed since it was stamped" cheaply. */
export function recordHash(record: AnyRecord | null | undefined): string | null {
  if (!record) return null;
  const text = JSON.stringify(record);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${(h >>> 0).toString(16)}:${text.length}`;
}

/** The words of an entry, to tell whether a losing version would take any text with it. */
const entryText = (r: AnyRecord | null | undefined) =>
  r ? JSON.stringify([r['title'], r['body'], r['answers'], r['shareSummary']]) : '';

/** A version of an entry that lost to a concurrent edit on another computer. */
export interface LosingVersion {
  entry: AnyRecord;
  /** When the losing version was stamped (its clock stamp) and by which computer. */
  hlc: string;
  deviceId: string;
  preservedAt: string;
}

/**
 * Keeps a version that lost a concurrent edit in the entry's history (reason
 * `conflict`), inside the applying transaction, so no text is ever dropped.
 */
export async function preserveLosingVersion(
  db: GroveDatabase,
  losing: LosingVersion,
): Promise<void> {
  const e = losing.entry;
  const version: EntryVersion = entryVersionSchema.parse({
    id: crypto.randomUUID(),
    createdAt: losing.preservedAt,
    updatedAt: losing.preservedAt,
    deleted: 0,
    deletedAt: null,
    entryId: e['id'],
    replacedAt: losing.preservedAt,
    savedAt: typeof e['updatedAt'] === 'string' ? e['updatedAt'] : losing.preservedAt,
    reason: 'conflict',
    title: e['title'] ?? '',
    body: e['body'] ?? '',
    answers: e['answers'] ?? {},
  });
  await db.entryHistory.add(version);
}

/** Versions kept because they lost a concurrent edit, newest first. */
export async function conflictVersions(
  db: GroveDatabase,
  entryId: string,
): Promise<EntryVersion[]> {
  const rows = await db.entryHistory.where('entryId').equals(entryId).toArray();
  return rows
    .filter((v) => v.reason === 'conflict' && v.deleted === 0)
    .sort((a, b) => b.replacedAt.localeCompare(a.replacedAt));
}

const syncTransactions = new WeakSet<object>();
const sleep = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The store the sync core uses for one database. */
export class DexieSyncStore implements SyncStore {
  private clock: HybridClock | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private noted = new Map<SyncedTable, Set<string>>();
  private following = false;
  /** Told after local changes were stamped (the sync service writes them out soon after). */
  onLocalChange: (() => void) | null = null;

  constructor(
    readonly db: GroveDatabase,
    private readonly now: () => number = Date.now,
  ) {}

  /* ------------------------------------------------------------ state */

  async getState(): Promise<LocalSyncState | null> {
    const row = await this.db.syncState.get('state');
    return (row?.value as LocalSyncState | undefined) ?? null;
  }

  async putState(state: LocalSyncState): Promise<void> {
    await this.db.syncState.put({ key: 'state', value: { ...state } });
  }

  private async loadClock(): Promise<HybridClock> {
    if (!this.clock) {
      const row = await this.db.syncState.get('clock');
      this.clock = new HybridClock(this.now, (row?.value as string | undefined) ?? null);
    }
    return this.clock;
  }

  private saveClock(clock: HybridClock) {
    return this.db.syncState.put({ key: 'clock', value: clock.current() });
  }

  /** Runs sync's database work one job at a time, in order. */
  private serial<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(job, job);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Starts sync on this database: every record there now becomes this computer's change, to be
   * written to the folder. Stamps are written a table at a time, in bulk.
   */
  async begin(state: LocalSyncState): Promise<void> {
    await this.serial(async () => {
      const clock = await this.loadClock();
      await this.db.transaction(
        'rw',
        [this.db.syncStamps, this.db.syncState, this.db.syncSegments],
        async () => {
          await this.db.syncStamps.clear();
          await this.db.syncSegments.clear();
        },
      );
      for (const table of TABLE_NAMES) {
        const rows = (await this.db.table(table).toArray()) as AnyRecord[];
        const pk = primaryKeyOf(table);
        const stamps: SyncStampRow[] = rows.map((r) => ({
          key: keyOf(table, String(r[pk])),
          table,
          id: String(r[pk]),
          hlc: clock.tick(),
          deviceId: state.deviceId,
          base: null,
          u: recordHash(r),
          pending: 1,
        }));
        await this.db.syncStamps.bulkPut(stamps);
      }
      await this.db.transaction('rw', this.db.syncState, async () => {
        await this.saveClock(clock);
        await this.db.syncState.put({ key: 'state', value: { ...state } });
      });
    });
    this.follow();
  }

  /** Stops sync here: forgets stamps, progress and state (the folder is left as it is). */
  async end(): Promise<void> {
    await this.serial(() =>
      this.db.transaction(
        'rw',
        [this.db.syncStamps, this.db.syncSegments, this.db.syncState],
        async () => {
          await this.db.syncStamps.clear();
          await this.db.syncSegments.clear();
          await this.db.syncState.clear();
        },
      ),
    );
  }

  /* ------------------------------------------------ following local writes */

  /**
   * Listens to every synced table and stamps what changed after its transaction commits —
   * whoever wrote it (the editor, a 1:1, a restore). Writes made by sync itself are not stamped
   * again: they already carry their stamp.
   */
  follow(): void {
    if (this.following) return;
    this.following = true;
    const pending = new WeakMap<object, Map<SyncedTable, Set<string>>>();
    const note = (tx: Transaction, table: SyncedTable, id: unknown) => {
      if (syncTransactions.has(tx)) return;
      let byTable = pending.get(tx);
      if (!byTable) {
        const map = new Map<SyncedTable, Set<string>>();
        byTable = map;
        pending.set(tx, map);
        tx.on('complete', () => this.noteCommitted(map));
      }
      let ids = byTable.get(table);
      if (!ids) byTable.set(table, (ids = new Set()));
      ids.add(String(id));
    };
    for (const table of TABLE_NAMES) {
      const t = this.db.table(table);
      t.hook('creating', (id, obj, tx) => {
        note(tx, table, id ?? (obj as AnyRecord)[primaryKeyOf(table)]);
      });
      t.hook('updating', (_mods, id, _obj, tx) => {
        note(tx, table, id);
        return undefined;
      });
      t.hook('deleting', (id, _obj, tx) => note(tx, table, id));
    }
  }

  private noteCommitted(changed: Map<SyncedTable, Set<string>>) {
    for (const [table, ids] of changed) {
      let set = this.noted.get(table);
      if (!set) this.noted.set(table, (set = new Set()));
      for (const id of ids) set.add(id);
    }
    void this.serial(() => this.stampNoted());
  }

  /** Gives local changes that committed since the last call their clock stamps. */
  private async stampNoted(): Promise<void> {
    if (this.noted.size === 0) return;
    const noted = this.noted;
    this.noted = new Map();
    const state = await this.getState();
    if (!state) return;
    const clock = await this.loadClock();
    const tables = [...noted.keys()].map((t) => this.db.table(t));
    await this.db.transaction(
      'rw',
      [this.db.syncStamps, this.db.syncState, ...tables],
      async () => {
        const out: SyncStampRow[] = [];
        for (const [table, idSet] of noted) {
          const ids = [...idSet];
          const records = (await this.db.table(table).bulkGet(ids)) as (AnyRecord | undefined)[];
          const stamps = await this.db.syncStamps.bulkGet(ids.map((id) => keyOf(table, id)));
          ids.forEach((id, i) => {
            const stamp = this.localEdit(clock, state, table, id, records[i], stamps[i]);
            if (stamp) out.push(stamp);
          });
        }
        if (out.length > 0) await this.db.syncStamps.bulkPut(out);
        await this.saveClock(clock);
      },
    );
  }

  /**
   * A new stamp when the record differs from what its stamp says (an edit not yet stamped), or
   * undefined when it is as stamped.
   */
  private localEdit(
    clock: HybridClock,
    state: LocalSyncState,
    table: string,
    id: string,
    record: AnyRecord | undefined,
    stamp: SyncStampRow | undefined,
  ): SyncStampRow | undefined {
    const u = recordHash(record);
    if (stamp ? stamp.u === u : u === null) return undefined;
    return {
      key: keyOf(table, id),
      table,
      id,
      hlc: clock.tick(),
      deviceId: state.deviceId,
      base: stamp ? stampKey(stamp) : null,
      u,
      pending: 1,
    };
  }

  /**
   * Compares every record with its stamp and stamps what differs: records written where no hook
   * saw them, and records removed by `table.clear()` (a restore), which fires no hook. Run at
   * start and after a restore; a table at a time, in bulk.
   */
  reconcile(): Promise<number> {
    return this.serial(async () => {
      const state = await this.getState();
      if (!state) return 0;
      const clock = await this.loadClock();
      let changed = 0;
      for (const table of TABLE_NAMES) {
        const pk = primaryKeyOf(table);
        await this.db.transaction(
          'rw',
          [this.db.syncStamps, this.db.syncState, this.db.table(table)],
          async () => {
            const rows = (await this.db.table(table).toArray()) as AnyRecord[];
            const stamps = await this.db.syncStamps.where('key').startsWith(`${table}/`).toArray();
            const byKey = new Map(stamps.map((st) => [st.key, st]));
            const out: SyncStampRow[] = [];
            for (const r of rows) {
              const id = String(r[pk]);
              const k = keyOf(table, id);
              const stamp = this.localEdit(clock, state, table, id, r, byKey.get(k));
              byKey.delete(k);
              if (stamp) out.push(stamp);
            }
            // Stamps left over belong to records that are gone: deleted for good.
            for (const st of byKey.values()) {
              const stamp = this.localEdit(clock, state, table, st.id, undefined, st);
              if (stamp) out.push(stamp);
            }
            if (out.length > 0) await this.db.syncStamps.bulkPut(out);
            await this.saveClock(clock);
            changed += out.length;
          },
        );
      }
      if (changed > 0) this.onLocalChange?.();
      return changed;
    });
  }

  /** Waits until every local change committed so far has its stamp. */
  settle(): Promise<void> {
    return this.serial(() => this.stampNoted());
  }

  /* ------------------------------------------------------------ writing */

  async pendingChanges(limit: number): Promise<OwnChange[]> {
    await this.settle();
    const stamps = await this.db.syncStamps
      .where('[pending+hlc]')
      .between([1, Dexie.minKey], [1, Dexie.maxKey])
      .limit(limit)
      .toArray();
    return this.withRecords(stamps);
  }

  private async withRecords(stamps: SyncStampRow[]): Promise<OwnChange[]> {
    const byTable = new Map<string, SyncStampRow[]>();
    for (const s of stamps) {
      if (!isSyncedTable(s.table)) continue;
      const list = byTable.get(s.table) ?? [];
      list.push(s);
      byTable.set(s.table, list);
    }
    const records = new Map<string, AnyRecord | undefined>();
    for (const [table, list] of byTable) {
      const found = (await this.db.table(table).bulkGet(list.map((s) => s.id))) as (
        AnyRecord | undefined
      )[];
      list.forEach((s, i) => records.set(s.key, found[i]));
    }
    return stamps
      .filter((s) => isSyncedTable(s.table))
      .map((s) => {
        const record = records.get(s.key) ?? null;
        return { table: s.table, id: s.id, hlc: s.hlc, base: s.base, record };
      });
  }

  async pendingCount(): Promise<number> {
    await this.settle();
    return this.db.syncStamps
      .where('[pending+hlc]')
      .between([1, Dexie.minKey], [1, Dexie.maxKey])
      .count();
  }

  async markWritten(changes: readonly OwnChange[]): Promise<void> {
    await this.serial(() =>
      this.db.transaction('rw', this.db.syncStamps, async () => {
        const keys = changes.map((c) => keyOf(c.table, c.id));
        const stamps = await this.db.syncStamps.bulkGet(keys);
        const done: SyncStampRow[] = [];
        stamps.forEach((s, i) => {
          // Only if still the same version: a newer edit meanwhile stays pending.
          if (s && s.hlc === changes[i]!.hlc && s.pending === 1) done.push({ ...s, pending: 0 });
        });
        await this.db.syncStamps.bulkPut(done);
      }),
    );
  }

  async ownSnapshot(): Promise<OwnChange[]> {
    const state = await this.getState();
    if (!state) return [];
    const mine = await this.db.syncStamps.where('deviceId').equals(state.deviceId).toArray();
    return this.withRecords(mine.filter((s) => s.pending === 0));
  }

  async ownCount(): Promise<number> {
    const state = await this.getState();
    return state ? this.db.syncStamps.where('deviceId').equals(state.deviceId).count() : 0;
  }

  /* ------------------------------------------------------------ reading */

  async progress(): Promise<Map<string, SegmentProgress>> {
    const rows = await this.db.syncSegments.toArray();
    return new Map(rows.map((r) => [r.key, r]));
  }

  async saveProgress(progress: readonly SegmentProgress[]): Promise<void> {
    await this.db.syncSegments.bulkPut(progress.map((p) => ({ ...p, held: [...p.held] })));
  }

  /**
   * Applies a batch of changes from other computers in one transaction, record by record: the
   * change with the later clock stamp (device id breaking a tie) wins, whichever order they
   * arrive in; a deletion for good wins over older edits and loses to newer ones. Text an entry
   * loses to a concurrent edit is kept (see `preserveLosingVersion`). The reading progress is
   * saved in the same transaction, so a change is applied once however often it is read.
   */
  applyBatch(
    changes: readonly IncomingChange[],
    progress: readonly SegmentProgress[],
  ): Promise<ApplyOutcome> {
    return this.serial(async () => {
      await this.stampNoted();
      const state = await this.getState();
      const clock = await this.loadClock();
      const outcome: ApplyOutcome = { applied: 0, superseded: 0, preserved: 0, invalid: [] };
      if (!state) return outcome;
      const usedTables = [...new Set(changes.map((c) => c.change.t).filter(isSyncedTable))];
      const scope = [
        this.db.syncStamps,
        this.db.syncSegments,
        this.db.syncState,
        this.db.entryHistory,
        ...usedTables.map((t) => this.db.table(t)),
      ];
      await this.db.transaction('rw', scope, async (tx) => {
        syncTransactions.add(tx);
        // Read everything the batch touches in bulk.
        const locals = new Map<string, AnyRecord | undefined>();
        const idsByTable = new Map<SyncedTable, string[]>();
        for (const { change } of changes) {
          if (!isSyncedTable(change.t)) continue;
          const list = idsByTable.get(change.t) ?? [];
          list.push(change.id);
          idsByTable.set(change.t, list);
        }
        for (const [table, ids] of idsByTable) {
          const unique = [...new Set(ids)];
          const found = (await this.db.table(table).bulkGet(unique)) as (AnyRecord | undefined)[];
          unique.forEach((id, i) => locals.set(keyOf(table, id), found[i]));
        }
        const stampKeys = [...locals.keys()];
        const stampRows = await this.db.syncStamps.bulkGet(stampKeys);
        const stamps = new Map<string, SyncStampRow | undefined>();
        stampKeys.forEach((k, i) => stamps.set(k, stampRows[i]));

        const changedStamps = new Map<string, SyncStampRow>();
        const writes = new Map<
          string,
          { table: SyncedTable; id: string; record: AnyRecord | null }
        >();
        const preserved: LosingVersion[] = [];
        const preservedAt = new Date(this.now()).toISOString();

        for (const { change: c } of changes) {
          if (!isSyncedTable(c.t)) {
            outcome.invalid.push({ table: c.t, id: c.id, message: 'not a table Grove keeps' });
            continue;
          }
          const k = keyOf(c.t, c.id);
          const local = locals.get(k);
          let stamp = stamps.get(k);
          // A local edit that committed but has no stamp yet counts as made now, so it is never
          // silently overwritten by a change that is older than it.
          const unstamped = this.localEdit(clock, state, c.t, c.id, local, stamp);
          if (unstamped) {
            stamp = unstamped;
            stamps.set(k, stamp);
            changedStamps.set(k, stamp);
          }
          clock.receive(c.h);
          const remote = { hlc: c.h, deviceId: c.d };
          const order = stamp ? compareStamps(remote, stamp) : 1;
          if (order === 0) {
            outcome.superseded++;
            continue;
          }
          let record: AnyRecord | null = null;
          if (c.r) {
            const parsed = SYNCED_TABLES[c.t].safeParse(c.r);
            const pk = primaryKeyOf(c.t);
            if (!parsed.success || (parsed.data as AnyRecord)[pk] !== c.id) {
              const issue = parsed.success
                ? { path: [pk], message: 'does not match' }
                : parsed.error.issues[0];
              outcome.invalid.push({
                table: c.t,
                id: c.id,
                message: `${issue?.path.map(String).join('.') || 'record'} ${issue?.message ?? 'is invalid'}`,
              });
              continue;
            }
            record = parsed.data as AnyRecord;
          }
          if (order > 0) {
            // The remote change wins. The local version is kept if it was a concurrent edit.
            if (
              c.t === 'entries' &&
              local &&
              stamp &&
              c.b !== stampKey(stamp) &&
              stamp.deviceId !== c.d &&
              entryText(local) !== entryText(record)
            ) {
              preserved.push({
                entry: local,
                hlc: stamp.hlc,
                deviceId: stamp.deviceId,
                preservedAt,
              });
            }
            locals.set(k, record ?? undefined);
            writes.set(k, { table: c.t, id: c.id, record });
            stamp = {
              key: k,
              table: c.t,
              id: c.id,
              hlc: c.h,
              deviceId: c.d,
              base: c.b,
              u: recordHash(record),
              pending: 0,
            };
            stamps.set(k, stamp);
            changedStamps.set(k, stamp);
            outcome.applied++;
          } else {
            // The remote change loses; its text is kept if it was a concurrent edit.
            if (
              c.t === 'entries' &&
              record &&
              stamp &&
              stamp.deviceId !== c.d &&
              stamp.base !== stampKey(remote) &&
              entryText(record) !== entryText(local)
            ) {
              preserved.push({ entry: record, hlc: c.h, deviceId: c.d, preservedAt });
            }
            outcome.superseded++;
          }
        }

        for (const table of idsByTable.keys()) {
          const puts: AnyRecord[] = [];
          const deletes: string[] = [];
          for (const w of writes.values()) {
            if (w.table !== table) continue;
            if (w.record) puts.push(w.record);
            else deletes.push(w.id);
          }
          const t = this.db.table(table) as Table<AnyRecord, string>;
          if (puts.length > 0) await t.bulkPut(puts);
          if (deletes.length > 0) await t.bulkDelete(deletes);
        }
        for (const p of preserved) await preserveLosingVersion(this.db, p);
        outcome.preserved = preserved.length;
        if (changedStamps.size > 0) await this.db.syncStamps.bulkPut([...changedStamps.values()]);
        if (progress.length > 0) {
          await this.db.syncSegments.bulkPut(progress.map((p) => ({ ...p, held: [...p.held] })));
        }
        await this.saveClock(clock);
      });
      return outcome;
    });
  }
}

let appStore: DexieSyncStore | null = null;
/** The sync store of the app's own database (one per window). */
export function appSyncStore(): DexieSyncStore {
  appStore ??= new DexieSyncStore(appDb);
  return appStore;
}

/** Gives the main thread back between batches, so typing stays smooth during a large apply. */
export const yieldToMainThread = sleep;
