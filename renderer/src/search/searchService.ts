import { entryIds, getEntries, onEntriesChanged } from '../db/repo/entries';
import type { EntryFilters, EntryMeta } from './filters';
import { createSearchHost } from './searchHost';
import {
  toSearchDoc,
  type SearchHit,
  type SearchRequest,
  type SearchResponse,
} from './search-protocol';

/**
 * The app's one search index, in a Web Worker. The app reads entries through the repository,
 * newest first, a page at a time, and hands the worker their indexed fields; the worker builds
 * and queries the index, so neither indexing nor ranking a short prefix over thousands of
 * candidates ever runs on the main thread. Searches are answered from the first page on: while
 * the first build runs, an answer covers the newest entries read so far and says so
 * (`complete: false`). Afterwards the index follows the repository's change feed.
 */
const PAGE_SIZE = 250;
/** While building, views re-run their query at most this often (each page would be too often). */
const BUILD_NOTIFY_MS = 200;

export interface SearchAnswer {
  hits: SearchHit[];
  /** False while the first build runs: only the `indexed` newest entries were searched. */
  complete: boolean;
  indexed: number;
}

export type { SearchHit } from './search-protocol';

type Pending = {
  resolve: (response: SearchResponse) => void;
  reject: (error: Error) => void;
};

/** A connection to a search host: the worker, or the same host in the page where there is none. */
interface Connection {
  send(request: SearchRequest): void;
}

let connection: Connection | undefined;
const pending = new Map<number, Pending>();
let nextId = 1;

function receive(response: SearchResponse): void {
  const waiting = pending.get(response.id);
  if (!waiting) return;
  pending.delete(response.id);
  if (response.type === 'error') waiting.reject(new Error(response.message));
  else waiting.resolve(response);
}

function connect(): Connection {
  if (connection) return connection;
  if (typeof Worker !== 'undefined') {
    const worker = new Worker(new URL('./search.worker.ts', import.meta.url), {
      type: 'module',
      name: 'grove-search',
    });
    worker.onmessage = (event: MessageEvent<SearchResponse>) => receive(event.data);
    worker.onerror = (event) => {
      for (const [, waiting] of pending) waiting.reject(new Error(event.message));
      pending.clear();
    };
    connection = { send: (request) => worker.postMessage(request) };
  } else {
    // No Worker (unit tests in Node): the same host, with the same copying and asynchrony.
    const handle = createSearchHost((response) =>
      queueMicrotask(() => receive(structuredClone(response))),
    );
    connection = { send: (request) => setTimeout(() => handle(structuredClone(request)), 0) };
  }
  return connection;
}

/** A request as the caller writes it; `ask` adds the id. Distributes over the union's members. */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
type RequestOf<T extends SearchRequest['type']> = WithoutId<Extract<SearchRequest, { type: T }>>;

function ask(request: WithoutId<SearchRequest>): Promise<SearchResponse> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    connect().send({ ...request, id } as SearchRequest);
  });
}

/* ----------------------------------------------------------------- state */

let complete = false;
let indexed = 0;
let version = 0;
let started = false;
const subscribers = new Set<() => void>();

function bump(): void {
  version++;
  for (const fn of subscribers) fn();
}

export function subscribeSearch(fn: () => void): () => void {
  subscribers.add(fn);
  return () => subscribers.delete(fn);
}

/** Changes whenever the index changes, so views can re-run their query (useSyncExternalStore). */
export function searchVersion(): number {
  return version;
}

/** True once the first build has read every entry. */
export function isSearchReady(): boolean {
  return complete;
}

/** True as soon as the index answers at all (from the first page of newest entries). */
export function isSearchStarted(): boolean {
  return started && indexed > 0;
}

/* ------------------------------------------------------------------ queries */

/** Ranked matches, best first; `complete: false` while the first build is still running. */
export async function searchEntries(
  query: string,
  filters: EntryFilters,
  limit = 200,
): Promise<SearchAnswer | null> {
  const response = await ask({ type: 'search', query, filters, limit });
  if (response.type === 'superseded') return null;
  if (response.type !== 'search') throw new Error(`search: unexpected ${response.type}`);
  return { hits: response.hits, complete: response.complete, indexed: response.indexed };
}

/** Every indexed entry matching the filters, newest first. */
export async function filterEntries(filters: EntryFilters): Promise<EntryMeta[]> {
  const response = await ask({ type: 'filter', filters });
  if (response.type !== 'filter') throw new Error(`search: unexpected ${response.type}`);
  return response.metas;
}

/* ---------------------------------------------------------------- building */

/** One index change at a time, in order, so a page read before an edit never lands after it. */
let chain: Promise<unknown> = Promise.resolve();
function serial<T>(step: () => Promise<T>): Promise<T> {
  const next = chain.then(step, step);
  chain = next.catch(() => undefined);
  return next;
}

async function acknowledged(request: RequestOf<'upsert' | 'remove' | 'complete'>): Promise<void> {
  const response = await ask(request);
  if (response.type === 'ack') indexed = response.size;
}

/** Starts building the index once; later calls do nothing. */
export function startSearchIndex(): void {
  if (started) return;
  started = true;
  // Changes that land while the build runs are applied in order between its pages.
  onEntriesChanged((ids) => void serial(() => apply(ids)).then(bump));
  void build();
}

async function build(): Promise<void> {
  // Keys only (ids, newest day first): cheap even for a hundred thousand entries.
  const ids = await entryIds();
  let lastNotice = performance.now();
  for (let at = 0; at < ids.length; at += PAGE_SIZE) {
    const page = ids.slice(at, at + PAGE_SIZE);
    await serial(async () => {
      const entries = await getEntries(page);
      await acknowledged({ type: 'upsert', docs: entries.map(toSearchDoc) });
    });
    if (at === 0 || performance.now() - lastNotice > BUILD_NOTIFY_MS) {
      lastNotice = performance.now();
      bump();
    }
  }
  await serial(() => acknowledged({ type: 'complete' }));
  complete = true;
  bump();
}

async function apply(ids: readonly string[]): Promise<void> {
  const found = await getEntries(ids);
  const present = new Set(found.map((e) => e.id));
  const gone = ids.filter((id) => !present.has(id));
  if (gone.length > 0) await acknowledged({ type: 'remove', ids: gone });
  if (found.length > 0) await acknowledged({ type: 'upsert', docs: found.map(toSearchDoc) });
}
