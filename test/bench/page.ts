import { Dexie } from 'dexie';
import { db } from '../../renderer/src/db/db';
import { createBackupText, importBackupText } from '../../renderer/src/db/repo/backup';
import { entryIds, getEntry, newEntry, saveEntry } from '../../renderer/src/db/repo/entries';
import { SESSION_PAUSE_MS } from '../../renderer/src/db/repo/entryHistory';
import { declareSchema, LATEST_SCHEMA_VERSION } from '../../renderer/src/db/schema';
import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  type BackupTable,
} from '../../shared/formats/backup';
import { importBenchApi } from './import-page';
import { generateJournal, type GeneratedJournal, type GenerateOptions } from './generate';
// The encryption figures register their own in-page API.
import './encryption-page';
import { syncBench } from './sync-bench';

/**
 * The benchmark's in-page half. The driver (bench.spec.ts) calls these through `window.groveBench`
 * on the same origin as the real app, so they share its IndexedDB. Everything measured here goes
 * through the app's own modules; the raw baselines use a separate database of the same schema.
 */
let journal: GeneratedJournal | undefined;

function generated(options: GenerateOptions): GeneratedJournal {
  journal ??= generateJournal(options);
  return journal;
}

const now = () => performance.now();

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = now();
  const value = await work();
  return [value, now() - start];
}

/**
 * Writes the generated journal through the app's own restore path: the journal becomes a backup
 * file (the published format), which is validated and restored exactly as a user's would be.
 */
async function seed(
  options: GenerateOptions,
): Promise<{ counts: Record<string, number>; restoreMs: number }> {
  const data = generated(options);
  const text = JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date().toISOString(),
    generator: { name: 'Grove benchmark', version: '1' },
    schemaVersion: LATEST_SCHEMA_VERSION,
    tables: { ...data, settings: [], templates: [], entryHistory: [], tombstones: [], lessons: [] },
  });
  await db.open();
  const [, restoreMs] = await timed(() => importBackupText(text, 'restore'));
  const counts: Record<string, number> = {};
  for (const table of db.tables) counts[table.name] = await table.count();
  return { counts, restoreMs };
}

/** A full backup of the stored journal, then a restore of that file: both as a user runs them. */
async function backupRoundTrip(): Promise<{ exportMs: number; restoreMs: number; bytes: number }> {
  const [text, exportMs] = await timed(() => createBackupText());
  const [, restoreMs] = await timed(() => importBackupText(text, 'restore'));
  return { exportMs, restoreMs, bytes: text.length };
}

const QUERIES = [
  'gro',
  'growth',
  'feedb',
  'retro meeting',
  'cafe',
  'naive',
  'hypothesis',
  'xylophone',
];

/**
 * The generated journal as the backup holds it: every table a backup has, each with the records
 * the seed writes into it (empty where the seed writes none). The floors move exactly these.
 */
function backupTables(options: GenerateOptions): [BackupTable, readonly object[]][] {
  const data = generated(options) as unknown as Partial<Record<BackupTable, readonly object[]>>;
  return BACKUP_TABLES.map((name) => [name, data[name] ?? []]);
}

/**
 * Physical baselines on the same data: what IndexedDB itself costs, with no app code around it.
 * Each is measured `runs` times. The floors move the same records a full backup holds — every
 * table, not only the entries — so backup and restore are compared with like for like:
 * `bulkPut` writes each table's records into its emptied table and `toArray` reads every table
 * back, each in one transaction over all the tables: one durable commit, as a restore has (a
 * transaction per table would add a commit per table to the floor).
 */
async function rawBaselines(options: GenerateOptions, runs: number, searchRepetitions: number) {
  const tables = backupTables(options);
  const names = tables.map(([name]) => name);
  const raw = new Dexie('grove-bench-raw', { chromeTransactionDurability: 'strict' });
  declareSchema(raw);
  await raw.open();
  const bulkPutMs: number[] = [];
  const toArrayMs: number[] = [];
  const naiveSearchP95Ms: number[] = [];
  let rawCount = 0;
  for (let run = 0; run < runs; run++) {
    for (const [name] of tables) await raw.table(name).clear();
    const [, putMs] = await timed(() =>
      raw.transaction('rw', names, async () => {
        for (const [name, rows] of tables) await raw.table(name).bulkPut(rows);
      }),
    );
    const [all, readMs] = await timed(() =>
      raw.transaction('r', names, async () => {
        const read: unknown[][] = [];
        for (const name of names) read.push(await raw.table(name).toArray());
        return read;
      }),
    );
    bulkPutMs.push(putMs);
    toArrayMs.push(readMs);
    rawCount = all.reduce((sum, rows) => sum + rows.length, 0);
    const naive: number[] = [];
    for (let r = 0; r < searchRepetitions; r++) {
      const query = QUERIES[r % QUERIES.length]!;
      const [, ms] = await timed(() =>
        raw
          .table('entries')
          .filter((e: { title: string; body: string }) =>
            `${e.title} ${e.body}`.toLowerCase().includes(query),
          )
          .limit(50)
          .toArray(),
      );
      naive.push(ms);
    }
    naive.sort((a, b) => a - b);
    naiveSearchP95Ms.push(naive[Math.max(0, Math.ceil(0.95 * naive.length) - 1)]!);
  }
  raw.close();
  await Dexie.delete('grove-bench-raw');
  return { bulkPutMs, toArrayMs, rawCount, naiveSearchP95Ms };
}

/** Saves new entries one at a time through the repository, as the editor's autosave does. */
async function saveTimes(count: number): Promise<number[]> {
  const times: number[] = [];
  const date = '2026-11-22';
  for (let i = 0; i < count; i++) {
    const entry = {
      ...newEntry('note', date),
      title: `Bench ${i}`,
      body: `Saved by the benchmark, number ${i}.`,
    };
    const [, ms] = await timed(() => saveEntry(entry));
    times.push(ms);
  }
  return times;
}

/**
 * A stored entry of about `bytes` of Markdown (paragraphs of the generated journal's prose), for
 * measuring typing in a long entry. Returns its id.
 */
async function saveBigEntry(options: GenerateOptions, bytes: number): Promise<string> {
  const prose = generated(options)
    .entries.slice(0, 400)
    .map((e) => e.body)
    .join('\n\n');
  let body = '';
  while (body.length < bytes) body += `${prose}\n\n`;
  const entry = {
    ...newEntry('note', '2026-11-21'),
    title: 'A very long entry',
    body: body.slice(0, bytes),
  };
  const outcome = await saveEntry(entry);
  if (!outcome.saved) throw new Error('bench: the big entry was not saved');
  return outcome.entry.id;
}

/**
 * Edits existing entries of the seeded journal the way a second writing session does: each save
 * states its base revision, and each ends a session, so it writes the earlier text as a history
 * version too (the most a save does). Then the size of a full backup with that history.
 */
async function historySaveTimes(count: number): Promise<{ times: number[]; backupBytes: number }> {
  const ids = (await entryIds()).slice(0, count);
  const times: number[] = [];
  let now = Date.now();
  for (const id of ids) {
    const stored = await getEntry(id);
    if (!stored) continue;
    now += SESSION_PAUSE_MS;
    const draft = { ...stored, body: `${stored.body}\n\nEdited in a later session.` };
    const [, ms] = await timed(() =>
      saveEntry(draft, { base: stored, now: new Date(now).toISOString() }),
    );
    times.push(ms);
  }
  const text = await createBackupText();
  return { times, backupBytes: text.length };
}

const api = {
  seed,
  backupRoundTrip,
  rawBaselines,
  saveTimes,
  saveBigEntry,
  historySaveTimes,
  queries: QUERIES,
  syncBench,
  ...importBenchApi,
};
export type GroveBench = typeof api;
(window as unknown as { groveBench: GroveBench }).groveBench = api;
document.getElementById('status')!.textContent = 'ready';
