import { useState, type FormEvent } from 'react';
import { BACKUP_TABLES } from '../../../shared/formats/backup';
import { assertNever } from '../../../shared/util/assert-never';
import { ImportBusy, ImportError } from './ImportSteps';
import { TABLE_LABELS } from './labels';
import type { useBackupImport } from './useBackupImport';

/** What is in the chosen file, the question before writing, and the report after. */
export function ImportPanel({ importer }: { importer: ReturnType<typeof useBackupImport> }) {
  const { state } = importer;
  switch (state.step) {
    case 'idle':
      return null;
    case 'checking':
      return <ImportBusy>Checking the file…</ImportBusy>;
    case 'writing':
      return <ImportBusy>{state.mode === 'restore' ? 'Restoring…' : 'Merging…'}</ImportBusy>;
    case 'error':
      return <ImportError message={state.message} onDismiss={importer.reset} />;
    case 'locked-file':
      return <LockedBackupForm importer={importer} />;
    case 'confirm': {
      const { report, mode, fileName } = state;
      const created = new Date(report.createdAt).toLocaleString();
      return (
        <div className="import-panel" role="region" aria-label="Backup to import">
          <p>
            <strong>{fileName}</strong> is a valid Grove backup from {created}.
          </p>
          <table className="import-table">
            <caption className="visually-hidden">Records in the backup</caption>
            <tbody>
              {BACKUP_TABLES.filter((t) => report.counts[t] > 0).map((t) => (
                <tr key={t}>
                  <th scope="row">{TABLE_LABELS[t]}</th>
                  <td>{report.counts[t]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.warnings.map((w) => (
            <p key={w} className="field__hint">
              Note: {w}
            </p>
          ))}
          <p>
            {mode === 'restore'
              ? 'Restoring replaces everything in your journal with this backup. A copy of your current journal is saved first.'
              : 'Merging adds what is missing and keeps the newer version of records on both sides. Entries you deleted for good stay deleted. A copy of your current journal is saved first.'}
          </p>
          <div className="export-card__row">
            <button
              type="button"
              className={`button ${mode === 'restore' ? 'button--danger' : 'button--primary'}`}
              onClick={() => void importer.confirm()}
            >
              {mode === 'restore' ? 'Replace my journal with this backup' : 'Merge into my journal'}
            </button>
            <button type="button" className="button button--ghost" onClick={importer.reset}>
              Cancel
            </button>
          </div>
        </div>
      );
    }
    case 'done': {
      const rows = BACKUP_TABLES.map((t) => ({ t, ...state.result.tables[t] })).filter(
        (r) => r.added + r.updated + r.kept > 0,
      );
      return (
        <div className="import-panel import-panel--done" role="status">
          <p>
            <strong>{state.mode === 'restore' ? 'Restored' : 'Merged'}</strong> from{' '}
            {state.fileName}.
            {state.safetyCopy && ` Your previous journal was saved as ${state.safetyCopy}.`}
          </p>
          {rows.length === 0 ? (
            <p className="muted">The backup was empty.</p>
          ) : (
            <table className="import-table">
              <caption className="visually-hidden">What changed</caption>
              <thead>
                <tr>
                  <th scope="col">Records</th>
                  <th scope="col">Added</th>
                  {state.mode === 'merge' && <th scope="col">Updated</th>}
                  {state.mode === 'merge' && <th scope="col">Kept yours</th>}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.t}>
                    <th scope="row">{TABLE_LABELS[r.t]}</th>
                    <td>{r.added}</td>
                    {state.mode === 'merge' && <td>{r.updated}</td>}
                    {state.mode === 'merge' && <td>{r.kept}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <button type="button" className="button button--small" onClick={importer.reset}>
            Done
          </button>
        </div>
      );
    }
    default:
      return assertNever(state);
  }
}

/** An encrypted backup: the passphrase or recovery key it was made with opens it. */
function LockedBackupForm({ importer }: { importer: ReturnType<typeof useBackupImport> }) {
  const [secret, setSecret] = useState('');
  const { state } = importer;
  if (state.step !== 'locked-file') return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (secret !== '') void importer.unlockFile(secret);
  };
  return (
    <form className="import-panel" onSubmit={submit} aria-label="Open an encrypted backup">
      <p>
        <strong>{state.fileName}</strong> is an encrypted Grove backup from{' '}
        {new Date(state.envelope.createdAt).toLocaleString()}. Enter the passphrase — or the
        recovery key — Grove had when it was made.
      </p>
      <label className="field">
        <span className="field__label">Passphrase or recovery key</span>
        <input
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={secret}
          onChange={(e) => setSecret(e.target.value)}
          disabled={state.busy}
        />
      </label>
      {state.error && (
        <p className="callout callout--error" role="alert">
          {state.error}
        </p>
      )}
      <div className="export-card__row">
        <button
          type="submit"
          className="button button--primary"
          disabled={state.busy || secret === ''}
        >
          {state.busy ? 'Opening…' : 'Open backup'}
        </button>
        <button type="button" className="button button--ghost" onClick={importer.reset}>
          Cancel
        </button>
      </div>
    </form>
  );
}
