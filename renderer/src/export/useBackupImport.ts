import { useState } from 'react';
import { MAX_FILE_BYTES } from '../../../shared/ipc/contract';
import { useUiStore } from '../app/ui-store';
import { importBackupText, type ImportMode, type ImportResult } from '../db/repo/backup';
import { validateBackupText, type BackupSummary } from '../db/repo/backup-validation';
import { platform } from '../platform';
import { safetyCopyBefore } from './autoBackup';
import { inspectBackupFile, openEncryptedBackup } from './encryptedBackup';
import type { EncryptedBackupV1 } from '../../../shared/formats/encrypted-backup';

export type ImportState =
  | { step: 'idle' }
  | { step: 'checking' }
  | {
      step: 'locked-file';
      mode: ImportMode;
      fileName: string;
      envelope: EncryptedBackupV1;
      error: string | null;
      busy: boolean;
    }
  | { step: 'confirm'; mode: ImportMode; fileName: string; report: BackupSummary; text: string }
  | { step: 'writing'; mode: ImportMode }
  | {
      step: 'done';
      mode: ImportMode;
      fileName: string;
      result: ImportResult;
      safetyCopy: string | null;
    }
  | { step: 'error'; message: string };

export const JSON_FILTER = [{ name: 'Grove backup', extensions: ['json'] }];

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Restore and merge, validation first: a file is read and checked completely and the user sees
 * what is in it before anything is written. Restore and merge keep a safety copy of the current
 * journal first and will not go ahead without one.
 */
export function useBackupImport() {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const notify = useUiStore((s) => s.notify);

  // Checked in a worker: a large file never freezes the page while it is read.
  const check = async (mode: ImportMode, fileName: string, text: string) => {
    try {
      // An encrypted backup asks for its passphrase or recovery key first.
      const kind = inspectBackupFile(text);
      if (kind.encrypted) {
        setState({
          step: 'locked-file',
          mode,
          fileName,
          envelope: kind.envelope,
          error: null,
          busy: false,
        });
        return;
      }
      const report = await validateBackupText(text);
      setState({ step: 'confirm', mode, fileName, report, text });
    } catch (error) {
      setState({ step: 'error', message: `${fileName}: ${messageOf(error)}` });
    }
  };

  const chooseFile = async (mode: ImportMode) => {
    setState({ step: 'checking' });
    try {
      const opened = await platform.openFile({ filters: JSON_FILTER, maxBytes: MAX_FILE_BYTES });
      if (!opened.opened) return setState({ step: 'idle' });
      await check(mode, opened.fileName, opened.content);
    } catch (error) {
      setState({ step: 'error', message: `${messageOf(error)} Nothing was changed.` });
    }
  };

  const chooseAutomatic = async (fileName: string) => {
    if (!platform.autoBackups) return;
    setState({ step: 'checking' });
    try {
      const { content } = await platform.autoBackups.read(fileName);
      await check('restore', fileName, content);
    } catch (error) {
      setState({ step: 'error', message: `${messageOf(error)} Nothing was changed.` });
    }
  };

  /** Opens an encrypted backup; a wrong key keeps the question open and changes nothing. */
  const unlockFile = async (secret: string) => {
    if (state.step !== 'locked-file' || state.busy) return;
    const current = state;
    setState({ ...current, busy: true, error: null });
    try {
      const text = await openEncryptedBackup(current.envelope, secret);
      check(current.mode, current.fileName, text);
    } catch (error) {
      setState({ ...current, busy: false, error: messageOf(error) });
    }
  };

  const confirm = async () => {
    if (state.step !== 'confirm') return;
    const { mode, text, fileName } = state;
    setState({ step: 'writing', mode });
    try {
      const safetyCopy = await safetyCopyBefore(mode);
      // Validated again as it is written (the same check, overlapping the writes).
      const result = await importBackupText(text, mode);
      setState({ step: 'done', mode, fileName, result, safetyCopy });
      notify(
        mode === 'restore'
          ? 'Journal restored from the backup.'
          : 'Backup merged into your journal.',
      );
    } catch (error) {
      setState({ step: 'error', message: `${messageOf(error)} Nothing was changed.` });
    }
  };

  return {
    state,
    chooseFile,
    chooseAutomatic,
    unlockFile,
    confirm,
    reset: () => setState({ step: 'idle' }),
  };
}
