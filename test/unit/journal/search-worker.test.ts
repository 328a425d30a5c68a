import { beforeEach, describe, expect, it } from 'vitest';
import type { Entry } from '../../../shared/domain/records';
import { newEntry, saveEntry, trashEntry } from '../../../renderer/src/db/repo/entries';
import { EntrySearchIndex, SHORT_WORD } from '../../../renderer/src/search/EntrySearchIndex';
import { NO_FILTERS } from '../../../renderer/src/search/filters';
import { createSearchHost } from '../../../renderer/src/search/searchHost';
import {
  toSearchDoc,
  type SearchRequest,
  type SearchResponse,
} from '../../../renderer/src/search/search-protocol';
import { generateJournal } from '../../bench/generate';
import { resetDatabase } from '../../support/db';

/**
 * The host with a hand-cranked scheduler and clock, so every step of the protocol is observable:
 * the clock moves 1 ms each time it is read, so a slice of index changes holds a few documents.
 */
function manualHost() {
  const posted: SearchResponse[] = [];
  const queue: (() => void)[] = [];
  let clock = 0;
  const handle = createSearchHost(
    (response) => posted.push(structuredClone(response)),
    (run) => queue.push(run),
    () => clock++,
  );
  let id = 0;
  const send = (request: Omit<SearchRequest, 'id'> & Record<string, unknown>): number => {
    id++;
    handle(structuredClone({ ...request, id }) as SearchRequest);
    return id;
  };
  const drain = () => {
    while (queue.length > 0) queue.shift()!();
  };
  const step = () => queue.shift()?.();
  return { posted, send, drain, step };
}

const journal = generateJournal({ seed: 7, entries: 600, objectives: 10, years: 2 });
/** Newest first, as the app reads them. */
const newestFirst = [...journal.entries].sort((a, b) =>
  a.date === b.date ? b.id.localeCompare(a.id) : a.date < b.date ? 1 : -1,
);
const QUERIES = ['growth', 'feedb', 'retro meeting', 'cafe', 'naive', 'hypothesis', 'xylophone'];

const ids = (hits: { meta: { id: string } }[]) => hits.map((h) => h.meta.id);

describe('search worker protocol', () => {
  it('answers every query with exactly what the index itself answers', () => {
    const direct = new EntrySearchIndex();
    direct.upsert(newestFirst);
    const host = manualHost();
    for (let at = 0; at < newestFirst.length; at += 100) {
      host.send({
        type: 'upsert',
        docs: newestFirst.slice(at, at + 100).map(toSearchDoc),
        recent: at < 200,
      });
    }
    host.send({ type: 'complete' });
    host.drain(); // the index changes are applied, a slice at a time
    for (const query of QUERIES) {
      const id = host.send({ type: 'search', query, filters: NO_FILTERS, limit: 200 });
      host.drain();
      const answers = host.posted.filter((r) => r.id === id);
      const last = answers.at(-1)!;
      expect(last).toMatchObject({ type: 'search', final: true, scope: 'all', complete: true });
      if (last.type !== 'search') throw new Error('no answer');
      expect(ids(last.hits)).toEqual(ids(direct.search(query, NO_FILTERS).hits));
      expect(last.hits.map((h) => h.terms)).toEqual(
        direct.search(query, NO_FILTERS).hits.map((h) => h.terms),
      );
    }
    // The same with filters.
    const id = host.send({
      type: 'search',
      query: 'growth',
      filters: { ...NO_FILTERS, kind: 'win' },
      limit: 200,
    });
    host.drain();
    const last = host.posted.filter((r) => r.id === id).at(-1)!;
    if (last.type !== 'search') throw new Error('no answer');
    expect(ids(last.hits)).toEqual(
      ids(direct.search('growth', { ...NO_FILTERS, kind: 'win' }).hits),
    );
  });

  it('streams: the newest entries first, then the whole journal, under one id', () => {
    const host = manualHost();
    host.send({ type: 'upsert', docs: newestFirst.slice(0, 100).map(toSearchDoc), recent: true });
    host.send({ type: 'upsert', docs: newestFirst.slice(100).map(toSearchDoc) });
    host.drain(); // the index changes are applied, a slice at a time
    const id = host.send({ type: 'search', query: 'growth', filters: NO_FILTERS, limit: 500 });
    host.drain();
    const answers = host.posted.filter((r) => r.id === id);
    expect(answers.map((a) => a.type === 'search' && [a.scope, a.final])).toEqual([
      ['recent', false],
      ['all', true],
    ]);
    const [first, final] = answers as Extract<SearchResponse, { type: 'search' }>[];
    const newest = new Set(newestFirst.slice(0, 100).map((e) => e.id));
    expect(first!.hits.length).toBeGreaterThan(0);
    expect(first!.hits.every((h) => newest.has(h.meta.id))).toBe(true);
    expect(final!.hits.length).toBeGreaterThan(first!.hits.length);
    // Before `complete`, answers say they may be partial.
    expect(final!.complete).toBe(false);
  });

  it(`answers a word shorter than ${SHORT_WORD} letters from the newest entries only`, () => {
    const host = manualHost();
    host.send({ type: 'upsert', docs: newestFirst.slice(0, 50).map(toSearchDoc), recent: true });
    host.send({ type: 'upsert', docs: newestFirst.slice(50).map(toSearchDoc) });
    host.drain(); // the index changes are applied, a slice at a time
    const id = host.send({ type: 'search', query: 'gr', filters: NO_FILTERS, limit: 500 });
    host.drain();
    const answers = host.posted.filter((r) => r.id === id);
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({ scope: 'recent', final: true, recentSize: 50 });
    const newest = new Set(newestFirst.slice(0, 50).map((e) => e.id));
    const hits = (answers[0] as Extract<SearchResponse, { type: 'search' }>).hits;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => newest.has(h.meta.id))).toBe(true);
  });

  it('runs only the newest of searches that queue up, answering the rest as superseded', () => {
    const host = manualHost();
    host.send({ type: 'upsert', docs: newestFirst.map(toSearchDoc), recent: true });
    host.drain(); // the index changes are applied, a slice at a time
    const a = host.send({ type: 'search', query: 'g', filters: NO_FILTERS, limit: 10 });
    const b = host.send({ type: 'search', query: 'gro', filters: NO_FILTERS, limit: 10 });
    const c = host.send({ type: 'search', query: 'growth', filters: NO_FILTERS, limit: 10 });
    host.drain();
    expect(host.posted.filter((r) => r.id === a).map((r) => r.type)).toEqual(['superseded']);
    expect(host.posted.filter((r) => r.id === b).map((r) => r.type)).toEqual(['superseded']);
    expect(host.posted.filter((r) => r.id === c).map((r) => r.type)).toEqual(['search']);
  });

  it('drops the whole-journal ranking of a search that a newer one replaced', () => {
    const host = manualHost();
    host.send({ type: 'upsert', docs: newestFirst.slice(0, 100).map(toSearchDoc), recent: true });
    host.send({ type: 'upsert', docs: newestFirst.slice(100).map(toSearchDoc) });
    host.drain(); // the index changes are applied, a slice at a time
    const old = host.send({ type: 'search', query: 'gro', filters: NO_FILTERS, limit: 10 });
    host.step(); // the first answer goes out; the whole ranking is scheduled…
    const next = host.send({ type: 'search', query: 'grow', filters: NO_FILTERS, limit: 10 });
    host.drain(); // …and a new keystroke arrived before it ran
    expect(host.posted.filter((r) => r.id === old).map((r) => r.type)).toEqual([
      'search',
      'superseded',
    ]);
    expect(
      host.posted.filter((r) => r.id === next).map((r) => r.type === 'search' && r.final),
    ).toEqual([false, true]);
  });

  it('answers a search between two slices of a big page of index changes, in order', () => {
    const host = manualHost();
    const page = host.send({ type: 'upsert', docs: newestFirst.map(toSearchDoc), recent: true });
    const id = host.send({ type: 'search', query: 'growth', filters: NO_FILTERS, limit: 10 });
    const filter = host.send({ type: 'filter', filters: NO_FILTERS });
    host.drain();
    const order = host.posted.map((r) => r.id);
    // The search went out before the page was acknowledged, from the part already indexed…
    expect(order.indexOf(id)).toBeLessThan(order.indexOf(page));
    const answer = host.posted.find((r) => r.id === id);
    if (answer?.type !== 'search') throw new Error('no answer');
    expect(answer.indexed).toBeGreaterThan(0);
    expect(answer.indexed).toBeLessThan(newestFirst.length);
    // …while a filter read, queued behind the page, saw all of it.
    expect(order.indexOf(filter)).toBeGreaterThan(order.indexOf(page));
    const metas = host.posted.find((r) => r.id === filter);
    expect(metas?.type === 'filter' && metas.metas.length).toBe(
      newestFirst.filter((e) => e.deleted === 0).length,
    );
  });

  it('removes, replaces and filters through the protocol', () => {
    const host = manualHost();
    const e: Entry = { ...newEntry('win', '2026-01-02'), body: 'gardening club', tags: ['home'] };
    host.send({ type: 'upsert', docs: [toSearchDoc(e)], recent: true });
    host.send({ type: 'upsert', docs: [toSearchDoc({ ...e, body: 'cooking club' })] });
    const found = host.send({ type: 'search', query: 'cook', filters: NO_FILTERS, limit: 10 });
    host.drain();
    const gone = host.send({ type: 'search', query: 'garden', filters: NO_FILTERS, limit: 10 });
    host.drain();
    expect(host.posted.filter((r) => r.id === found).at(-1)).toMatchObject({
      hits: [{ meta: { id: e.id } }],
    });
    expect(host.posted.filter((r) => r.id === gone).at(-1)).toMatchObject({ hits: [] });
    const tagged = host.send({ type: 'filter', filters: { ...NO_FILTERS, tag: 'home' } });
    expect(host.posted.find((r) => r.id === tagged)).toMatchObject({
      type: 'filter',
      metas: [{ id: e.id }],
    });
    host.send({ type: 'remove', ids: [e.id] });
    expect(host.posted.at(-1)).toMatchObject({ type: 'ack', size: 0 });
  });
});

describe('search service (the worker, in the page where there is no Worker)', () => {
  beforeEach(resetDatabase);

  it('indexes the stored journal and follows saves and trash', async () => {
    const service = await import('../../../renderer/src/search/searchService');
    const kept = { ...newEntry('note', '2026-02-01'), body: 'a quiet morning of gardening' };
    await saveEntry(kept);
    service.startSearchIndex();
    await expect.poll(() => service.isSearchReady()).toBe(true);
    expect(ids((await service.searchEntries('gardening', NO_FILTERS))!.hits)).toEqual([kept.id]);

    const later = { ...newEntry('note', '2026-02-02'), body: 'more gardening today' };
    await saveEntry(later);
    await expect
      .poll(async () => (await service.searchEntries('gardening', NO_FILTERS))!.hits.length)
      .toBe(2);
    await trashEntry(kept.id);
    await expect
      .poll(async () => ids((await service.searchEntries('gardening', NO_FILTERS))!.hits))
      .toEqual([later.id]);
  });
});
