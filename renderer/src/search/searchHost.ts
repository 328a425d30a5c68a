import { assertNever } from '../../../shared/util/assert-never';
import { EntrySearchIndex } from './EntrySearchIndex';
import type { SearchRequest, SearchResponse } from './search-protocol';

/** How long one slice of index changes runs before a waiting search gets its turn. */
const SLICE_MS = 4;

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
 *
 * Index changes are applied in order, a slice of about SLICE_MS at a time, and a search waiting
 * runs between two slices: while the first build indexes a page of 250 entries (tens of
 * milliseconds, far more on a busy machine), a keystroke is answered after one slice, not after
 * the page. `schedule` runs its tasks in order (the worker passes a message-channel queue: no
 * timer clamping between slices).
 */
export function createSearchHost(
  post: (response: SearchResponse) => void,
  schedule: (run: () => void) => void = (run) => setTimeout(run, 0),
  now: () => number = () => performance.now(),
): (request: SearchRequest) => void {
  const index = new EntrySearchIndex();
  let complete = false;
  type Change = Extract<SearchRequest, { type: 'upsert' | 'remove' | 'complete' | 'filter' }>;
  /** Changes (and filter reads, which must see them) not yet applied, in order. */
  const changes: Change[] = [];
  /** How many documents of `changes[0]` (an upsert) are already in the index. */
  let applied = 0;
  let working = false;

  const work = () => {
    const until = now() + SLICE_MS;
    while (changes.length > 0) {
      const change = changes[0]!;
      try {
        if (change.type === 'upsert') {
          // At least one document per slice, then as many as fit in it.
          while (applied < change.docs.length) {
            index.upsert([change.docs[applied]!], { recent: change.recent === true });
            applied++;
            if (now() >= until) break;
          }
          if (applied < change.docs.length) break;
        } else if (change.type === 'remove') index.remove(change.ids);
        else if (change.type === 'complete') complete = true;
        if (change.type === 'filter')
          post({ type: 'filter', id: change.id, metas: index.filter(change.filters) });
        else post({ type: 'ack', id: change.id, size: index.size });
      } catch (error) {
        post({ type: 'error', id: change.id, message: String(error) });
      }
      changes.shift();
      applied = 0;
      if (now() >= until) break;
    }
    working = changes.length > 0;
    if (working) schedule(work);
  };

  const enqueue = (change: Change) => {
    changes.push(change);
    // Idle: the change starts now (a small one is done before this returns).
    if (!working) work();
  };
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
      case 'remove':
      case 'complete':
      case 'filter':
        enqueue(request);
        return;
      case 'search':
        if (ranking) post({ type: 'superseded', id: ranking.id });
        ranking = null;
        if (pending) post({ type: 'superseded', id: pending.id });
        else schedule(runPending);
        pending = request;
        return;
      default:
        assertNever(request);
    }
  };
}
