import { useState } from 'react';
import { readBackup, type BackupReport } from '../../../shared/formats/backup';
import { MAX_FILE_BYTES } from '../../../shared/ipc/contract';
import { useUiStore } from '../app/ui-store';
import { mergeBackup, restoreBackup, type ImportMode, type ImportResult } from '../db/repo/backup';
import { platform } from '../platform';
import { safetyCopyBefore } from './autoBackup';

export type ImportState =
  | { step: 'idle' }
  | { step: 'checking' }
  | { step: 'confirm'; mode: ImportMode; fileName: string; report: BackupReport }
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

  const check = (mode: ImportMode, fileName: string, text: string) => {
    try {
      setState({ step: 'confirm', mode, fileName, report: readBackup(text) });
    } catch (error) {
      setState({ step: 'error', message: `${fileName}: ${messageOf(error)}` });
    }
  };

  const chooseFile = async (mode: ImportMode) => {
    setState({ step: 'checking' });
    try {
      const opened = await platform.openFile({ filters: JSON_FILTER, maxBytes: MAX_FILE_BYTES });
      if (!opened.opened) return setState({ step: 'idle' });
      check(mode, opened.fileName, opened.content);
    } catch (error) {
      setState({ step: 'error', message: `${messageOf(error)} Nothing was changed.` });
    }
  };

  const chooseAutomatic = async (fileName: string) => {
    if (!platform.autoBackups) return;
    setState({ step: 'checking' });
    try {
      const { content } = await platform.autoBackups.read(fileName);
      check('restore', fileName, content);
    } catch (error) {
      setState({ step: 'error', message: `${messageOf(error)} Nothing was changed.` });
    }
  };

  const confirm = async () => {
    if (state.step !== 'confirm') return;
    const { mode, report, fileName } = state;
    setState({ step: 'writing', mode });
    try {
      const safetyCopy = await safetyCopyBefore(mode);
      const result =
        mode === 'restore' ? await restoreBackup(report.backup) : await mergeBackup(report.backup);
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

  return { state, chooseFile, chooseAutomatic, confirm, reset: () => setState({ step: 'idle' }) };
}
