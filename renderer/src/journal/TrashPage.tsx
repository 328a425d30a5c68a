import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { ENTRY_KIND_INFO } from '../../../shared/domain/entry-kinds';
import { useUiStore } from '../app/ui-store';
import { emptyTrash, restoreEntry, trashedEntries } from '../db/repo/entries';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { formatDayHeading } from './dayFormat';
import { entryExcerpt } from './EntryRow';
import { JournalNav } from './JournalNav';
import './journal.css';

/** Entries moved to the trash: restore one, or empty the trash after a confirmation. */
export function TrashPage() {
  const entries = useLiveQuery(trashedEntries, []);
  const notify = useUiStore((s) => s.notify);
  const [confirming, setConfirming] = useState(false);

  return (
    <div className="page page--wide">
      <header className="page__header journal-header">
        <div>
          <h1>Trash</h1>
          <p className="muted">Deleted entries wait here until you empty the trash.</p>
        </div>
        {entries && entries.length > 0 && (
          <button
            type="button"
            className="button button--danger"
            onClick={() => setConfirming(true)}
          >
            Empty trash…
          </button>
        )}
      </header>
      <JournalNav />
      {entries === undefined ? null : entries.length === 0 ? (
        <p className="empty">The trash is empty.</p>
      ) : (
        <ul className="entry-list">
          {entries.map((entry) => (
            <li key={entry.id} className="entry-card trash-row">
              <span className="entry-card__meta">
                <span className="pill">{ENTRY_KIND_INFO[entry.kind].label}</span>
                <span>{formatDayHeading(entry.date)}</span>
              </span>
              <span className="entry-card__title">{entry.title.trim() || 'Untitled'}</span>
              <span className="entry-card__excerpt">{entryExcerpt(entry)}</span>
              <span>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={`Restore ${entry.title.trim() || 'untitled entry'}`}
                  onClick={() =>
                    void restoreEntry(entry.id).then(() => notify('Restored to the journal.'))
                  }
                >
                  Restore
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={confirming}
        title="Empty the trash?"
        confirmLabel="Delete for good"
        tone="danger"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void emptyTrash().then((n) =>
            notify(`${n} ${n === 1 ? 'entry' : 'entries'} deleted for good.`),
          );
        }}
      >
        <p>
          {entries?.length ?? 0} {entries?.length === 1 ? 'entry' : 'entries'} will be deleted for
          good. This cannot be undone.
        </p>
      </ConfirmDialog>
    </div>
  );
}
