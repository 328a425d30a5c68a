import { useMemo } from 'react';
import { Link, Redirect } from 'wouter';
import {
  entryKindSchema,
  idSchema,
  type Entry,
  type EntryKind,
} from '../../../shared/domain/records';
import { getEntry, newEntry } from '../db/repo/entries';
import { newId } from '../db/repo/records';
import { ArrowLeftIcon } from '../ui/icons';
import { useLiveQueryFor } from '../ui/useLiveQueryFor';
import { EntryEditor } from './EntryEditor';

function BackToToday() {
  return (
    <Link href="/today" className="back-link">
      <ArrowLeftIcon /> Today
    </Link>
  );
}

/**
 * The stored entry, live: undefined while loading, null when absent. It only seeds the editor;
 * the editor then owns the draft in flight, so a live update caused by its own save never resets
 * what the user is typing.
 */
function useStoredEntry(id: string): Entry | null | undefined {
  // Only the answer for this id: moving from one entry to another never seeds an editor with the
  // entry being left.
  return useLiveQueryFor(() => getEntry(id).then((entry) => entry ?? null), id).value;
}

/** `/entry/:id`: an existing entry. */
export function EntryPage({ id }: { id: string }) {
  const entry = useStoredEntry(id);
  if (entry === undefined) return <div className="page" aria-busy="true" />;
  if (entry === null || entry.deleted === 1) {
    return (
      <div className="page">
        <BackToToday />
        <h1>This entry is not here</h1>
        <p className="muted">It may have been moved to the trash.</p>
      </div>
    );
  }
  return (
    <div className="page page--editor">
      <BackToToday />
      <EntryEditor key={entry.id} initial={entry} stored={entry} />
    </div>
  );
}

/**
 * `/write/:kind/:id`: a new entry whose id is in the address from the start, so a reload right
 * after the first keystrokes reopens the very same entry (recovered from the write-ahead log).
 */
export function NewEntryPage({ kind, id }: { kind: string; id?: string | undefined }) {
  const parsedKind = entryKindSchema.safeParse(kind);
  // A new id every time the address has none (Ctrl+N from inside a new entry starts another one).
  const freshId = useMemo(() => (id ? null : newId()), [id]);
  if (!parsedKind.success) return <Redirect to="/today" replace />;
  if (!id || !idSchema.safeParse(id).success)
    return <Redirect to={`/write/${parsedKind.data}/${freshId}`} replace />;
  return <NewEntryEditor key={id} kind={parsedKind.data} id={id} />;
}

function NewEntryEditor({ kind, id }: { kind: EntryKind; id: string }) {
  const stored = useStoredEntry(id);
  if (stored === undefined) return <div className="page" aria-busy="true" />;
  return (
    <div className="page page--editor">
      <BackToToday />
      <EntryEditor key={id} initial={stored ?? newEntry(kind, undefined, id)} stored={stored} />
    </div>
  );
}
