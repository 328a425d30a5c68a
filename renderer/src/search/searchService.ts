import { entriesPageById, getEntries, onEntriesChanged } from '../db/repo/entries';
import { EntrySearchIndex } from './EntrySearchIndex';

/**
 * The app's one search index. It is built after the first screen has painted, a page of entries
 * at a time with a pause between pages so typing and scrolling stay smooth, and then kept current
 * from the repository's change feed.
 */
const PAGE_SIZE = 150;

export const searchIndex = new EntrySearchIndex();

let ready = false;
let version = 0;
let started = false;
/** Bumped on every reset, so a build or an update from before a lock never lands after it. */
let generation = 0;
let stopFollowing: (() => void) | null = null;
const subscribers = new Set<() => void>();

function bump(): void {
  version++;
  for (const fn of subscribers) fn();
}

export function subscribeSearch(fn: () => void): () => void {
  subscribers.add(fn);
  return () => subscribers.delete(fn);
}

/** Changes whenever the index changes, so views can re-run their query (useSyncExternalStore). */
export function searchVersion(): number {
  return version;
}

export function isSearchReady(): boolean {
  return ready;
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Starts building the index once; later calls do nothing. */
export function startSearchIndex(): void {
  if (started) return;
  started = true;
  const at = generation;
  // Changes that land while the build runs are queued and applied after it, newest state wins.
  const queued = new Set<string>();
  stopFollowing = onEntriesChanged((ids) => {
    if (!ready) {
      for (const id of ids) queued.add(id);
      return;
    }
    void apply(ids, at);
  });
  void (async () => {
    let after: string | null = null;
    for (;;) {
      const page = await entriesPageById(after, PAGE_SIZE);
      if (at !== generation) return;
      if (page.length === 0) break;
      searchIndex.upsert(page);
      after = page[page.length - 1]!.id;
      await pause();
    }
    ready = true;
    if (queued.size > 0) await apply([...queued], at);
    bump();
  })().catch((error: unknown) => {
    // Locked mid-build: the reset below already emptied the index; nothing else to do.
    if (at === generation) console.warn('[grove] search index build stopped:', error);
  });
}

/**
 * Empties the index and stops following changes (issue 13: on lock, nothing decrypted stays in
 * memory). The next `startSearchIndex` builds it again from the repository.
 */
export function resetSearchIndex(): void {
  generation++;
  stopFollowing?.();
  stopFollowing = null;
  started = false;
  ready = false;
  searchIndex.clear();
  bump();
}

async function apply(ids: readonly string[], at: number = generation): Promise<void> {
  const found = await getEntries(ids);
  if (at !== generation) return;
  const present = new Set(found.map((e) => e.id));
  searchIndex.remove(ids.filter((id) => !present.has(id)));
  searchIndex.upsert(found);
  bump();
}
