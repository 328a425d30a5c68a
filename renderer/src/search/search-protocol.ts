import type { Entry } from '../../../shared/domain/records';
import type { SnippetPart } from '../../../shared/domain/search-text';
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

/**
 * One ranked match, with what its row shows already worked out in the worker: the title and an
 * excerpt around the first match, split into highlighted parts. So the page paints results from
 * the answer alone, without reading (and, with encryption on, opening) the entries first.
 */
export interface SearchHit {
  meta: EntryMeta;
  score: number;
  /** The normalised query terms that matched, for highlighting. */
  terms: string[];
  /** The title ('Untitled' when empty), its matches marked. */
  title: SnippetPart[];
  /** A window of the body, or else of the first answer that matches, its matches marked. */
  excerpt: SnippetPart[];
}

export type SearchRequest =
  /**
   * Adds or replaces entries (entries in the trash are removed); answered with `ack`. `recent`:
   * they are among the newest, and also go into the small index that answers very short words.
   */
  | { type: 'upsert'; id: number; docs: SearchDoc[]; recent?: boolean }
  | { type: 'remove'; id: number; ids: string[] }
  /** The first build has read every entry: answers from now on are complete. */
  | { type: 'complete'; id: number }
  /** `limit`: how many of the best hits to send (the rows on screen), never the whole list. */
  | { type: 'search'; id: number; query: string; filters: EntryFilters; limit: number }
  | { type: 'filter'; id: number; filters: EntryFilters };

export type SearchResponse =
  | { type: 'ack'; id: number; size: number }
  | {
      type: 'search';
      id: number;
      /** The best `limit` hits, best first. */
      hits: SearchHit[];
      /** How many entries match in all (the hits are the first of them). */
      total: number;
      /** False while the first build runs: the answer covers the `indexed` newest entries only. */
      complete: boolean;
      indexed: number;
      /** 'recent': only the newest `recentSize` entries were ranked (see `final`). */
      scope: 'all' | 'recent';
      recentSize: number;
      /**
       * False: a first answer from the newest entries; the whole journal's ranking follows under
       * the same id unless a newer search replaces it. True: the last answer for this id (for a
       * word shorter than SHORT_WORD letters, the newest entries are all that is ranked).
       */
      final: boolean;
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
