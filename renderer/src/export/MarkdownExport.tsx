import { useState, type ReactNode } from 'react';
import { todayIsoDate } from '../../../shared/domain/dates';
import { useUiStore } from '../app/ui-store';
import { readMarkdownJournalData } from '../db/repo/markdownExport';
import { platform } from '../platform';
import { exportInWorker } from './import/runInWorker';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The whole journal as a zip of Markdown files (built in a worker), saved where the person says. */
export function MarkdownExport({ before }: { before?: ReactNode }) {
  const notify = useUiStore((s) => s.notify);
  const [step, setStep] = useState<'idle' | 'reading' | 'zipping' | 'saving'>('idle');
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    setError(null);
    try {
      setStep('reading');
      const data = await readMarkdownJournalData();
      setStep('zipping');
      const folder = `Grove journal ${todayIsoDate()}`;
      const { zip, files } = await exportInWorker(data, new Date().toISOString(), folder);
      setStep('saving');
      const result = await platform.saveFile({
        suggestedName: `grove-journal-${todayIsoDate()}.zip`,
        content: zip,
        filters: [{ name: 'Zip of Markdown files', extensions: ['zip'] }],
      });
      if (result.saved)
        notify(`Saved ${files.toLocaleString()} Markdown files as ${result.fileName}.`);
    } catch (cause) {
      setError(`The Markdown export was not saved: ${messageOf(cause)}`);
    } finally {
      setStep('idle');
    }
  };

  const busy = step !== 'idle';
  return (
    <div className="export-card__row">
      {before}
      <button type="button" className="button" disabled={busy} onClick={() => void run()}>
        {busy ? 'Exporting…' : 'Export as Markdown…'}
      </button>
      {busy && (
        <span className="muted" role="status">
          {step === 'reading'
            ? 'Reading your journal…'
            : step === 'zipping'
              ? 'Writing files…'
              : 'Saving…'}
        </span>
      )}
      {error && (
        <p className="callout callout--error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
