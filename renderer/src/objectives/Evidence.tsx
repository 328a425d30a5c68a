import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'wouter';
import { ENTRY_KIND_INFO } from '../../../shared/domain/entry-kinds';
import type { Entry } from '../../../shared/domain/records';
import { LINK_CANDIDATE_WINDOW, linkCandidates, linkEntry, unlinkEntry } from '../db/repo/evidence';
import { formatDate } from '../ui/format';
import { Adder } from './Adder';

function entryLabel(entry: Entry): string {
  if (entry.title.trim()) return entry.title;
  const firstLine = entry.body.trim().split('\n')[0] ?? '';
  return firstLine ? firstLine.slice(0, 80) : 'Untitled entry';
}

/** The journal entries linked to an objective, newest first, and a picker to link another. */
export function Evidence({ objectiveId, evidence }: { objectiveId: string; evidence: Entry[] }) {
  return (
    <section className="card objective-section" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">Evidence</h2>
      <p className="muted">
        Journal entries linked to this objective: wins, feedback, reviews, reframes.
      </p>
      {evidence.length === 0 ? (
        <p className="muted">Nothing linked yet.</p>
      ) : (
        <ul className="evidence-list">
          {evidence.map((entry) => (
            <li key={entry.id} className="evidence">
              <Link href={`/entry/${entry.id}`} className="evidence__link">
                <span className="evidence__meta">
                  <span className="pill">{ENTRY_KIND_INFO[entry.kind].label}</span>
                  <span>{formatDate(entry.date)}</span>
                </span>
                <span className="evidence__title">{entryLabel(entry)}</span>
              </Link>
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() => void unlinkEntry(entry.id, objectiveId)}
              >
                Unlink<span className="visually-hidden"> {entryLabel(entry)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <Adder label="Link an entry" openInitially={evidence.length === 0}>
        <LinkPicker objectiveId={objectiveId} />
      </Adder>
    </section>
  );
}

function LinkPicker({ objectiveId }: { objectiveId: string }) {
  const [query, setQuery] = useState('');
  const candidates = useLiveQuery(() => linkCandidates(objectiveId, query), [objectiveId, query]);
  return (
    <div className="subform" role="group" aria-label="Link an entry">
      <label className="field">
        <span className="field__label">Find an entry</span>
        <span className="field__hint">
          Searches the titles and text of your {LINK_CANDIDATE_WINDOW} most recent entries.
        </span>
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </label>
      {candidates && candidates.length === 0 && (
        <p className="muted">{query ? 'No matching entry.' : 'No entries to link yet.'}</p>
      )}
      {candidates && candidates.length > 0 && (
        <ul className="candidate-list">
          {candidates.map((entry) => (
            <li key={entry.id}>
              <span className="candidate__text">
                <span className="muted">
                  {formatDate(entry.date)} · {ENTRY_KIND_INFO[entry.kind].label}
                </span>{' '}
                {entryLabel(entry)}
              </span>
              <button
                type="button"
                className="button button--small"
                onClick={() => void linkEntry(entry.id, objectiveId)}
              >
                Link<span className="visually-hidden"> {entryLabel(entry)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
