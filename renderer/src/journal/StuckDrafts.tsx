import { useEffect, useState } from 'react';
import { platform } from '../platform';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { discardStuckDraft, stuckDraftText, stuckDrafts, type StuckDraft } from './wal';
import './journal.css';

const when = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : '';

/** The draft's text for reading, from the raw log record (whatever shape it has). */
function readable(raw: string): string {
  try {
    const record = JSON.parse(raw) as { entry?: { title?: unknown; body?: unknown } };
    const title = typeof record.entry?.title === 'string' ? record.entry.title : '';
    const body = typeof record.entry?.body === 'string' ? record.entry.body : '';
    const text = [title, body].filter(Boolean).join('\n\n');
    return text.length > 20_000 ? `${text.slice(0, 20_000)}\n…` : text || raw.slice(0, 20_000);
  } catch {
    return raw.slice(0, 20_000);
  }
}

/**
 * Drafts the write-ahead log could not save at start (too big, invalid, written by a newer Grove,
 * unreadable). They are never dropped on their own: the person opens, downloads or discards each.
 */
export function StuckDrafts() {
  const [drafts, setDrafts] = useState<StuckDraft[]>([]);
  const [open, setOpen] = useState<string | null>(null);
  const [discarding, setDiscarding] = useState<StuckDraft | null>(null);

  useEffect(() => {
    let live = true;
    void stuckDrafts().then((found) => {
      if (live) setDrafts(found);
    });
    return () => {
      live = false;
    };
  }, []);

  if (drafts.length === 0) return null;

  const download = async (draft: StuckDraft) => {
    const text = stuckDraftText(draft.key);
    if (text === null) return;
    await platform.saveFile({
      suggestedName: `grove-draft-${(draft.entryId ?? 'unknown').slice(0, 8)}.json`,
      content: text,
      filters: [{ name: 'Grove draft', extensions: ['json'] }],
    });
  };

  const discard = (draft: StuckDraft) => {
    discardStuckDraft(draft.key);
    setDrafts((list) => list.filter((d) => d.key !== draft.key));
    setDiscarding(null);
  };

  return (
    <section className="callout callout--error stuck-drafts" aria-labelledby="stuck-drafts-title">
      <h2 id="stuck-drafts-title" className="stuck-drafts__title">
        {drafts.length === 1
          ? '1 draft could not be saved'
          : `${drafts.length} drafts could not be saved`}
      </h2>
      <p className="stuck-drafts__lead">
        Grove kept {drafts.length === 1 ? 'it' : 'them'} aside, untouched. Read, download or discard
        each one.
      </p>
      <ul className="stuck-drafts__list">
        {drafts.map((draft) => (
          <li key={draft.key}>
            <div className="stuck-drafts__row">
              <span>
                <strong>{draft.title}</strong> {draft.writtenAt && `· ${when(draft.writtenAt)}`}
                <br />
                <span className="muted">{draft.problem}</span>
              </span>
              <span className="stuck-drafts__actions">
                <button
                  type="button"
                  className="button button--small"
                  aria-expanded={open === draft.key}
                  onClick={() => setOpen(open === draft.key ? null : draft.key)}
                >
                  {open === draft.key ? 'Close' : 'Open'}
                </button>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => void download(draft)}
                >
                  Download
                </button>
                <button
                  type="button"
                  className="button button--small button--ghost"
                  onClick={() => setDiscarding(draft)}
                >
                  Discard…
                </button>
              </span>
            </div>
            {open === draft.key && (
              <textarea
                className="stuck-drafts__text"
                readOnly
                rows={8}
                aria-label={`Text of the draft “${draft.title}”`}
                value={readable(stuckDraftText(draft.key) ?? '')}
              />
            )}
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={discarding !== null}
        title="Discard this draft?"
        confirmLabel="Discard"
        tone="danger"
        onConfirm={() => discarding && discard(discarding)}
        onCancel={() => setDiscarding(null)}
      >
        <p>Its text is deleted for good. Download it first if you may want it.</p>
      </ConfirmDialog>
    </section>
  );
}
