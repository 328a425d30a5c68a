import type { Entry } from '../../../shared/domain/records';
import type { EntryFilters, EntryMeta } from './filters';

/**
 * The messages between the app and the search worker. The worker owns the index; the app reads
 * entries through the repository (where they will be decrypted once encryption exists) and sends
 * the indexed fields only. Every request that expects an answer carries an `id`, echoed back.
 */

/** The fields of an entry the index reads: text to search, and the facts filters need. */
export type SearchDoc = Pick<
  Entry,
  | 'id'
  | 'date'
  | 'kind'
  | 'title'
  | 'body'
  | 'answers'
  | 'tags'
  | 'objectiveIds'
  | 'mood'
  | 'deleted'
>;

export interface SearchHit {
  meta: EntryMeta;
  score: number;
  /** The normalised query terms that matched, for highlighting. */
  terms: string[];
}

export type SearchRequest =
  /** Adds or replaces entries (entries in the trash are removed); answered with `ack`. */
  | { type: 'upsert'; id: number; docs: SearchDoc[] }
  | { type: 'remove'; id: number; ids: string[] }
  /** The first build has read every entry: answers from now on are complete. */
  | { type: 'complete'; id: number }
  | { type: 'search'; id: number; query: string; filters: EntryFilters; limit: number }
  | { type: 'filter'; id: number; filters: EntryFilters };

export type SearchResponse =
  | { type: 'ack'; id: number; size: number }
  | {
      type: 'search';
      id: number;
      hits: SearchHit[];
      /** False while the first build runs: the answer covers the `indexed` newest entries only. */
      complete: boolean;
      indexed: number;
    }
  | { type: 'filter'; id: number; metas: EntryMeta[] }
  /** A search that a newer one replaced before it ran; the app has moved on. */
  | { type: 'superseded'; id: number }
  | { type: 'error'; id: number; message: string };

/** Only the indexed fields cross to the worker, not the whole record. */
export function toSearchDoc(entry: Entry): SearchDoc {
  return {
    id: entry.id,
    date: entry.date,
    kind: entry.kind,
    title: entry.title,
    body: entry.body,
    answers: entry.answers,
    tags: entry.tags,
    objectiveIds: entry.objectiveIds,
    mood: entry.mood,
    deleted: entry.deleted,
  };
}
