import { assertNever } from '../../../shared/util/assert-never';
import { EntrySearchIndex } from './EntrySearchIndex';
import type { SearchRequest, SearchResponse } from './search-protocol';

/**
 * The worker's side of the protocol, as a plain function so it runs the same in the worker and,
 * where there is no Worker (unit tests), in the page. Searches are answered latest-first: when
 * several arrive while the index is busy, only the newest runs and the rest are answered as
 * superseded, so typing fast never builds a queue of stale searches.
 */
export function createSearchHost(
  post: (response: SearchResponse) => void,
  schedule: (run: () => void) => void = (run) => setTimeout(run, 0),
): (request: SearchRequest) => void {
  const index = new EntrySearchIndex();
  let complete = false;
  let pending: Extract<SearchRequest, { type: 'search' }> | null = null;

  const runPending = () => {
    const request = pending;
    pending = null;
    if (!request) return;
    try {
      const hits = index.search(request.query, request.filters, request.limit);
      post({ type: 'search', id: request.id, hits, complete, indexed: index.size });
    } catch (error) {
      post({ type: 'error', id: request.id, message: String(error) });
    }
  };

  return (request) => {
    switch (request.type) {
      case 'upsert':
        index.upsert(request.docs);
        post({ type: 'ack', id: request.id, size: index.size });
        return;
      case 'remove':
        index.remove(request.ids);
        post({ type: 'ack', id: request.id, size: index.size });
        return;
      case 'complete':
        complete = true;
        post({ type: 'ack', id: request.id, size: index.size });
        return;
      case 'search':
        if (pending) post({ type: 'superseded', id: pending.id });
        else schedule(runPending);
        pending = request;
        return;
      case 'filter':
        post({ type: 'filter', id: request.id, metas: index.filter(request.filters) });
        return;
      default:
        assertNever(request);
    }
  };
}
