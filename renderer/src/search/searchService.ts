import {
  getEntries,
  liveEntriesBetween,
  liveEntrySpan,
  onEntriesChanged,
} from '../db/repo/entries';
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
 * newest first, a window of days at a time, and hands the worker their indexed fields; the worker builds
 * and queries the index, so neither indexing nor ranking a short prefix over thousands of
 * candidates ever runs on the main thread. Searches are answered from the first page on: while
 * the first build runs, an answer covers the newest entries read so far and says so
 * (`complete: false`). Afterwards the index follows the repository's change feed.
 */
const PAGE_SIZE = 250;
/** While building, views re-run their query at most this often (each page would be too often). */
const BUILD_NOTIFY_MS = 200;
/** The newest entries also indexed on their own, to answer one- and two-letter words fast. */
const RECENT_ENTRIES = 2_000;

export interface SearchAnswer {
  /** The best hits, as many as were asked for, with their rows worked out. */
  hits: SearchHit[];
  /** How many entries match in all. */
  total: number;
  /** False while the first build runs: only the `indexed` newest entries were searched. */
  complete: boolean;
  indexed: number;
  /** 'recent': a word was too short to rank the whole journal; the newest `recentSize` were. */
  scope: 'all' | 'recent';
  recentSize: number;
  /** False when the whole journal's ranking is still to come for this query. */
  final: boolean;
}

export type { SearchHit } from './search-protocol';

/** Who waits for answers to a request id: once, or (a search) until its final answer. */
type Pending = {
  onResponse: (response: SearchResponse) => void;
  onError: (error: Error) => void;
};

/** A connection to a search host: the worker, or the same host in the page where there is none. */
interface Connection {
  send(request: SearchRequest): void;
}

let connection: Connection | undefined;
let stopConnection: (() => void) | undefined;
const pending = new Map<number, Pending>();
let nextId = 1;

/** Searches sent and not answered at all yet: the first build gives way to them (see `build`). */
const unanswered = new Set<number>();
let whenAnswered: (() => void)[] = [];

function answered(id: number): void {
  if (!unanswered.delete(id) || unanswered.size > 0) return;
  const waiting = whenAnswered;
  whenAnswered = [];
  for (const resolve of waiting) resolve();
}

/** The next frame has been painted (or, where frames do not run, as in a hidden window, soon). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 50);
    if (typeof requestAnimationFrame === 'function')
      requestAnimationFrame(() =>
        setTimeout(() => {
          clearTimeout(timer);
          resolve();
        }, 0),
      );
  });
}

/**
 * Resolves at once when no search waits for its answer; else once every one has its first
 * answer and the frame that shows it has been painted.
 */
async function searchesAnswered(): Promise<void> {
  if (unanswered.size === 0) return;
  await new Promise<void>((resolve) => whenAnswered.push(resolve));
  await afterPaint();
}

function receive(response: SearchResponse): void {
  answered(response.id);
  const waiting = pending.get(response.id);
  if (!waiting) return;
  // A search's first answer (from the newest entries) is followed by its final one.
  if (response.type !== 'search' || response.final) pending.delete(response.id);
  if (response.type === 'error') waiting.onError(new Error(response.message));
  else waiting.onResponse(response);
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
      for (const [, waiting] of pending) waiting.onError(new Error(event.message));
      pending.clear();
      for (const id of [...unanswered]) answered(id);
    };
    connection = { send: (request) => worker.postMessage(request) };
    stopConnection = () => worker.terminate();
  } else {
    // No Worker (unit tests in Node): the same host, with the same copying and asynchrony.
    const handle = createSearchHost((response) =>
      queueMicrotask(() => receive(structuredClone(response))),
    );
    connection = { send: (request) => setTimeout(() => handle(structuredClone(request)), 0) };
    stopConnection = undefined;
  }
  return connection;
}

/** Ends the search host and everything it holds; unanswered requests are refused. */
function disconnect(): void {
  stopConnection?.();
  stopConnection = undefined;
  connection = undefined;
  for (const [, waiting] of pending) waiting.onError(new Error('The search index was emptied.'));
  pending.clear();
  for (const id of [...unanswered]) answered(id);
}

/** A request as the caller writes it; `ask` adds the id. Distributes over the union's members. */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
type RequestOf<T extends SearchRequest['type']> = WithoutId<Extract<SearchRequest, { type: T }>>;

function send(request: WithoutId<SearchRequest>, waiting: Pending): void {
  const id = nextId++;
  pending.set(id, waiting);
  if (request.type === 'search') unanswered.add(id);
  connect().send({ ...request, id } as SearchRequest);
}

function ask(request: WithoutId<SearchRequest>): Promise<SearchResponse> {
  return new Promise((resolve, reject) => send(request, { onResponse: resolve, onError: reject }));
}

/* ----------------------------------------------------------------- state */

let complete = false;
let indexed = 0;
let version = 0;
let started = false;
/** Bumped on every reset, so a build or an update from before a lock never lands after it. */
let generation = 0;
let stopFollowing: (() => void) | null = null;
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

/**
 * Ranked matches, best first, streamed: `onAnswer` is called with the answer from the newest
 * entries at once, then with the whole journal's ranking (unless a newer search replaced this
 * one first; a query with a one- or two-letter word gets the first answer only). `complete` is
 * false while the first build is still running.
 */
export function streamSearch(
  query: string,
  filters: EntryFilters,
  onAnswer: (answer: SearchAnswer) => void,
  limit = 200,
): void {
  send(
    { type: 'search', query, filters, limit },
    {
      onResponse: (response) => {
        if (response.type !== 'search') return;
        const { hits, total, complete, indexed, scope, recentSize, final } = response;
        onAnswer({ hits, total, complete, indexed, scope, recentSize, final });
      },
      onError: (error) => console.error('search failed', error),
    },
  );
}

/** The final answer of `streamSearch`, or null when a newer search replaced this one. */
export function searchEntries(
  query: string,
  filters: EntryFilters,
  limit = 200,
): Promise<SearchAnswer | null> {
  return new Promise((resolve, reject) => {
    send(
      { type: 'search', query, filters, limit },
      {
        onResponse: (response) => {
          if (response.type === 'superseded') resolve(null);
          else if (response.type === 'search' && response.final) {
            const { hits, total, complete, indexed, scope, recentSize, final } = response;
            resolve({ hits, total, complete, indexed, scope, recentSize, final });
          }
        },
        onError: reject,
      },
    );
  });
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
  const at = generation;
  // Changes that land while the build runs are applied in order between its pages.
  stopFollowing = onEntriesChanged(
    (ids) =>
      void serial(() => apply(ids, at))
        .then(bump)
        .catch(() => undefined),
  );
  void build(at).catch((error: unknown) => {
    // Locked mid-build: the reset already emptied the index; nothing else to do.
    if (at === generation) console.warn('[grove] search index build stopped:', error);
  });
}

/** A calendar day moved by `days` (UTC arithmetic on `YYYY-MM-DD`, no time zones involved). */
function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

async function build(at: number): Promise<void> {
  const span = await liveEntrySpan();
  if (span) {
    // Windows of days sized for about PAGE_SIZE entries each, newest first, each read from the
    // date index in one request (a range read, not an id at a time).
    const days = (Date.parse(span.newest) - Date.parse(span.oldest)) / 86_400_000 + 1;
    const windowDays = Math.max(1, Math.floor((PAGE_SIZE * days) / span.count));
    let lastNotice = performance.now();
    let sent = 0;
    for (let to = span.newest; to >= span.oldest;) {
      const from = addDays(to, -(windowDays - 1));
      const recent = sent < RECENT_ENTRIES;
      const upTo = to;
      // A page read and (with encryption on) opened holds the main thread for a while: a search
      // typed meanwhile is answered and painted first, so typing never waits behind the build.
      await searchesAnswered();
      if (at !== generation) return;
      sent += await serial(async () => {
        if (at !== generation) return 0;
        const entries = await liveEntriesBetween(from, upTo);
        if (at !== generation) return 0;
        if (entries.length > 0)
          await acknowledged({ type: 'upsert', docs: entries.map(toSearchDoc), recent });
        return entries.length;
      });
      if (at !== generation) return;
      to = addDays(from, -1);
      if (sent > 0 && (recent || performance.now() - lastNotice > BUILD_NOTIFY_MS)) {
        lastNotice = performance.now();
        bump();
      }
    }
  }
  await serial(() => acknowledged({ type: 'complete' }));
  if (at !== generation) return;
  complete = true;
  bump();
}

/**
 * Empties the index and stops following changes (on lock, nothing decrypted stays in memory). The next `startSearchIndex` builds it again from the repository.
 */
export function resetSearchIndex(): void {
  generation++;
  stopFollowing?.();
  stopFollowing = null;
  started = false;
  complete = false;
  indexed = 0;
  // The worker holds every indexed text: ending it frees all of it at once.
  disconnect();
  bump();
}

async function apply(ids: readonly string[], at: number = generation): Promise<void> {
  const found = await getEntries(ids);
  if (at !== generation) return;
  const present = new Set(found.map((e) => e.id));
  const gone = ids.filter((id) => !present.has(id));
  if (gone.length > 0) await acknowledged({ type: 'remove', ids: gone });
  // Written or edited now: among the newest, so short words find them too.
  if (found.length > 0)
    await acknowledged({ type: 'upsert', docs: found.map(toSearchDoc), recent: true });
}
