import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
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
  /** What the box asks now, how many requests were sent, and the newest one whose answer shows. */
  const asked = useRef({ key: '', sent: 0, shown: 0 });
  useEffect(() => {
    const key = empty ? '' : JSON.stringify([query, filters, limit]);
    asked.current.key = key;
    if (empty) return;
    const seq = ++asked.current.sent;
    streamSearch(
      query,
      filters,
      (answer) => {
        // While the index builds it changes every moment and the same text is asked again; an
        // earlier request's answer for that text still counts (dropping it would leave the box
        // without results until the next one arrives), unless a newer answer already shows.
        const now = asked.current;
        if (now.key !== key || seq < now.shown) return;
        now.shown = seq;
        setResult({ query, answer });
      },
      limit,
    );
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
