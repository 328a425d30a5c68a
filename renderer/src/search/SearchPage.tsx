import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { ENTRY_KIND_INFO } from '../../../shared/domain/entry-kinds';
import type { Entry } from '../../../shared/domain/records';
import { plainText, snippet } from '../../../shared/domain/search-text';
import { markFirstScreenShownAfterPaint } from '../app/firstScreen';
import { MOD_LABEL } from '../app/routes';
import { getEntries } from '../db/repo/entries';
import { formatDayHeading } from '../journal/dayFormat';
import { FiltersBar } from '../journal/FiltersBar';
import { JournalNav } from '../journal/JournalNav';
import { useJournalUi } from '../journal/journal-store';
import { onListKeyDown } from '../journal/moveFocus';
import { useSearchResults } from '../journal/useSearchIndexVersion';
import type { SearchAnswer } from './searchService';
import '../journal/journal.css';

const PAGE = 30;

function Highlighted({ text, terms }: { text: string; terms: string[] }) {
  return (
    <>
      {snippet(text, terms).map((part, i) =>
        part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </>
  );
}

/** Where the match is: the body, else the first answer that matches, else the body's start. */
function matchSource(entry: Entry, terms: string[]): string {
  const sources = [entry.body, ...Object.values(entry.answers)].map((s) =>
    plainText(s.slice(0, 20_000)),
  );
  return sources.find((s) => snippet(s, terms).some((p) => p.match)) ?? sources[0] ?? '';
}

/** What the status line says about an answer: how many, and over which entries. */
function resultsLine(count: number, answer: SearchAnswer): string {
  const found = `${count} ${count === 1 ? 'result' : 'results'}`;
  const newest = answer.recentSize.toLocaleString();
  if (answer.scope === 'recent' && !answer.final)
    return `${found} in your newest ${newest} entries, searching the rest…`;
  if (answer.scope === 'recent')
    return `${found} in your newest ${newest} entries. Type another letter to search them all.`;
  if (!answer.complete)
    return `${found} in the newest ${answer.indexed.toLocaleString()} entries, still reading older ones…`;
  return found;
}

/** Full-text search as you type, ranked, with highlighted snippets, combinable with the filters. */
export function SearchPage() {
  const query = useJournalUi((s) => s.query);
  const setQuery = useJournalUi((s) => s.setQuery);
  const filters = useJournalUi((s) => s.filters);
  const result = useSearchResults(query, filters);
  // The search box is this screen's first content (its index starts building at once).
  useEffect(() => markFirstScreenShownAfterPaint(), []);
  const [shown, setShown] = useState(PAGE);
  // The query whose answer is on screen: typing runs ahead of it by a keystroke at most.
  const answered = result?.query ?? '';
  const hits = result?.answer.hits ?? [];
  const complete = result?.answer.complete ?? false;
  const visible = hits.slice(0, shown);
  const ids = visible.map((h) => h.meta.id).join(',');
  const entries = useLiveQuery(() => getEntries(visible.map((h) => h.meta.id)), [ids]);
  const byId = new Map((entries ?? []).map((e) => [e.id, e]));

  return (
    <div className="page page--wide">
      <header className="page__header">
        <h1>Search</h1>
      </header>
      <JournalNav />
      <div className="search-box">
        <label className="visually-hidden" htmlFor="search-input">
          Search your journal
        </label>
        <input
          id="search-input"
          type="search"
          autoFocus
          autoComplete="off"
          placeholder={`Search titles, text, answers and tags (${MOD_LABEL}+K)`}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setShown(PAGE);
          }}
        />
      </div>
      <FiltersBar />
      <p
        className="muted"
        role="status"
        aria-live="polite"
        // The query whose results are on screen, how many, and whether the whole journal was
        // searched (the benchmark waits for these).
        data-search-shown={
          result && visible.every((hit) => byId.has(hit.meta.id)) ? answered : undefined
        }
        data-search-count={hits.length}
        data-search-final={result?.answer.final ? 'true' : 'false'}
        data-search-state={complete ? 'ready' : 'building'}
      >
        {!result
          ? 'Preparing search…'
          : !answered.trim()
            ? complete
              ? 'Type a few letters of any word.'
              : 'Type a few letters of any word. (Still reading older entries.)'
            : resultsLine(hits.length, result.answer)}
      </p>
      {visible.length > 0 && (
        <ol
          className="entry-list search-results"
          aria-label="Search results"
          onKeyDown={onListKeyDown}
        >
          {visible.map((hit) => {
            const entry = byId.get(hit.meta.id);
            return (
              <li key={hit.meta.id}>
                <Link href={`/entry/${hit.meta.id}`} className="entry-card" data-entry-link="">
                  <span className="entry-card__meta">
                    <span className="pill">{ENTRY_KIND_INFO[hit.meta.kind].label}</span>
                    <span>{formatDayHeading(hit.meta.date)}</span>
                    {hit.meta.tags.slice(0, 4).map((t) => (
                      <span key={t}>#{t}</span>
                    ))}
                  </span>
                  <span className="entry-card__title">
                    <Highlighted text={hit.meta.title.trim() || 'Untitled'} terms={hit.terms} />
                  </span>
                  {entry && (
                    <span className="entry-card__excerpt">
                      <Highlighted text={matchSource(entry, hit.terms)} terms={hit.terms} />
                    </span>
                  )}
                </Link>
              </li>
            );
          })}
        </ol>
      )}
      {hits.length > shown && (
        <button type="button" className="button" onClick={() => setShown((n) => n + PAGE)}>
          Show more results
        </button>
      )}
    </div>
  );
}
