import { useEffect, useState, useSyncExternalStore } from 'react';
import type { EntryFilters } from '../search/filters';
import {
  isSearchReady,
  searchEntries,
  searchVersion,
  startSearchIndex,
  subscribeSearch,
  type SearchAnswer,
} from '../search/searchService';

/** Re-renders when the search index changes; `ready` once its first build has finished. */
export function useSearchIndexState(): { ready: boolean; version: number } {
  const version = useSyncExternalStore(subscribeSearch, searchVersion);
  return { ready: isSearchReady(), version };
}

export function useSearchIndexReady(): boolean {
  return useSearchIndexState().ready;
}

/**
 * The search worker's answer for `query`, re-asked whenever the index changes. `query` says
 * which text the answer is for, so a view never shows one query's results under another.
 */
export function useSearchResults(
  query: string,
  filters: EntryFilters,
): { query: string; answer: SearchAnswer } | undefined {
  const { ready, version } = useSearchIndexState();
  const [result, setResult] = useState<{ query: string; answer: SearchAnswer }>();
  useEffect(() => startSearchIndex(), []);
  const empty = query.trim() === '';
  useEffect(() => {
    if (empty) return;
    let live = true;
    void searchEntries(query, filters).then((answer) => {
      if (live && answer) setResult({ query, answer });
    });
    return () => {
      live = false;
    };
  }, [empty, query, filters, version]);
  // Nothing to ask for an empty box: answered at once, in this render.
  if (empty) return { query, answer: { hits: [], complete: ready, indexed: 0 } };
  return result;
}
