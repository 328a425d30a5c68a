import { useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { useLayoutEffect, useRef, useState } from 'react';
import { todayIsoDate } from '../../../shared/domain/dates';
import type { Entry } from '../../../shared/domain/records';
import { entryIds, getEntries, onThisDay } from '../db/repo/entries';
import { needsMemoryIndex } from '../search/filters';
import { searchIndex } from '../search/searchService';
import { formatDayHeading } from './dayFormat';
import { EntryRow } from './EntryRow';
import { FiltersBar } from './FiltersBar';
import { JournalNav } from './JournalNav';
import { NewEntryMenu } from './NewEntryMenu';
import { useJournalUi } from './journal-store';
import { onListKeyDown } from './moveFocus';
import { useSearchIndexState } from './useSearchIndexVersion';
import './journal.css';

/** The ids to show: from the database's date index, or from the memory index for other filters. */
function useTimelineIds(): string[] | undefined {
  const filters = useJournalUi((s) => s.filters);
  const { ready } = useSearchIndexState();
  const memory = needsMemoryIndex(filters);
  const fromDb = useLiveQuery(
    () =>
      memory
        ? Promise.resolve(null)
        : entryIds({ kind: filters.kind, from: filters.from, to: filters.to }),
    [memory, filters.kind, filters.from, filters.to],
  );
  if (!memory) return fromDb ?? undefined;
  if (!ready) return undefined;
  return searchIndex.filter(filters).map((m) => m.id);
}

export function TimelinePage() {
  const keys = useTimelineIds();
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
  const idsKey = visibleIds.join(',');
  const loaded = useLiveQuery(() => getEntries(visibleIds), [idsKey]);
  // Keep cards already read while the next slice loads, so scrolling never flashes blank.
  const cache = useRef(new Map<string, Entry>());
  if (loaded) for (const e of loaded) cache.current.set(e.id, e);

  return (
    <div className="page page--wide">
      <header className="page__header journal-header">
        <div>
          <h1>Journal</h1>
          <p className="muted">
            {keys === undefined
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
        aria-busy={keys === undefined}
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
  const entries = useLiveQuery(() => onThisDay(today), [today]);
  if (!entries || entries.length === 0) return null;
  return (
    <section className="card on-this-day" aria-labelledby="on-this-day-heading">
      <h2 id="on-this-day-heading" className="section-title">
        On this day
      </h2>
      <ul className="entry-list">
        {entries.slice(0, 5).map((entry) => (
          <li key={entry.id}>
            <p className="eyebrow">{formatDayHeading(entry.date)}</p>
            <EntryRow entry={entry} />
          </li>
        ))}
      </ul>
    </section>
  );
}
