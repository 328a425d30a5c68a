import { diffLines, diffWordsWithSpace, type Change } from 'diff';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { Entry, EntryVersion, EntryVersionReason } from '../../../shared/domain/records';
import { useUiStore } from '../app/ui-store';
import { getEntry, restoreEntryVersion } from '../db/repo/entries';
import { entryVersions } from '../db/repo/entryHistory';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ArrowLeftIcon } from '../ui/icons';
import './history.css';

const REASON: Record<EntryVersionReason, string> = {
  edit: 'Earlier version',
  conflict: 'From another window',
  restore: 'Before a restore',
};

const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Word diffs read best; past this size a line diff keeps the page quick. */
const WORD_DIFF_LIMIT = 100_000;

function diffText(older: string, current: string): Change[] {
  return older.length + current.length <= WORD_DIFF_LIMIT
    ? diffWordsWithSpace(older, current)
    : diffLines(older, current);
}

function Diff({ label, older, current }: { label: string; older: string; current: string }) {
  const changes = useMemo(() => diffText(older, current), [older, current]);
  if (older === current) return null;
  return (
    <section className="history-diff__part">
      <h3 className="history-diff__label">{label}</h3>
      <p className="history-diff__text">
        {changes.map((change, i) =>
          change.removed ? (
            <del key={i}>{change.value}</del>
          ) : change.added ? (
            <ins key={i}>{change.value}</ins>
          ) : (
            <span key={i}>{change.value}</span>
          ),
        )}
      </p>
    </section>
  );
}

function VersionDiff({ version, entry }: { version: EntryVersion; entry: Entry }) {
  const promptIds = [...new Set([...Object.keys(version.answers), ...Object.keys(entry.answers)])];
  const same =
    version.title === entry.title &&
    version.body === entry.body &&
    promptIds.every((id) => (version.answers[id] ?? '') === (entry.answers[id] ?? ''));
  if (same) return <p className="muted">This version is the same as the current text.</p>;
  return (
    <div className="history-diff">
      <Diff label="Title" older={version.title} current={entry.title} />
      {promptIds.map((id) => (
        <Diff
          key={id}
          label={`Answer (${id})`}
          older={version.answers[id] ?? ''}
          current={entry.answers[id] ?? ''}
        />
      ))}
      <Diff label="Text" older={version.body} current={entry.body} />
    </div>
  );
}

/** `/entry/:id/history`: earlier versions of an entry, a diff against now, and restore. */
export function EntryHistoryPage({ id }: { id: string }) {
  const entry = useLiveQuery(() => getEntry(id).then((e) => e ?? null), [id]);
  const versions = useLiveQuery(() => entryVersions(id), [id]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [, navigate] = useLocation();
  const notify = useUiStore((s) => s.notify);

  if (entry === undefined || versions === undefined) return <div className="page" aria-busy />;
  if (entry === null || entry.deleted === 1) {
    return (
      <div className="page">
        <h1>This entry is not here</h1>
        <p className="muted">It may have been moved to the trash.</p>
      </div>
    );
  }
  const selected = versions.find((v) => v.id === selectedId) ?? versions[0] ?? null;

  const restore = async () => {
    if (!selected) return;
    setConfirming(false);
    try {
      await restoreEntryVersion(selected.id);
      notify(
        `Restored the version from ${when(selected.replacedAt)}. The text it replaced is in the history.`,
      );
      navigate(`/entry/${id}`);
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), 'error');
    }
  };

  return (
    <div className="page page--wide">
      <Link href={`/entry/${id}`} className="back-link">
        <ArrowLeftIcon /> Back to the entry
      </Link>
      <header className="page__header">
        <h1>History of “{entry.title.trim() || 'Untitled'}”</h1>
        <p className="muted">
          Earlier versions of the text, one per writing session, and any text another window
          replaced. The newest 50 and everything from the last 90 days are kept.
        </p>
      </header>
      {versions.length === 0 ? (
        <p className="empty">No earlier versions yet. They appear after a pause in writing.</p>
      ) : (
        <div className="history">
          <ul className="history__list" aria-label="Versions">
            {versions.map((version) => (
              <li key={version.id}>
                <button
                  type="button"
                  className="history__item"
                  aria-current={version.id === selected?.id ? 'true' : undefined}
                  onClick={() => setSelectedId(version.id)}
                >
                  <span className="history__when">{when(version.replacedAt)}</span>
                  <span className="history__reason muted">{REASON[version.reason]}</span>
                </button>
              </li>
            ))}
          </ul>
          {selected && (
            <section className="card history__detail" aria-labelledby="history-detail-title">
              <header className="history__detail-header">
                <div>
                  <h2 id="history-detail-title" className="section-title">
                    {REASON[selected.reason]}, {when(selected.replacedAt)}
                  </h2>
                  <p className="muted history__legend">
                    Compared with the current text: <del>only in this version</del>{' '}
                    <ins>added since</ins>
                  </p>
                </div>
                <button type="button" className="button" onClick={() => setConfirming(true)}>
                  Restore this version…
                </button>
              </header>
              <VersionDiff version={selected} entry={entry} />
            </section>
          )}
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        title="Restore this version?"
        confirmLabel="Restore"
        onConfirm={() => void restore()}
        onCancel={() => setConfirming(false)}
      >
        <p>
          The title, answers and text go back to this version. The current text is kept in the
          history, so you can come back to it.
        </p>
      </ConfirmDialog>
    </div>
  );
}
