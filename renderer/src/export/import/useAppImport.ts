import { useState } from 'react';
import { DAYLIO_DEFAULT_MOODS } from '../../../../shared/formats/import/daylio';
import { defaultMoodMap, type ImportChoices } from '../../../../shared/formats/import/to-entries';
import type { ImportFile, ImportPreview } from '../../../../shared/formats/import/types';
import { MAX_FILE_BYTES } from '../../../../shared/ipc/contract';
import { useUiStore } from '../../app/ui-store';
import {
  importPreviewedEntries,
  type ImportOutcome,
  type ImportProgress,
} from '../../db/repo/imports';
import { platform } from '../../platform';
import { parseInWorker } from './runInWorker';

export type AppImportState =
  | { step: 'idle' }
  | { step: 'reading'; names: string[] }
  | { step: 'preview'; names: string[]; preview: ImportPreview; choices: ImportChoices }
  | { step: 'writing'; progress: ImportProgress }
  | { step: 'done'; outcome: ImportOutcome }
  | { step: 'error'; message: string };

export const IMPORT_FILTERS = [
  {
    name: 'Day One, Daylio or Markdown export',
    extensions: ['zip', 'json', 'csv', 'md', 'markdown'],
  },
];

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Pick → recognise → preview → one click → progress → report. Nothing is written before the
 * click; a file that cannot be read is refused with the reason and the place.
 */
export function useAppImport() {
  const [state, setState] = useState<AppImportState>({ step: 'idle' });
  const notify = useUiStore((s) => s.notify);

  const read = async (files: ImportFile[]) => {
    const names = files.map((f) => f.name);
    setState({ step: 'reading', names });
    try {
      const preview = await parseInWorker(files);
      setState({
        step: 'preview',
        names,
        preview,
        choices: {
          kind: 'daily',
          moodMap: defaultMoodMap(preview.moodLabels, DAYLIO_DEFAULT_MOODS),
        },
      });
    } catch (error) {
      setState({ step: 'error', message: messageOf(error) });
    }
  };

  const choose = async () => {
    try {
      const opened = await platform.openFiles({
        filters: IMPORT_FILTERS,
        multiple: true,
        maxBytes: MAX_FILE_BYTES,
      });
      if (!opened.opened) return;
      await read(opened.files.map((f) => ({ name: f.fileName, bytes: f.bytes })));
    } catch (error) {
      setState({ step: 'error', message: `${messageOf(error)} Nothing was imported.` });
    }
  };

  const setChoices = (choices: ImportChoices) =>
    setState((s) => (s.step === 'preview' ? { ...s, choices } : s));

  const confirm = async () => {
    if (state.step !== 'preview') return;
    const { preview, choices } = state;
    setState({ step: 'writing', progress: { done: 0, total: preview.entries.length } });
    try {
      const outcome = await importPreviewedEntries(preview, choices, (progress) =>
        setState({ step: 'writing', progress }),
      );
      setState({ step: 'done', outcome });
      notify(`Imported ${outcome.added} ${outcome.added === 1 ? 'entry' : 'entries'}.`);
    } catch (error) {
      setState({
        step: 'error',
        message: `The import stopped: ${messageOf(error)} Entries imported before this point are complete; importing the same file again adds only the rest.`,
      });
    }
  };

  return { state, choose, setChoices, confirm, reset: () => setState({ step: 'idle' }) };
}
