import { Dexie, type Table } from 'dexie';
import type { Tombstone } from '../../../../shared/domain/records';
import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  type Backup,
  type BackupTable,
} from '../../../../shared/formats/backup';
import { canonicalJson, canonicalJsonItems } from '../../../../shared/formats/canonical-json';
import { readBackupDocument } from '../../../../shared/formats/backup';
import { assertNever } from '../../../../shared/util/assert-never';
import { db } from '../db';
import { LATEST_SCHEMA_VERSION } from '../schema';
import { deleteHistoryOf } from './entryHistory';
import { validateBackupText } from './backup-validation';
import { nowIso } from './records';

/** Records read, and written, per step: big enough to be fast, small enough to bound memory. */
const PAGE_SIZE = 2000;

export interface BackupProgress {
  table: BackupTable;
  done: number;
  total: number;
}

export interface CreateBackupOptions {
  source?: Dexie;
  now?: string;
  appVersion?: string;
  schemaVersion?: number;
  onProgress?: (progress: BackupProgress) => void;
}

/**
 * Writes the whole database as a backup file's text. Tables are read in pages by primary key and
 * serialised page by page into string pieces, so only a page or two of records is ever held as
 * objects. The next page is already being read while this one is serialised (IndexedDB works
 * while this thread stringifies), and waiting for each read lets a progress bar move. Each page
 * is its own read; a record written mid-backup shows up in the backup or not, never half.
 */
export async function createBackupText(options: CreateBackupOptions = {}): Promise<string> {
  const source = options.source ?? db;
  const existing = new Set(source.tables.map((t) => t.name));
  const present = BACKUP_TABLES.filter((name) => existing.has(name));
  // Every count in one read transaction rather than one each.
  const counted =
    present.length === 0
      ? []
      : await source.transaction('r', [...present], () =>
          Promise.all(present.map((name) => source.table(name).count())),
        );
  const totals = new Map<BackupTable, number>(present.map((name, i) => [name, counted[i] ?? 0]));
  const header = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: options.now ?? nowIso(),
    generator: { name: 'Grove', version: options.appVersion ?? appVersion() },
    schemaVersion: options.schemaVersion ?? LATEST_SCHEMA_VERSION,
  };
  // Keys in sorted order, like canonicalJson, so the whole file is canonical.
  const pieces: string[] = [
    `{"createdAt":${JSON.stringify(header.createdAt)},"format":${JSON.stringify(header.format)}`,
    `,"generator":${canonicalJson(header.generator)},"schemaVersion":${header.schemaVersion}`,
    ',"tables":{',
  ];
  const sortedTables = [...BACKUP_TABLES].sort();
  for (const [index, name] of sortedTables.entries()) {
    pieces.push(`${index === 0 ? '' : ','}${JSON.stringify(name)}:[`);
    const total = totals.get(name) ?? 0;
    let done = 0;
    if (existing.has(name)) {
      const table = source.table(name) as Table<Record<string, unknown>, string>;
      const readAfter = (lastKey: string | undefined) =>
        lastKey === undefined
          ? table.orderBy(':id').limit(PAGE_SIZE).toArray()
          : table.where(':id').above(lastKey).limit(PAGE_SIZE).toArray();
      let reading: Promise<Record<string, unknown>[]> | undefined = readAfter(undefined);
      while (reading) {
        const page: Record<string, unknown>[] = await reading;
        if (page.length === 0) break;
        // A short page is the table's last; otherwise read on while this page is serialised.
        reading =
          page.length < PAGE_SIZE
            ? undefined
            : readAfter(primaryKeyOf(name, page[page.length - 1]!));
        pieces.push((done === 0 ? '' : ',') + canonicalJsonItems(page));
        done += page.length;
        options.onProgress?.({ table: name, done, total: Math.max(total, done) });
      }
    }
    options.onProgress?.({ table: name, done, total: done });
    pieces.push(']');
  }
  pieces.push(`},"version":${header.version}}`);
  return pieces.join('');
}

const primaryKeyOf = (table: BackupTable, row: Record<string, unknown>): string =>
  String(table === 'settings' ? row['key'] : row['id']);

function appVersion(): string {
  try {
    return import.meta.env['VITE_APP_VERSION'] ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

export interface ImportResult {
  /** Per table: records added, records replaced by a newer copy, records left as they were. */
  tables: Record<BackupTable, { added: number; updated: number; kept: number }>;
}

const tableOf = (name: BackupTable) => db.table(name) as Table<Record<string, unknown>, string>;

type Rows = Record<string, unknown>[];
type TableRows = (name: BackupTable) => Rows;

/** How long a restore's transaction waits for the file's validation to finish. */
const VALIDATION_TIMEOUT_MS = 10 * 60_000;

/**
 * Holds the transaction open until `gate` settles (Dexie keeps it alive meanwhile): the writes
 * are in, but nothing commits unless the whole file validated. A failed gate aborts everything.
 */
async function passGate(gate: Promise<unknown> | undefined): Promise<void> {
  if (gate) await Dexie.waitFor(gate, VALIDATION_TIMEOUT_MS);
}

/**
 * Replaces everything with the backup's records, in one transaction: either the whole backup is
 * in, or (on any failure) the database is exactly as it was. The caller validated the file with
 * `readBackup` and saved a safety backup of the current data first.
 */
export async function restoreBackup(backup: Backup): Promise<ImportResult> {
  return writeRestore(() => (name) => backup.tables[name] as Rows);
}

/**
 * Every table cleared and written in one transaction. The clears are issued first, so IndexedDB
 * deletes the old records while this thread reads the file (`read`, which may parse it); then
 * the pages' writes are all issued before any is awaited, so cloning one page into IndexedDB
 * overlaps with writing the one before. Anything `read` throws aborts the transaction: the
 * clears are rolled back with it.
 */
async function writeRestore(read: () => TableRows, gate?: Promise<unknown>): Promise<ImportResult> {
  const result = emptyResult();
  await db.transaction('rw', db.tables, async () => {
    // Requests on one store run in order: each clear lands before that table's puts.
    const writes: Promise<unknown>[] = BACKUP_TABLES.map((name) => tableOf(name).clear());
    const rowsOf = read();
    for (const name of BACKUP_TABLES) {
      const table = tableOf(name);
      const rows = rowsOf(name);
      for (let i = 0; i < rows.length; i += PAGE_SIZE) {
        writes.push(table.bulkPut(rows.slice(i, i + PAGE_SIZE)));
      }
      result.tables[name].added = rows.length;
    }
    await Promise.all(writes);
    await passGate(gate);
  });
  return result;
}

/**
 * Adds what is missing and keeps the newer copy (by `updatedAt`) of records on both sides, in
 * one transaction. Merging the same file twice changes nothing the second time; a tie keeps the
 * local copy, so merging never churns. Deletions stay deleted: an entry (and its history) with a
 * tombstone here is never brought back, and a tombstone in the file removes the local entry
 * unless the local one was changed after that deletion.
 */
export async function mergeBackup(backup: Backup): Promise<ImportResult> {
  return writeMerge((name) => backup.tables[name] as Rows);
}

async function writeMerge(rowsOf: TableRows, gate?: Promise<unknown>): Promise<ImportResult> {
  const result = emptyResult();
  await db.transaction('rw', db.tables, async () => {
    const tombstoned = new Set((await db.tombstones.toCollection().primaryKeys()) as string[]);
    for (const name of BACKUP_TABLES) {
      if (name === 'tombstones') continue;
      const table = tableOf(name);
      const counts = result.tables[name];
      const all = rowsOf(name);
      const deletedHere = (row: Record<string, unknown>) =>
        (name === 'entries' && tombstoned.has(String(row['id']))) ||
        (name === 'entryHistory' && tombstoned.has(String(row['entryId'])));
      const rows = all.filter((row) => !deletedHere(row));
      counts.kept += all.length - rows.length;
      for (let i = 0; i < rows.length; i += PAGE_SIZE * 5) {
        const chunk = rows.slice(i, i + PAGE_SIZE * 5);
        const current = await table.bulkGet(chunk.map((row) => primaryKeyOf(name, row)));
        const toWrite: Record<string, unknown>[] = [];
        chunk.forEach((incoming, index) => {
          const local = current[index];
          if (!local) {
            counts.added++;
            toWrite.push(incoming);
          } else if (isNewer(incoming['updatedAt'], local['updatedAt'])) {
            counts.updated++;
            toWrite.push(incoming);
          } else {
            counts.kept++;
          }
        });
        if (toWrite.length > 0) await table.bulkPut(toWrite);
      }
    }
    await mergeTombstones(
      rowsOf('tombstones') as Tombstone[],
      tombstoned,
      result.tables.tombstones,
    );
    await passGate(gate);
  });
  return result;
}

/** Applies the file's tombstones: the local entry goes, unless it changed after the deletion. */
async function mergeTombstones(
  incoming: readonly Tombstone[],
  known: ReadonlySet<string>,
  counts: ImportResult['tables'][BackupTable],
): Promise<void> {
  const fresh = incoming.filter((t) => !known.has(t.id));
  counts.kept += incoming.length - fresh.length;
  if (fresh.length === 0) return;
  const locals = await db.entries.bulkGet(fresh.map((t) => t.id));
  const apply = fresh.filter((t, i) => {
    const local = locals[i];
    return !local || !isNewer(local.updatedAt, t.updatedAt);
  });
  counts.kept += fresh.length - apply.length;
  counts.added += apply.length;
  const ids = apply.map((t) => t.id);
  await deleteHistoryOf(ids);
  await db.entries.bulkDelete(ids);
  await db.tombstones.bulkPut([...apply]);
}

function emptyResult(): ImportResult {
  const tables = {} as ImportResult['tables'];
  for (const name of BACKUP_TABLES) tables[name] = { added: 0, updated: 0, kept: 0 };
  return { tables };
}

/** Compares instants, not strings: `…+02:00` and `…Z` stamps sort correctly only as times. */
function isNewer(incoming: unknown, local: unknown): boolean {
  const a = Date.parse(String(incoming));
  const b = Date.parse(String(local));
  if (Number.isNaN(b)) return !Number.isNaN(a);
  return a > b;
}

export type ImportMode = 'restore' | 'merge';

/**
 * Validates a backup file completely and restores or merges it, the two overlapping: the file's
 * records are checked (every table, every record — `readBackup`) in a worker while this page
 * parses the same text and writes it, in one transaction that commits only if the check passes.
 * A file that fails validation throws its FormatError and the database is exactly as it was:
 * the transaction is rolled back, and until it ends no one else can read what it wrote.
 */
export async function importBackupText(text: string, mode: ImportMode): Promise<ImportResult> {
  const validation = validateBackupText(text);
  // Observed below; never an unhandled rejection if the writes fail first.
  validation.catch(() => undefined);
  try {
    switch (mode) {
      case 'restore':
        // Parsed inside the restore's transaction, while its clears run.
        return await writeRestore(() => readTables(text), validation);
      case 'merge':
        return await writeMerge(readTables(text), validation);
      default:
        return assertNever(mode);
    }
  } catch (error) {
    // JSON, format or version, or a record the check refuses failing the write first: the check
    // fails too, and its message is the one to show.
    await validation;
    throw error;
  }
}

/** The file's tables, parsed (JSON, format, version) but not yet checked record by record. */
function readTables(text: string): TableRows {
  const tables = readBackupDocument(text)['tables'];
  return (name) => {
    const rows = (tables as Record<string, unknown> | undefined)?.[name];
    if (!Array.isArray(rows)) throw new Error(`tables.${name} is not a list`);
    return rows as Rows;
  };
}
