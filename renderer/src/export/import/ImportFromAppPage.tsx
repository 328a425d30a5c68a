import { Link } from 'wouter';
import { assertNever } from '../../../../shared/util/assert-never';
import { ArrowLeftIcon } from '../../ui/icons';
import { ImportPreviewPanel } from './ImportPreviewPanel';
import { useAppImport } from './useAppImport';
import '../export.css';
import './import.css';

/** Export & backup › Import from another app: Day One, Daylio, Markdown folders. */
export function ImportFromAppPage() {
  const importer = useAppImport();
  const { state } = importer;
  return (
    <div className="page">
      <Link href="/export" className="back-link">
        <ArrowLeftIcon /> Export &amp; backup
      </Link>
      <header className="page__header">
        <h1>Import from another app</h1>
        <p className="lead">
          Bring your journal with you. Grove shows what it found before anything is added, and
          importing the same file again never adds an entry twice.
        </p>
      </header>
      <Body importer={importer} state={state} />
    </div>
  );
}

function Body({
  importer,
  state,
}: {
  importer: ReturnType<typeof useAppImport>;
  state: ReturnType<typeof useAppImport>['state'];
}) {
  switch (state.step) {
    case 'idle':
      return <Start onChoose={() => void importer.choose()} />;
    case 'reading':
      return (
        <section className="card" aria-busy="true">
          <p role="status">Reading {state.names.join(', ')}…</p>
        </section>
      );
    case 'preview':
      return (
        <ImportPreviewPanel
          names={state.names}
          preview={state.preview}
          choices={state.choices}
          onChoices={importer.setChoices}
          onConfirm={() => void importer.confirm()}
          onCancel={importer.reset}
        />
      );
    case 'writing': {
      const { done, total } = state.progress;
      const percent = total ? Math.round((done / total) * 100) : 100;
      return (
        <section className="card import-progress-card">
          <p role="status">
            Importing… {done.toLocaleString()} of {total.toLocaleString()} entries
          </p>
          <progress
            className="export-progress"
            max={100}
            value={percent}
            aria-label="Import progress"
          >
            {percent}%
          </progress>
        </section>
      );
    }
    case 'done': {
      const { added, alreadyThere, skipped } = state.outcome;
      return (
        <section className="card import-done" role="status" aria-labelledby="import-done-heading">
          <h2 id="import-done-heading">
            {added === 0
              ? 'Nothing new to add'
              : `${added.toLocaleString()} ${added === 1 ? 'entry' : 'entries'} added`}
          </h2>
          {alreadyThere > 0 && (
            <p>
              {alreadyThere.toLocaleString()} {alreadyThere === 1 ? 'entry was' : 'entries were'}{' '}
              already in your journal from an earlier import, and{' '}
              {alreadyThere === 1 ? 'was' : 'were'} left as{' '}
              {alreadyThere === 1 ? 'it was' : 'they were'}.
            </p>
          )}
          {skipped.length > 0 && (
            <details>
              <summary>{skipped.length} skipped</summary>
              <ul className="import-warnings">
                {skipped.slice(0, 100).map((w, i) => (
                  <li key={i}>
                    <span className="import-warnings__where">{w.where}</span> {w.message}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <div className="export-card__row">
            <Link href="/journal" className="button button--primary">
              Open the journal
            </Link>
            <button type="button" className="button" onClick={importer.reset}>
              Import another file
            </button>
          </div>
        </section>
      );
    }
    case 'error':
      return (
        <section className="card">
          <div className="callout callout--error import-panel" role="alert">
            <p>{state.message}</p>
          </div>
          <div className="export-card__row import-error-actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => void importer.choose()}
            >
              Choose another file…
            </button>
            <button type="button" className="button button--ghost" onClick={importer.reset}>
              Back
            </button>
          </div>
        </section>
      );
    default:
      return assertNever(state);
  }
}

function Start({ onChoose }: { onChoose: () => void }) {
  return (
    <section className="card export-card--stack export-card" aria-labelledby="import-start-heading">
      <div>
        <h2 id="import-start-heading">Choose your export</h2>
        <p className="muted">Grove recognises the format by itself.</p>
      </div>
      <ul className="import-formats">
        <li>
          <strong>Day One</strong> — the zip from Settings › Import/Export › Export › JSON (or its
          JSON file). Several journals in one zip are fine; photos stay in the zip, with a note
          where each one was.
        </li>
        <li>
          <strong>Daylio</strong> — the CSV from More › Export entries. You choose how each mood,
          including your own, maps to Grove’s 1–5.
        </li>
        <li>
          <strong>Markdown</strong> — Obsidian daily notes or any <code>.md</code> files with a date
          in their front matter or name (select several, or a zip of the folder). Grove’s own
          Markdown export comes back as it was.
        </li>
      </ul>
      <div className="export-card__row">
        <button type="button" className="button button--primary" onClick={onChoose}>
          Choose files…
        </button>
      </div>
    </section>
  );
}
