import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useEffect, useId, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { isValidIsoDate } from '../../../shared/domain/dates';
import { ENTRY_KIND_INFO } from '../../../shared/domain/entry-kinds';
import { LIMITS } from '../../../shared/domain/limits';
import type { Entry } from '../../../shared/domain/records';
import { promptsFor, promptsForEntry } from '../../../shared/domain/templates';
import { useUiStore } from '../app/ui-store';
import { discardIfEmpty, trashEntry } from '../db/repo/entries';
import { userTemplates } from '../db/repo/templates';
import { TrashIcon } from '../ui/icons';
import { BodyEditor } from './BodyEditor';
import { EntryDetails } from './EntryDetails';
import { NudgeCallout } from './NudgeCallout';
import { useEntryDraft, type SaveStatus } from './useEntryDraft';
import { useWordCount } from './wordCount';
import './journal.css';

const MarkdownPreview = lazy(() =>
  import('./MarkdownPreview').then((m) => ({ default: m.MarkdownPreview })),
);

const STATUS_TEXT: Record<SaveStatus, string> = {
  idle: 'Saved automatically as you write',
  pending: 'Editing…',
  saving: 'Saving…',
  saved: 'Saved',
  error: 'Not saved',
};

/** The body editor warns from here on, so the limit never comes as a surprise. */
export const BODY_WARN_AT = Math.floor(LIMITS.bodyLength * 0.9);

export function EntryEditor({
  initial,
  stored,
}: {
  initial: Entry;
  /** The stored entry, live (null while this new entry is not stored yet). */
  stored: Entry | null;
}) {
  const isStored = stored !== null;
  const { draft, update, flush, status, error, conflicts, dismissConflicts, bodyRevision } =
    useEntryDraft(initial, stored);
  const [, navigate] = useLocation();
  const notify = useUiStore((s) => s.notify);
  const [mode, setMode] = useState<'write' | 'preview'>('write');
  const titleId = useId();
  const templates = useLiveQuery(userTemplates, []);
  const prompts = promptsForEntry(
    promptsFor(draft.kind, templates ?? []),
    draft.answers,
    (templates ?? []).flatMap((t) => t.prompts),
  );
  const info = ENTRY_KIND_INFO[draft.kind];

  // Counting words in a megabyte on every keystroke would lag typing: see useWordCount.
  const words = useWordCount(
    `${draft.title} ${Object.values(draft.answers).join(' ')} ${draft.body}`,
  );

  // A new entry typed and erased again is not kept as an empty record.
  const [startedNew] = useState(!isStored);
  useEffect(() => {
    if (!startedNew) return;
    const id = initial.id;
    return () => void flush().then(() => discardIfEmpty(id));
  }, [startedNew, initial.id, flush]);

  const moveToTrash = async () => {
    await flush();
    await trashEntry(draft.id);
    notify('Moved to the trash.');
    navigate('/today');
  };

  return (
    <article className="editor" aria-labelledby={titleId}>
      <header className="editor__bar">
        <span className="pill">{info.label}</span>
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
      {conflicts.length > 0 && (
        <ConflictNotice entryId={draft.id} count={conflicts.length} onDismiss={dismissConflicts} />
      )}

      <h1 id={titleId} className="visually-hidden">
        {draft.title || info.label}
      </h1>
      <input
        className="editor__title"
        aria-label="Title"
        placeholder="Title"
        value={draft.title}
        maxLength={LIMITS.titleLength}
        onChange={(e) => update({ title: e.target.value })}
        onBlur={() => void flush()}
      />
      {draft.title.length >= LIMITS.titleLength && (
        <p className="field__hint">A title can be at most {LIMITS.titleLength} characters.</p>
      )}

      {prompts.length > 0 && (
        <section className="prompts" aria-label="Guided prompts">
          {prompts.map((prompt) => (
            <label key={prompt.id} className="field prompt">
              <span className="field__label">{prompt.label}</span>
              <textarea
                rows={2}
                value={draft.answers[prompt.id] ?? ''}
                placeholder={prompt.placeholder}
                maxLength={LIMITS.answerLength}
                onChange={(e) =>
                  update({ answers: { ...draft.answers, [prompt.id]: e.target.value } })
                }
                onBlur={() => void flush()}
              />
            </label>
          ))}
        </section>
      )}

      <BodyLengthHint length={draft.body.length} />
      <div className="editor__modes" role="group" aria-label="Body view">
        <button
          type="button"
          className="button button--small button--ghost"
          aria-pressed={mode === 'write'}
          onClick={() => setMode('write')}
        >
          Write
        </button>
        <button
          type="button"
          className="button button--small button--ghost"
          aria-pressed={mode === 'preview'}
          onClick={() => {
            void flush();
            setMode('preview');
          }}
        >
          Preview
        </button>
        <span className="field__hint">Markdown: **bold**, _italic_, # heading, - list</span>
      </div>
      {mode === 'write' ? (
        <BodyEditor
          initialValue={draft.body}
          value={draft.body}
          revision={bodyRevision}
          maxLength={LIMITS.bodyLength}
          label="Entry text"
          placeholderText={
            prompts.length > 0 ? 'Anything else? Write freely.' : 'Write freely. It saves itself.'
          }
          autoFocus={!isStored && prompts.length === 0}
          onChange={(body, change) => update({ body }, change)}
          onBlur={() => void flush()}
        />
      ) : (
        <Suspense fallback={<div className="md-preview" aria-busy="true" />}>
          <MarkdownPreview source={draft.body} />
        </Suspense>
      )}

      <NudgeCallout text={`${Object.values(draft.answers).join('\n')}\n${draft.body}`} />

      <EntryDetails draft={draft} update={update} flush={flush} />

      <footer className="editor__footer">
        <span className="muted">
          {words === null ? 'Counting words…' : `${words} ${words === 1 ? 'word' : 'words'}`}
        </span>
        {isStored && (
          <span className="editor__footer-actions">
            <Link href={`/entry/${draft.id}/history`} className="button button--ghost">
              History
            </Link>
            <button
              type="button"
              className="button button--ghost"
              onClick={() => void moveToTrash()}
            >
              <TrashIcon /> Move to trash
            </button>
          </span>
        )}
      </footer>
    </article>
  );
}

/**
 * Said calmly, once: another window changed the same text, and its version is in the history.
 */
function ConflictNotice({
  entryId,
  count,
  onDismiss,
}: {
  entryId: string;
  count: number;
  onDismiss: () => void;
}) {
  return (
    <div className="callout callout--info notice" role="status">
      <p>
        This entry was also changed in another window. Your text is kept here; the other{' '}
        {count === 1 ? 'version is' : 'versions are'} in the{' '}
        <Link href={`/entry/${entryId}/history`}>entry’s history</Link>.
      </p>
      <button type="button" className="button button--small button--ghost" onClick={onDismiss}>
        Got it
      </button>
    </div>
  );
}

function BodyLengthHint({ length }: { length: number }) {
  if (length < BODY_WARN_AT) return null;
  const full = length >= LIMITS.bodyLength;
  const fmt = (n: number) => n.toLocaleString();
  return (
    <p className={`callout ${full ? 'callout--error' : 'callout--info'}`} role="status">
      {full
        ? `This entry has reached the limit of ${fmt(LIMITS.bodyLength)} characters: nothing more can be added. Start a new entry to go on.`
        : `This entry is getting long: ${fmt(length)} of ${fmt(LIMITS.bodyLength)} characters. Consider going on in a new entry.`}
    </p>
  );
}
