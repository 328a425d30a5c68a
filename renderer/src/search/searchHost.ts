import { assertNever } from '../../../shared/util/assert-never';
import { EntrySearchIndex } from './EntrySearchIndex';
import type { SearchRequest, SearchResponse } from './search-protocol';

/**
 * The worker's side of the protocol, as a plain function so it runs the same in the worker and,
 * where there is no Worker (unit tests), in the page.
 *
 * Searches are answered latest-first: when several arrive while the index is busy, only the
 * newest runs and the rest are answered as superseded, so typing fast never builds a queue of
 * stale searches. Each search is answered in two steps: first from the small index of the
 * newest entries (a fraction of a frame at any journal size), then — in a later task, skipped if
 * a newer search has arrived by then — from the whole index. A query with a word shorter than
 * SHORT_WORD letters stops at the first step: it would match most of the journal.
 */
export function createSearchHost(
  post: (response: SearchResponse) => void,
  schedule: (run: () => void) => void = (run) => setTimeout(run, 0),
): (request: SearchRequest) => void {
  const index = new EntrySearchIndex();
  let complete = false;
  type Search = Extract<SearchRequest, { type: 'search' }>;
  /** The newest search not yet answered at all, and the one whose whole ranking is due. */
  let pending: Search | null = null;
  let ranking: Search | null = null;

  const answer = (request: Search, scope: 'all' | 'recent', final: boolean) => {
    try {
      const { hits, total } =
        scope === 'recent'
          ? index.searchRecent(request.query, request.filters, request.limit)
          : index.search(request.query, request.filters, request.limit);
      post({
        type: 'search',
        id: request.id,
        hits,
        total,
        complete,
        indexed: index.size,
        scope,
        recentSize: index.recentSize,
        final,
      });
    } catch (error) {
      post({ type: 'error', id: request.id, message: String(error) });
    }
  };

  const runRanking = () => {
    const request = ranking;
    ranking = null;
    if (request) answer(request, 'all', true);
  };

  const runPending = () => {
    const request = pending;
    pending = null;
    if (!request) return;
    const partial = index.recentSize < index.size;
    if (!partial) return answer(request, 'all', true);
    if (index.hasShortWord(request.query)) return answer(request, 'recent', true);
    answer(request, 'recent', false);
    ranking = request;
    schedule(runRanking);
  };

  return (request) => {
    switch (request.type) {
      case 'upsert':
        index.upsert(request.docs, { recent: request.recent === true });
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
        if (ranking) post({ type: 'superseded', id: ranking.id });
        ranking = null;
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
