import MiniSearch from 'minisearch';
import { normaliseTerm, plainText, tokenise } from '../../../shared/domain/search-text';
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

/**
 * Full-text search over live entries, in memory only (never persisted: entry text will be
 * encrypted at rest, and a plaintext word index on disk would undo that). Prefix matching and
 * diacritics-insensitive terms; titles and tags weigh more than bodies. Updated one entry at a
 * time as entries change. It lives in the search worker (search.worker.ts), which the app talks to
 * through searchService.ts.
 */
export class EntrySearchIndex {
  private readonly mini = new MiniSearch<IndexedDoc>({
    fields: ['title', 'body', 'answers', 'tags'],
    storeFields: [],
    tokenize: (text) => tokenise(text),
    processTerm: (term) => {
      const n = normaliseTerm(term);
      return n.length > 0 ? n : null;
    },
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
  private readonly metas = new Map<string, EntryMeta>();

  get size(): number {
    return this.metas.size;
  }

  /** Adds or replaces entries; entries in the trash are removed instead. */
  upsert(entries: readonly SearchDoc[]): void {
    for (const entry of entries) {
      if (this.metas.has(entry.id)) this.mini.discard(entry.id);
      this.metas.delete(entry.id);
      if (entry.deleted === 1) continue;
      this.mini.add({
        id: entry.id,
        title: entry.title,
        body: plainText(entry.body),
        answers: Object.values(entry.answers).join('\n'),
        tags: entry.tags.join(' '),
      });
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

  remove(ids: readonly string[]): void {
    for (const id of ids) {
      if (!this.metas.has(id)) continue;
      this.mini.discard(id);
      this.metas.delete(id);
    }
  }

  /** Ranked matches for a query, narrowed by the filters; best first, ties newest first. */
  search(query: string, filters: EntryFilters, limit = 200): SearchHit[] {
    const raw = this.mini.search(query, {
      filter: (r) => {
        const meta = this.metas.get(r.id as string);
        return meta !== undefined && matchesFilters(meta, filters);
      },
    });
    return raw.slice(0, limit).map((r) => ({
      meta: this.metas.get(r.id as string)!,
      score: r.score,
      terms: r.queryTerms,
    }));
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
