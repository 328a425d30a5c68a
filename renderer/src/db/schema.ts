import type { Dexie, Transaction } from 'dexie';

/**
 * The database's history, append-only. Each released version stays here forever: the migration
 * tests open a fixture of every version and upgrade it, and an `upgrade` needs the schema of the
 * step before it. To change the schema, append a version (with an `upgrade` when data
 * must change) and a fixture for the version it replaces; never edit a released entry.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // [deleted+date]: "everything not in the trash, by day" is the journal's main query.
      entries:
        'id, [deleted+date], [deleted+kind+date], *tags, *objectiveIds, meetingId, updatedAt',
      objectives: 'id, [deleted+status], targetDate, updatedAt',
      keyResults: 'id, objectiveId, updatedAt',
      activities: 'id, objectiveId, updatedAt',
      checkIns: 'id, objectiveId, [objectiveId+date], date, updatedAt',
      actionItems: 'id, [deleted+status], seriesId, meetingId, objectiveId, dueDate, updatedAt',
      selfAssessments: 'id, [skill+date], date, updatedAt',
      series: 'id, updatedAt',
      meetings: 'id, [seriesId+date], date, updatedAt',
      templates: 'id, kind, updatedAt',
      settings: 'key',
    },
  },
  {
    // Entry history (earlier versions of an entry's text) and tombstones of records deleted for
    // good, so a merge never brings them back. New tables only: no data changes.
    version: 2,
    stores: {
      entryHistory: 'id, entryId, [entryId+replacedAt], updatedAt',
      tombstones: 'id, table, updatedAt',
    },
  },
  // There is no version 3: the number was set aside for a change that needed none.
  {
    // Encryption at rest: key slots, the encryption state and the conversion's resume point, and
    // the auto-lock preference. Never sealed itself (see db/crypto/fields.ts); holds no readable
    // journal text, only wrapped keys and salts.
    version: 4,
    stores: { privacy: 'id' },
  },
  {
    // Insights: where each resurfacing lesson stands. Today asks for the active ones due by today
    // ([status+dueDate]) and how many were answered today (lastAnsweredOn). entryId is not
    // unique: a merged backup (or sync) may bring a second record for the same lesson; the newest
    // by updatedAt is the one that counts.
    version: 5,
    stores: {
      lessons: 'id, entryId, [status+dueDate], lastAnsweredOn, updatedAt',
    },
  },
  {
    // Import from other apps: `importSource` says where an imported entry came from; the index
    // finds already-imported entries so a re-import adds nothing twice. Entries without the field
    // are simply not in the index; no data changes.
    version: 6,
    stores: {
      entries:
        'id, [deleted+date], [deleted+kind+date], *tags, *objectiveIds, meetingId, updatedAt, importSource',
    },
  },
  {
    // The coach loop: a record of each coach summary saved, by its content hash, so a coach's
    // response can be checked to answer one of this person's own summaries.
    version: 7,
    stores: { coachExports: 'hash, exportedAt' },
  },
  {
    // Sync through a folder: per-record clock stamps, reading progress and local state
    // live in sync's own tables, so no other record gains a field. Added empty: a database
    // starts syncing only when the person sets it up.
    version: 8,
    stores: {
      syncStamps: 'key, [pending+hlc], deviceId',
      syncSegments: 'key, deviceId',
      syncState: 'key',
    },
  },
];

export const LATEST_SCHEMA_VERSION = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!.version;

/**
 * Declares the history up to `upTo` on a Dexie instance (tests open older versions this way).
 * Steps without an `upgrade` are declared together, as the last of them: Dexie upgrades a
 * database from any older version by comparing its stored tables and indexes with the declared
 * ones, and needs a step of its own only where data changes (an `upgrade`, and the step before it,
 * whose schema the upgrade reads). Declaring every step one by one cost start-up more than opening
 * the database: Dexie re-reads the whole declared history at each declaration.
 */
export function declareSchema(db: Dexie, upTo: number = LATEST_SCHEMA_VERSION): void {
  const steps = SCHEMA_HISTORY.filter((step) => step.version <= upTo);
  let stores: Record<string, string | null> = {};
  steps.forEach((step, i) => {
    stores = { ...stores, ...step.stores };
    const next = steps[i + 1];
    if (next && !next.upgrade && !step.upgrade) return;
    const declared = db.version(step.version).stores(stores);
    if (step.upgrade) declared.upgrade(step.upgrade);
  });
}
