import { useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { todayIsoDate } from '../../../shared/domain/dates';
import type { Entry } from '../../../shared/domain/records';
import { markFirstScreenShownAfterPaint, useFirstScreenShown } from '../app/firstScreen';
import {
  entryIds,
  getEntries,
  newestEntries,
  onEntriesTableChanged,
  onThisDay,
  type EntryKeyQuery,
} from '../db/repo/entries';
import { needsMemoryIndex } from '../search/filters';
import { filterEntries } from '../search/searchService';
import { formatDayHeading } from './dayFormat';
import { EntryRow } from './EntryRow';
import { FiltersBar } from './FiltersBar';
import { JournalNav } from './JournalNav';
import { NewEntryMenu } from './NewEntryMenu';
import { useJournalUi } from './journal-store';
import { onListKeyDown } from './moveFocus';
import { useSearchIndexState } from './useSearchIndexVersion';
import './journal.css';

/** Rows read first, before the whole list: enough to fill the first screen. */
const FIRST_SCREEN = 40;
/** Entries shown under "On this day". */
const ON_THIS_DAY = 5;

/**
 * The ids to show, newest first: from the database's date index, or from the search worker's
 * memory index for the filters only it knows. The first screen's entries are read first, in one
 * ranged read, and shown; every id (which sizes the list and its scroll bar) is read only once
 * they are painted, so start-up reads a page of entries whatever the journal's size. `complete`
 * is false until then; `head` holds the first screen's entries themselves.
 */
function useTimelineIds(): { ids: string[] | undefined; complete: boolean; head?: Entry[] } {
  const filters = useJournalUi((s) => s.filters);
  const { ready, version } = useSearchIndexState();
  const shown = useFirstScreenShown();
  const memory = needsMemoryIndex(filters);
  const range = { kind: filters.kind, from: filters.from, to: filters.to };
  const deps = [memory, filters.kind, filters.from, filters.to];
  const head = useLiveQuery(
    () => (memory ? Promise.resolve(null) : newestEntries({ ...range, limit: FIRST_SCREEN })),
    deps,
  );
  const all = useAllIds(range, !memory && head !== undefined && shown);
  const [fromMemory, setFromMemory] = useState<{ key: string; ids: string[] }>();
  const memoryKey = JSON.stringify(filters);
  useEffect(() => {
    if (!memory || !ready) return;
    let live = true;
    void filterEntries(filters).then((metas) => {
      if (live) setFromMemory({ key: memoryKey, ids: metas.map((m) => m.id) });
    });
    return () => {
      live = false;
    };
  }, [memory, ready, version, filters, memoryKey]);
  if (memory) {
    const ids = ready && fromMemory?.key === memoryKey ? fromMemory.ids : undefined;
    return { ids, complete: ids !== undefined };
  }
  const headIds = head?.map((e) => e.id);
  if (all) return { ids: all, complete: true, head: head ?? undefined };
  return { ids: headIds, complete: false, head: head ?? undefined };
}

/**
 * Every id in `range`, newest first, once `enabled`; read again after each change to the entries
 * (one read at a time, the last change always followed by a read).
 */
function useAllIds(range: EntryKeyQuery, enabled: boolean): string[] | undefined {
  const [read, setRead] = useState<{ key: string; ids: string[] }>();
  const key = JSON.stringify(range);
  useEffect(() => {
    if (!enabled) return;
    const query = JSON.parse(key) as EntryKeyQuery;
    let live = true;
    let reading = false;
    let again = false;
    const readAll = () => {
      if (reading) {
        again = true;
        return;
      }
      reading = true;
      void entryIds(query)
        .then((ids) => {
          if (live) setRead({ key, ids });
        })
        .catch((error: unknown) => console.error('[grove] reading the journal failed', error))
        .finally(() => {
          reading = false;
          if (again && live) {
            again = false;
            readAll();
          }
        });
    };
    readAll();
    const stop = onEntriesTableChanged(readAll);
    return () => {
      live = false;
      stop();
    };
  }, [enabled, key]);
  return enabled && read?.key === key ? read.ids : undefined;
}

export function TimelinePage() {
  const { ids: keys, complete, head } = useTimelineIds();
  const rows = keys ?? [];
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const loading = keys === undefined;
  useLayoutEffect(() => {
    setScrollMargin(listRef.current?.offsetTop ?? 0);
  }, [loading]);

  // TanStack Virtual is built for re-rendering on scroll; the React Compiler simply skips this component.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => document.getElementById('main'),
    estimateSize: () => 120,
    overscan: 8,
    scrollMargin,
  });
  const items = virtualizer.getVirtualItems();

  // The row before the first visible one too, to know whether a day heading is needed.
  const first = items[0]?.index ?? 0;
  const visibleIds = rows.slice(Math.max(0, first - 1), (items[items.length - 1]?.index ?? -1) + 1);
  // The head's entries are read (and kept current) by its own query; only the others here.
  const headIds = new Set(head?.map((e) => e.id));
  const toRead = visibleIds.filter((id) => !headIds.has(id));
  const idsKey = toRead.join(',');
  const loaded = useLiveQuery(
    () => (toRead.length === 0 ? Promise.resolve([]) : getEntries(toRead)),
    [idsKey],
  );
  // Keep cards already read while the next slice loads, so scrolling never flashes blank.
  const cache = useRef(new Map<string, Entry>());
  // The first screen's entries came with their ids: shown without a second read.
  if (head) for (const e of head) cache.current.set(e.id, e);
  if (loaded) for (const e of loaded) cache.current.set(e.id, e);
  const painted = keys !== undefined && (keys.length === 0 || cache.current.has(keys[0]!));
  useEffect(() => {
    if (painted) markFirstScreenShownAfterPaint();
  }, [painted]);

  return (
    <div className="page page--wide">
      <header className="page__header journal-header">
        <div>
          <h1>Journal</h1>
          <p className="muted">
            {keys === undefined || !complete
              ? 'Loading…'
              : `${keys.length} ${keys.length === 1 ? 'entry' : 'entries'}`}
            <span className="journal-hint"> · ↑ ↓ move between entries, Enter opens one</span>
          </p>
        </div>
        <NewEntryMenu />
      </header>
      <JournalNav />
      <FiltersBar />
      <OnThisDay />
      {keys !== undefined && keys.length === 0 && (
        <p className="empty">No entries match. Write one, or clear the filters.</p>
      )}
      <div
        ref={listRef}
        className="timeline"
        role="list"
        aria-label="Entries, newest first"
        aria-busy={!complete}
        style={{ height: virtualizer.getTotalSize() }}
        onKeyDown={onListKeyDown}
      >
        {items.map((item) => {
          const id = rows[item.index]!;
          const entry = cache.current.get(id);
          const previous = item.index > 0 ? cache.current.get(rows[item.index - 1]!) : undefined;
          // A day heading above the first entry of each day (entries come newest day first).
          const newDay = entry && (item.index === 0 || previous?.date !== entry.date);
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="timeline__row"
              role="listitem"
              style={{ transform: `translateY(${item.start - scrollMargin}px)` }}
            >
              {newDay && <h2 className="timeline__day">{formatDayHeading(entry.date)}</h2>}
              {entry ? (
                <EntryRow entry={entry} />
              ) : (
                <div className="entry-card entry-card--placeholder" aria-hidden="true" />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}

function OnThisDay() {
  const today = todayIsoDate();
  const entries = useLiveQuery(() => onThisDay(today, ON_THIS_DAY), [today]);
  if (!entries || entries.length === 0) return null;
  return (
    <section className="card on-this-day" aria-labelledby="on-this-day-heading">
      <h2 id="on-this-day-heading" className="section-title">
        On this day
      </h2>
      <ul className="entry-list">
        {entries.map((entry) => (
          <li key={entry.id}>
            <p className="eyebrow">{formatDayHeading(entry.date)}</p>
            <EntryRow entry={entry} />
          </li>
        ))}
      </ul>
    </section>
  );
}
