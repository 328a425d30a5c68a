import { useEffect, useState, useSyncExternalStore } from 'react';
import type { EntryFilters } from '../search/filters';
import {
  isSearchReady,
  searchVersion,
  startSearchIndex,
  streamSearch,
  subscribeSearch,
  type SearchAnswer,
} from '../search/searchService';

/** Re-renders when the search index changes; `ready` once its first build has finished. */
export function useSearchIndexState(): { ready: boolean; version: number } {
  const version = useSyncExternalStore(subscribeSearch, searchVersion);
  return { ready: isSearchReady(), version };
}

/**
 * The search worker's answer for `query` (its best `limit` hits), re-asked whenever the index
 * changes. `query` says which text the answer is for, so a view never shows one query's results
 * under another.
 */
export function useSearchResults(
  query: string,
  filters: EntryFilters,
  limit: number,
): { query: string; answer: SearchAnswer } | undefined {
  const { ready, version } = useSearchIndexState();
  const [result, setResult] = useState<{ query: string; answer: SearchAnswer }>();
  useEffect(() => startSearchIndex(), []);
  const empty = query.trim() === '';
  useEffect(() => {
    if (empty) return;
    let live = true;
    streamSearch(
      query,
      filters,
      (answer) => {
        if (live) setResult({ query, answer });
      },
      limit,
    );
    return () => {
      live = false;
    };
  }, [empty, query, filters, version, limit]);
  // Nothing to ask for an empty box: answered at once, in this render.
  if (empty)
    return {
      query,
      answer: {
        hits: [],
        total: 0,
        complete: ready,
        indexed: 0,
        scope: 'all',
        recentSize: 0,
        final: true,
      },
    };
  return result;
}
