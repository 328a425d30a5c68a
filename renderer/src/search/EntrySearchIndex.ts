import MiniSearch from 'minisearch';
import {
  firstMatchAt,
  normaliseTerm,
  plainText,
  snippet,
  tokenise,
} from '../../../shared/domain/search-text';
import { matchesFilters, type EntryFilters, type EntryMeta } from './filters';
import type { SearchDoc, SearchHit } from './search-protocol';

export type { SearchHit } from './search-protocol';

interface IndexedDoc {
  id: string;
  title: string;
  body: string;
  answers: string;
  tags: string;
}

/** Normalised terms by raw term: a journal reuses a few thousand words, so each is worked out once. */
const normalised = new Map<string, string>();
const MAX_CACHED_TERMS = 100_000;

function processTerm(term: string): string | null {
  let n = normalised.get(term);
  if (n === undefined) {
    n = normaliseTerm(term);
    if (normalised.size < MAX_CACHED_TERMS) normalised.set(term, n);
  }
  return n.length > 0 ? n : null;
}

/** A word normalised through the cache, for the snippets ('' when nothing is left of it). */
const normaliseCached = (word: string): string => processTerm(word) ?? '';

/** How much of each text an excerpt is looked for in: a match further on shows the text's start. */
const EXCERPT_SOURCE_CHARS = 20_000;

/** Ranked hits with their rows worked out, and how many entries match in all. */
export interface RankedHits {
  hits: SearchHit[];
  total: number;
}

/** Query words shorter than this are answered from the newest entries only (see the host). */
export const SHORT_WORD = 3;

function newMiniSearch(): MiniSearch<IndexedDoc> {
  return new MiniSearch<IndexedDoc>({
    fields: ['title', 'body', 'answers', 'tags'],
    storeFields: [],
    tokenize: (text) => tokenise(text),
    processTerm,
    searchOptions: {
      boost: { title: 3, tags: 2, answers: 1.2, body: 1 },
      // A one-letter prefix would expand to most of the vocabulary: costly with ten years of
      // words and useless as a result, so prefixes start at two letters.
      prefix: (term) => term.length >= 2,
      combineWith: 'AND',
      // Typo tolerance only for longer words, where it helps more than it confuses; one edit at
      // most, which keeps the fuzzy walk of a large vocabulary cheap.
      fuzzy: (term) => (term.length >= 5 ? 0.15 : false),
      maxFuzzy: 1,
    },
    autoVacuum: { minDirtCount: 200, minDirtFactor: 0.1, batchSize: 500, batchWait: 20 },
  });
}

/**
 * Full-text search over live entries, in memory only (never persisted: entry text will be
 * encrypted at rest, and a plaintext word index on disk would undo that). Prefix matching and
 * diacritics-insensitive terms; titles and tags weigh more than bodies. Updated one entry at a
 * time as entries change. It lives in the search worker (search.worker.ts), which the app talks to
 * through searchService.ts.
 */
export class EntrySearchIndex {
  private readonly mini = newMiniSearch();
  /**
   * The newest entries (and those written or edited since the index was built) in a small index
   * of their own: a one- or two-letter word expands to most of the vocabulary and matches most of
   * the journal, so as-you-type answers it from here, in a fraction of the time, and says so.
   */
  private readonly recent = newMiniSearch();
  private readonly recentIds = new Set<string>();
  private readonly metas = new Map<string, EntryMeta>();
  /**
   * The plain text of each entry's body, then of its answers, for the excerpts of the rows on
   * screen. In this worker's memory only, like the index (ended on lock); never stored.
   */
  private readonly texts = new Map<string, string[]>();

  get size(): number {
    return this.metas.size;
  }

  /** How many entries the index of the newest holds. */
  get recentSize(): number {
    return this.recentIds.size;
  }

  /**
   * Adds or replaces entries; entries in the trash are removed instead. With `recent`, they also
   * go into the index of the newest entries (an entry already there is always kept current).
   */
  upsert(entries: readonly SearchDoc[], options: { recent?: boolean } = {}): void {
    for (const entry of entries) {
      const inRecent = options.recent === true || this.recentIds.has(entry.id);
      this.remove([entry.id]);
      if (entry.deleted === 1) continue;
      const body = plainText(entry.body);
      const answers = Object.values(entry.answers);
      const doc = {
        id: entry.id,
        title: entry.title,
        body,
        answers: answers.join('\n'),
        tags: entry.tags.join(' '),
      };
      this.texts.set(entry.id, [
        body.slice(0, EXCERPT_SOURCE_CHARS),
        ...answers.map((a) => plainText(a.slice(0, EXCERPT_SOURCE_CHARS))),
      ]);
      this.mini.add(doc);
      if (inRecent) {
        this.recent.add(doc);
        this.recentIds.add(entry.id);
      }
      this.metas.set(entry.id, {
        id: entry.id,
        date: entry.date,
        kind: entry.kind,
        title: entry.title,
        tags: entry.tags,
        objectiveIds: entry.objectiveIds,
        mood: entry.mood,
      });
    }
  }

  /** Forgets everything (on lock: nothing decrypted may stay in memory). */
  clear(): void {
    this.mini.removeAll();
    this.recent.removeAll();
    this.recentIds.clear();
    this.metas.clear();
    this.texts.clear();
  }

  remove(ids: readonly string[]): void {
    for (const id of ids) {
      if (!this.metas.has(id)) continue;
      this.mini.discard(id);
      this.metas.delete(id);
      this.texts.delete(id);
      if (this.recentIds.delete(id)) this.recent.discard(id);
    }
  }

  /**
   * The best `limit` matches for a query, narrowed by the filters, best first, with their rows;
   * and how many match in all.
   */
  search(query: string, filters: EntryFilters, limit = 200): RankedHits {
    return this.rank(this.mini, query, filters, limit);
  }

  /** The same ranking over the newest entries only (see `recent`). */
  searchRecent(query: string, filters: EntryFilters, limit = 200): RankedHits {
    return this.rank(this.recent, query, filters, limit);
  }

  /** True when a word of the query is shorter than `SHORT_WORD` letters once normalised. */
  hasShortWord(query: string): boolean {
    return tokenise(query).some((word) => {
      const term = processTerm(word);
      return term !== null && term.length < SHORT_WORD;
    });
  }

  private rank(
    index: MiniSearch<IndexedDoc>,
    query: string,
    filters: EntryFilters,
    limit: number,
  ): RankedHits {
    const raw = index.search(query, {
      filter: (r) => {
        const meta = this.metas.get(r.id as string);
        return meta !== undefined && matchesFilters(meta, filters);
      },
    });
    // Only the rows asked for are worked out and sent: a short prefix can match most of the
    // journal, and copying thousands of hits to the page would cost more than ranking them.
    const hits = raw.slice(0, limit).map((r) => {
      const meta = this.metas.get(r.id as string)!;
      return {
        meta,
        score: r.score,
        terms: r.queryTerms,
        title: snippet(meta.title.trim() || 'Untitled', r.queryTerms, 160, normaliseCached),
        excerpt: this.excerpt(meta.id, r.queryTerms),
      };
    });
    return { hits, total: raw.length };
  }

  /** Where the match is: the body, else the first answer that matches, else the body's start. */
  private excerpt(id: string, queryTerms: readonly string[]): SearchHit['excerpt'] {
    const sources = this.texts.get(id) ?? [];
    const terms = queryTerms.map(normaliseTerm).filter((t) => t.length > 0);
    const source =
      sources.find((text) => firstMatchAt(text, terms, normaliseCached) >= 0) ?? sources[0] ?? '';
    return snippet(source, queryTerms, 160, normaliseCached);
  }

  /** Every entry that matches the filters, newest first (the timeline with non-indexed filters). */
  filter(filters: EntryFilters): EntryMeta[] {
    const out: EntryMeta[] = [];
    for (const meta of this.metas.values()) if (matchesFilters(meta, filters)) out.push(meta);
    return out.sort((a, b) =>
      a.date === b.date ? b.id.localeCompare(a.id) : b.date < a.date ? -1 : 1,
    );
  }
}
