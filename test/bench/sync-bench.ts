import { Dexie } from 'dexie';
import { db, GroveDatabase } from '../../renderer/src/db/db';
import { getEntry, saveEntry } from '../../renderer/src/db/repo/entries';
import { DexieSyncStore, yieldToMainThread } from '../../renderer/src/db/repo/sync';
import { SyncEngine, setUpSync } from '../../shared/sync/engine';
import type { SyncFolder } from '../../shared/sync/folder';

/**
 * Sync through a folder, in the bench page: the seeded journal (the app's own
 * database) is set up for sync and written to a folder held in memory; then an empty second
 * profile (another database) takes it all in — the first sync — while long tasks are counted;
 * then single edits on the first are applied on the second, as a segment arriving.
 */
function memoryFolder(): SyncFolder {
  const files = new Map<string, string>();
  return {
    list: async () => [...files.keys()].sort(),
    read: async (p) => files.get(p) ?? null,
    write: async (p, content) => void files.set(p, content),
    remove: async (p) => void files.delete(p),
  };
}

const now = () => performance.now();

export async function syncBench(edits: number) {
  const folder = memoryFolder();
  const key = { dataKey: crypto.getRandomValues(new Uint8Array(32)) };
  const source = new DexieSyncStore(db);
  let start = now();
  await setUpSync({ folder, store: source, key, slots: null, deviceName: 'bench A' });
  const a = new SyncEngine(folder, source, key, { yieldBetweenBatches: yieldToMainThread });
  const pushed = await a.sync();
  const pushMs = now() - start;

  const name = 'grove-bench-sync-b';
  await Dexie.delete(name);
  const other = new GroveDatabase(name);
  await other.open();
  const target = new DexieSyncStore(other);
  await setUpSync({ folder, store: target, key, slots: null, deviceName: 'bench B' });
  const b = new SyncEngine(folder, target, key, { yieldBetweenBatches: yieldToMainThread });
  // How much of the first sync is the database transactions (the rest: reading, decrypting).
  let applyBatchMs = 0;
  const applyBatch = target.applyBatch.bind(target);
  target.applyBatch = async (changes, progress) => {
    const began = now();
    const outcome = await applyBatch(changes, progress);
    applyBatchMs += now() - began;
    return outcome;
  };
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const task of list.getEntries()) longTasks.push(task.duration);
  });
  observer.observe({ type: 'longtask' });
  start = now();
  const first = await b.sync();
  const firstMs = now() - start;
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  const entries = await other.entries.count();
  const sourceEntries = await db.entries.count();

  // One edit at a time: written by A, then applied by B once its segment has "arrived".
  const ids = (await db.entries.limit(edits).primaryKeys()) as string[];
  const applyMs: number[] = [];
  for (const id of ids) {
    const entry = (await getEntry(id))!;
    await saveEntry({ ...entry, body: `${entry.body}\nEdited for the sync bench.` });
    await source.settle();
    await a.sync();
    start = now();
    const report = await b.sync();
    applyMs.push(now() - start);
    if (report.applied !== 1) throw new Error(`expected one change applied, got ${report.applied}`);
  }
  other.close();
  await Dexie.delete(name);
  await source.end();
  return {
    written: pushed.written,
    pushMs,
    applied: first.applied,
    entries,
    sourceEntries,
    firstMs,
    applyBatchMs,
    longTasks,
    applyMs,
    problems: [...pushed.problems, ...first.problems].map((p) => p.message),
  };
}
