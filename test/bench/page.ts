import { Dexie } from 'dexie';
import { db } from '../../renderer/src/db/db';
import { newEntry, saveEntry } from '../../renderer/src/db/repo/entries';
import { declareSchema } from '../../renderer/src/db/schema';
import { generateJournal, type GeneratedJournal, type GenerateOptions } from './generate';

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

/** Fills the app's database with the generated journal (not a measurement: the set-up). */
async function seed(options: GenerateOptions): Promise<Record<string, number>> {
  const data = generated(options);
  await db.open();
  const counts: Record<string, number> = {};
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
  for (const [name, rows] of Object.entries(data)) {
    counts[name] = rows.length;
    for (let i = 0; i < rows.length; i += 5_000) {
      const chunk = rows.slice(i, i + 5_000);
      await db.transaction('rw', db.table(name), () => db.table(name).bulkPut(chunk));
    }
  }
  return counts;
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

/** Physical baselines on the same data: what IndexedDB itself costs, with no app code around it. */
async function rawBaselines(options: GenerateOptions, searchRepetitions: number) {
  const data = generated(options);
  const raw = new Dexie('grove-bench-raw', { chromeTransactionDurability: 'strict' });
  declareSchema(raw);
  await raw.open();
  await raw.table('entries').clear();
  const [, bulkPutMs] = await timed(() => raw.table('entries').bulkPut(data.entries));
  const [all, toArrayMs] = await timed(() => raw.table('entries').toArray());
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
  raw.close();
  await Dexie.delete('grove-bench-raw');
  return {
    rawBulkPutMs: bulkPutMs,
    rawToArrayMs: toArrayMs,
    rawCount: all.length,
    naiveSearchMs: naive,
  };
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

function heapMB(): number | null {
  const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  return memory ? memory.usedJSHeapSize / 1024 / 1024 : null;
}

const api = { seed, rawBaselines, saveTimes, heapMB, queries: QUERIES };
export type GroveBench = typeof api;
(window as unknown as { groveBench: GroveBench }).groveBench = api;
document.getElementById('status')!.textContent = 'ready';
