import type { Dexie, Table } from 'dexie';
import type { Tombstone } from '../../../../shared/domain/records';
import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  type Backup,
  type BackupTable,
} from '../../../../shared/formats/backup';
import { canonicalJson } from '../../../../shared/formats/canonical-json';
import { readBackup } from '../../../../shared/formats/backup';
import { assertNever } from '../../../../shared/util/assert-never';
import { db } from '../db';
import { LATEST_SCHEMA_VERSION } from '../schema';
import { deleteHistoryOf } from './entryHistory';
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

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Writes the whole database as a backup file's text. Tables are read in pages by primary key and
 * serialised page by page into string pieces, so only one page of records is ever held as
 * objects, and the page yields between steps so a progress bar can move. Each page is its own
 * read; a record written mid-backup shows up in the backup or not, never half.
 */
export async function createBackupText(options: CreateBackupOptions = {}): Promise<string> {
  const source = options.source ?? db;
  const existing = new Set(source.tables.map((t) => t.name));
  const totals = new Map<BackupTable, number>();
  for (const name of BACKUP_TABLES) {
    totals.set(name, existing.has(name) ? await source.table(name).count() : 0);
  }
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
      let lastKey: string | undefined;
      for (;;) {
        const page =
          lastKey === undefined
            ? await table.orderBy(':id').limit(PAGE_SIZE).toArray()
            : await table.where(':id').above(lastKey).limit(PAGE_SIZE).toArray();
        if (page.length === 0) break;
        pieces.push((done === 0 ? '' : ',') + page.map((row) => canonicalJson(row)).join(','));
        done += page.length;
        lastKey = primaryKeyOf(name, page[page.length - 1]!);
        options.onProgress?.({ table: name, done, total: Math.max(total, done) });
        if (page.length < PAGE_SIZE) break;
        await pause();
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

/**
 * Replaces everything with the backup's records, in one transaction: either the whole backup is
 * in, or (on any failure) the database is exactly as it was. The caller validated the file with
 * `readBackup` and saved a safety backup of the current data first.
 */
export async function restoreBackup(backup: Backup): Promise<ImportResult> {
  const result = emptyResult();
  await db.transaction('rw', db.tables, async () => {
    for (const name of BACKUP_TABLES) {
      const table = tableOf(name);
      await table.clear();
      const rows = backup.tables[name] as Record<string, unknown>[];
      for (let i = 0; i < rows.length; i += 10 * PAGE_SIZE) {
        await table.bulkPut(rows.slice(i, i + 10 * PAGE_SIZE));
      }
      result.tables[name].added = rows.length;
    }
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
  const result = emptyResult();
  await db.transaction('rw', db.tables, async () => {
    const tombstoned = new Set((await db.tombstones.toCollection().primaryKeys()) as string[]);
    for (const name of BACKUP_TABLES) {
      if (name === 'tombstones') continue;
      const table = tableOf(name);
      const counts = result.tables[name];
      const all = backup.tables[name] as Record<string, unknown>[];
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
    await mergeTombstones(backup.tables.tombstones, tombstoned, result.tables.tombstones);
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
 * Validates a backup file completely, then restores or merges it. A file that fails validation
 * throws a FormatError before a single record is written.
 */
export async function importBackupText(text: string, mode: ImportMode): Promise<ImportResult> {
  const { backup } = readBackup(text);
  switch (mode) {
    case 'restore':
      return restoreBackup(backup);
    case 'merge':
      return mergeBackup(backup);
    default:
      return assertNever(mode);
  }
}
