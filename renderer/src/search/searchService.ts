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
  // Changes that land while the build runs are queued and applied after it, newest state wins.
  const queued = new Set<string>();
  onEntriesChanged((ids) => {
    if (!ready) {
      for (const id of ids) queued.add(id);
      return;
    }
    void apply(ids);
  });
  void (async () => {
    let after: string | null = null;
    for (;;) {
      const page = await entriesPageById(after, PAGE_SIZE);
      if (page.length === 0) break;
      searchIndex.upsert(page);
      after = page[page.length - 1]!.id;
      await pause();
    }
    ready = true;
    if (queued.size > 0) await apply([...queued]);
    bump();
  })();
}

async function apply(ids: readonly string[]): Promise<void> {
  const found = await getEntries(ids);
  const present = new Set(found.map((e) => e.id));
  searchIndex.remove(ids.filter((id) => !present.has(id)));
  searchIndex.upsert(found);
  bump();
}
