import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { todayIsoDate } from '../../../shared/domain/dates';
import { BACKUP_TABLES } from '../../../shared/formats/backup';
import type { CoachSummary } from '../../../shared/formats/coach-summary';
import { readCoachSummary } from '../../../shared/formats/read-coach-summary';
import { MAX_FILE_BYTES } from '../../../shared/ipc/contract';
import { useUiStore } from '../app/ui-store';
import { type BackupProgress } from '../db/repo/backup';
import { backupsAreEncrypted, createBackupFileText } from './encryptedBackup';
import { platform } from '../platform';
import { AutomaticBackups } from './AutomaticBackups';
import { CoachResponseSection } from './coach-response/CoachResponseSection';
import { CoachSummaryViewer } from './coach-response/CoachSummaryViewer';
import { ImportPanel } from './ImportPanel';
import { MarkdownExport } from './MarkdownExport';
import { useBackupImport } from './useBackupImport';
import './export.css';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function ExportPage() {
  const importer = useBackupImport();
  const [opened, setOpened] = useState<{ fileName: string; summary: CoachSummary } | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  // A coach response dropped on the window while a summary is open: back to the list, where the
  // "Coach responses" section takes it in.
  useEffect(
    () =>
      useUiStore.subscribe((s) => {
        if (s.droppedFile) setOpened(null);
      }),
    [],
  );

  if (opened) {
    return (
      <CoachSummaryViewer
        fileName={opened.fileName}
        summary={opened.summary}
        onClose={() => setOpened(null)}
      />
    );
  }

  const openSummary = async () => {
    setOpenError(null);
    try {
      const file = await platform.openFile({
        filters: [{ name: 'Coach summary', extensions: ['json'] }],
        maxBytes: MAX_FILE_BYTES,
      });
      if (!file.opened) return;
      try {
        setOpened({ fileName: file.fileName, summary: readCoachSummary(file.content) });
      } catch (error) {
        setOpenError(`${file.fileName}: ${messageOf(error)}`);
      }
    } catch (error) {
      setOpenError(messageOf(error));
    }
  };

  return (
    <div className="page">
      <header className="page__header">
        <h1>Export &amp; backup</h1>
        <p className="lead">
          Share the progress you choose, and keep everything safe in a file of your own.
        </p>
      </header>

      <section className="card export-card" aria-labelledby="coach-heading">
        <div>
          <h2 id="coach-heading">Summary for a coach</h2>
          <p className="muted">
            Pick a period, objectives and kinds of entry, see exactly what will be shared, and save
            it as JSON, Markdown or a printable page. Private entries never leave.
          </p>
        </div>
        <Link href="/export/coach" className="button button--primary">
          Prepare a summary
        </Link>
      </section>

      <CoachResponseSection />

      <section className="card export-card export-card--stack" aria-labelledby="backup-heading">
        <div>
          <h2 id="backup-heading">Full backup</h2>
          <p className="muted">
            Everything in one file — entries, objectives, 1:1s, settings, and the trash — to keep
            somewhere safe or move to another computer.
          </p>
        </div>
        <BackupNow />
        <div className="export-card__row">
          <button
            type="button"
            className="button"
            disabled={importer.state.step === 'checking' || importer.state.step === 'writing'}
            onClick={() => void importer.chooseFile('restore')}
          >
            Restore from a backup…
          </button>
          <button
            type="button"
            className="button"
            disabled={importer.state.step === 'checking' || importer.state.step === 'writing'}
            onClick={() => void importer.chooseFile('merge')}
          >
            Merge a backup…
          </button>
        </div>
        <p className="field__hint">
          Restore replaces your journal with the backup (a copy of what is here now is kept first).
          Merge adds what is missing and keeps the newer version of anything on both sides. Every
          file is checked completely before anything changes.
        </p>
        <ImportPanel importer={importer} />
      </section>

      <section className="card export-card export-card--stack" aria-labelledby="move-heading">
        <div>
          <h2 id="move-heading">Other apps</h2>
          <p className="muted">
            Bring in a journal from Day One, Daylio or a folder of Markdown notes — or take yours
            anywhere as Markdown files, one per entry, that any editor and Obsidian open as they
            are.
          </p>
        </div>
        <MarkdownExport
          before={
            <Link href="/export/import" className="button button--primary">
              Import from another app
            </Link>
          }
        />
      </section>

      <AutomaticBackups onRestore={(fileName) => void importer.chooseAutomatic(fileName)} />

      <section className="card export-card export-card--stack" aria-labelledby="open-heading">
        <div>
          <h2 id="open-heading">Open a coach summary</h2>
          <p className="muted">
            See a summary file someone shared with you as a tidy report, and answer it as their
            coach. It is only shown, never imported.
          </p>
        </div>
        <div className="export-card__row">
          <button type="button" className="button" onClick={() => void openSummary()}>
            Open a coach summary…
          </button>
        </div>
        {openError && (
          <p className="callout callout--error" role="alert">
            {openError}
          </p>
        )}
      </section>
    </div>
  );
}

function BackupNow() {
  const notify = useUiStore((s) => s.notify);
  const [progress, setProgress] = useState<BackupProgress | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Encryption on: backups are encrypted unless a readable one is asked for on purpose.
  const encrypted = backupsAreEncrypted();
  const [plain, setPlain] = useState(false);

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const content = await createBackupFileText({
        appVersion: import.meta.env['VITE_APP_VERSION'],
        onProgress: setProgress,
        plain,
      });
      const sealed = encrypted && !plain;
      const result = await platform.saveFile({
        suggestedName: `grove-backup-${sealed ? 'encrypted-' : ''}${todayIsoDate()}.json`,
        content,
        filters: [{ name: 'Grove backup', extensions: ['json'] }],
      });
      if (result.saved) notify(`Backup saved as ${result.fileName}.`);
    } catch (cause) {
      setError(`The backup was not saved: ${messageOf(cause)}`);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const tableIndex = progress ? BACKUP_TABLES.indexOf(progress.table) : 0;
  const percent = progress
    ? Math.round(
        ((tableIndex + (progress.total ? progress.done / progress.total : 1)) /
          BACKUP_TABLES.length) *
          100,
      )
    : 0;

  return (
    <div className="export-card__row">
      {encrypted && (
        <div className="backup-encryption">
          <p className="muted">
            {plain
              ? 'This backup will be readable by anyone who gets the file.'
              : 'Encrypted: your passphrase or recovery key opens it.'}
          </p>
          <label className="checkbox">
            <input type="checkbox" checked={plain} onChange={(e) => setPlain(e.target.checked)} />
            <span>Save without encryption</span>
          </label>
          {plain && (
            <p className="callout callout--error">
              A plain backup holds every word of your journal in readable text. Keep it somewhere
              only you can reach, and delete it when you no longer need it.
            </p>
          )}
        </div>
      )}
      <button
        type="button"
        className="button button--primary"
        disabled={busy}
        onClick={() => void run()}
      >
        {busy ? 'Backing up…' : plain || !encrypted ? 'Back up now' : 'Back up now (encrypted)'}
      </button>
      {busy && (
        <progress
          className="export-progress"
          max={100}
          value={percent}
          aria-label="Backup progress"
        >
          {percent}%
        </progress>
      )}
      {error && (
        <p className="callout callout--error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
