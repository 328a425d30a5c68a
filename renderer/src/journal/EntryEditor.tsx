import { useId } from 'react';
import { useLocation } from 'wouter';
import { isValidIsoDate } from '../../../shared/domain/dates';
import { ENTRY_KIND_INFO } from '../../../shared/domain/entry-kinds';
import type { Entry } from '../../../shared/domain/records';
import { useUiStore } from '../app/ui-store';
import { trashEntry } from '../db/repo/entries';
import { TrashIcon } from '../ui/icons';
import { useEntryDraft, type SaveStatus } from './useEntryDraft';
import { countWords } from './wordCount';

const STATUS_TEXT: Record<SaveStatus, string> = {
  idle: 'Saved automatically as you write',
  pending: 'Editing…',
  saving: 'Saving…',
  saved: 'Saved',
  error: 'Not saved',
};

export function EntryEditor({ initial, isStored }: { initial: Entry; isStored: boolean }) {
  const { draft, update, flush, status, error } = useEntryDraft(initial);
  const [, navigate] = useLocation();
  const notify = useUiStore((s) => s.notify);
  const titleId = useId();
  const words = countWords(`${draft.title} ${draft.body}`);

  const moveToTrash = async () => {
    await flush();
    await trashEntry(draft.id);
    notify('Moved to the trash.');
    navigate('/today');
  };

  return (
    <article className="editor" aria-labelledby={titleId}>
      <header className="editor__bar">
        <span className="pill">{ENTRY_KIND_INFO[draft.kind].label}</span>
        <label className="editor__date">
          <span className="visually-hidden">Entry date</span>
          <input
            type="date"
            value={draft.date}
            required
            onChange={(e) => {
              if (isValidIsoDate(e.target.value)) update({ date: e.target.value });
            }}
            onBlur={() => void flush()}
          />
        </label>
        <span className={`save-status save-status--${status}`} role="status" aria-live="polite">
          {STATUS_TEXT[status]}
        </span>
      </header>

      {error && (
        <p className="callout callout--error" role="alert">
          Your text is safe in the editor, but it could not be saved: {error}
        </p>
      )}

      <h1 id={titleId} className="visually-hidden">
        {draft.title || ENTRY_KIND_INFO[draft.kind].label}
      </h1>
      <input
        className="editor__title"
        aria-label="Title"
        placeholder="Title"
        value={draft.title}
        maxLength={300}
        onChange={(e) => update({ title: e.target.value })}
        onBlur={() => void flush()}
      />
      <textarea
        className="editor__body"
        aria-label="Entry text"
        placeholder="Write freely. It saves itself."
        value={draft.body}
        autoFocus={!isStored}
        onChange={(e) => update({ body: e.target.value })}
        onBlur={() => void flush()}
      />

      <footer className="editor__footer">
        <span className="muted">
          {words} {words === 1 ? 'word' : 'words'}
        </span>
        {isStored && (
          <button type="button" className="button button--ghost" onClick={() => void moveToTrash()}>
            <TrashIcon /> Move to trash
          </button>
        )}
      </footer>
    </article>
  );
}
