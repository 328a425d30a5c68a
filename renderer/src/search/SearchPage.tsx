import { memo, useEffect, useState } from 'react';
import { Link } from 'wouter';
import { ENTRY_KIND_INFO } from '../../../shared/domain/entry-kinds';
import type { SnippetPart } from '../../../shared/domain/search-text';
import { markFirstScreenShownAfterPaint } from '../app/firstScreen';
import { MOD_LABEL } from '../app/routes';
import { formatDayHeading } from '../journal/dayFormat';
import { FiltersBar } from '../journal/FiltersBar';
import { JournalNav } from '../journal/JournalNav';
import { useJournalUi } from '../journal/journal-store';
import { onListKeyDown } from '../journal/moveFocus';
import { useSearchResults } from '../journal/useSearchIndexVersion';
import type { SearchAnswer, SearchHit } from './searchService';
import '../journal/journal.css';

const PAGE = 30;

function Highlighted({ parts }: { parts: readonly SnippetPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </>
  );
}

/**
 * One result, painted from the worker's answer alone (title and excerpt come worked out), so the
 * first rows need no database read. Memoised: a keystroke re-renders the page, not its rows.
 */
const ResultRow = memo(function ResultRow({ hit }: { hit: SearchHit }) {
  return (
    <li>
      <Link href={`/entry/${hit.meta.id}`} className="entry-card" data-entry-link="">
        <span className="entry-card__meta">
          <span className="pill">{ENTRY_KIND_INFO[hit.meta.kind].label}</span>
          <span>{formatDayHeading(hit.meta.date)}</span>
          {hit.meta.tags.slice(0, 4).map((t) => (
            <span key={t}>#{t}</span>
          ))}
        </span>
        <span className="entry-card__title">
          <Highlighted parts={hit.title} />
        </span>
        {hit.excerpt.length > 0 && (
          <span className="entry-card__excerpt">
            <Highlighted parts={hit.excerpt} />
          </span>
        )}
      </Link>
    </li>
  );
});

/** What the status line says about an answer: how many, and over which entries. */
function resultsLine(answer: SearchAnswer): string {
  const count = answer.total;
  const found = `${count.toLocaleString()} ${count === 1 ? 'result' : 'results'}`;
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
  // The search box is this screen's first content (its index starts building at once).
  useEffect(() => markFirstScreenShownAfterPaint(), []);
  const [shown, setShown] = useState(PAGE);
  // Only the rows on screen are asked for; "Show more" asks for the next page with them.
  const result = useSearchResults(query, filters, shown);
  // The query whose answer is on screen: typing runs ahead of it by a keystroke at most.
  const answered = result?.query ?? '';
  const hits = result?.answer.hits ?? [];
  const total = result?.answer.total ?? 0;
  const complete = result?.answer.complete ?? false;

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
        data-search-shown={result ? answered : undefined}
        data-search-count={total}
        data-search-final={result?.answer.final ? 'true' : 'false'}
        data-search-state={complete ? 'ready' : 'building'}
      >
        {!result
          ? 'Preparing search…'
          : !answered.trim()
            ? complete
              ? 'Type a few letters of any word.'
              : 'Type a few letters of any word. (Still reading older entries.)'
            : resultsLine(result.answer)}
      </p>
      {hits.length > 0 && (
        <ol
          className="entry-list search-results"
          aria-label="Search results"
          onKeyDown={onListKeyDown}
        >
          {hits.map((hit) => (
            <ResultRow key={hit.meta.id} hit={hit} />
          ))}
        </ol>
      )}
      {total > hits.length && hits.length >= shown && (
        <button type="button" className="button" onClick={() => setShown((n) => n + PAGE)}>
          Show more results
        </button>
      )}
    </div>
  );
}
