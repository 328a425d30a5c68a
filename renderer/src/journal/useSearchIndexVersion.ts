import { useSyncExternalStore } from 'react';
import { isSearchReady, searchVersion, subscribeSearch } from '../search/searchService';

/** Re-renders when the search index changes; `ready` once its first build has finished. */
export function useSearchIndexState(): { ready: boolean; version: number } {
  const version = useSyncExternalStore(subscribeSearch, searchVersion);
  return { ready: isSearchReady(), version };
}
