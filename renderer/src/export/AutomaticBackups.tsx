import { useCallback, useEffect, useState } from 'react';
import type { AutoBackupInfo, AutoBackupReason } from '../../../shared/ipc/contract';
import { platform } from '../platform';
import { writeAutomaticBackup } from './autoBackup';

const REASON_LABELS: Record<AutoBackupReason, string> = {
  daily: 'Daily',
  scheduled: 'While open',
  'before-migration': 'Before an update',
  'before-restore': 'Before a restore',
  'before-merge': 'Before a merge',
};

const sizeText = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The desktop shell's automatic backups; in web mode, a plain statement that there are none. */
export function AutomaticBackups({ onRestore }: { onRestore: (fileName: string) => void }) {
  const auto = platform.autoBackups;
  const [list, setList] = useState<AutoBackupInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(() => {
    if (!auto) return;
    auto.list().then(setList, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [auto]);
  useEffect(refresh, [refresh]);

  return (
    <section className="card export-card export-card--stack" aria-labelledby="auto-heading">
      <div>
        <h2 id="auto-heading">Automatic backups</h2>
        {auto ? (
          <p className="muted">
            The desktop app keeps a copy of your journal in its data folder: once a day, every few
            hours while open, and before every update of the database. It keeps 7 daily and 4 weekly
            copies.
          </p>
        ) : (
          <p className="muted">
            Automatic backups run in the desktop app. In the browser, back up by hand with “Back up
            now” and keep the file somewhere safe.
          </p>
        )}
      </div>
      {auto && (
        <>
          {error && (
            <p className="callout callout--error" role="alert">
              {error}
            </p>
          )}
          {list && list.length === 0 && <p className="muted">No automatic backups yet.</p>}
          {list && list.length > 0 && (
            <ul className="auto-backups">
              {list.map((b) => (
                <li key={b.fileName} className="auto-backups__item">
                  <span>
                    <strong>{new Date(b.createdAt).toLocaleString()}</strong>
                    <span className="muted">
                      {' '}
                      · {REASON_LABELS[b.reason]} · {sizeText(b.bytes)}
                    </span>
                  </span>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={`Restore the backup from ${new Date(b.createdAt).toLocaleString()}`}
                    onClick={() => onRestore(b.fileName)}
                  >
                    Restore…
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div className="export-card__row">
            <button
              type="button"
              className="button"
              onClick={() => void writeAutomaticBackup(auto, 'scheduled').then(refresh, refresh)}
            >
              Make a copy now
            </button>
            <button
              type="button"
              className="button button--ghost"
              onClick={() => void auto.reveal()}
            >
              Show the folder
            </button>
          </div>
        </>
      )}
    </section>
  );
}
