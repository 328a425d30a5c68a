import { useEffect, useState } from 'react';
import { summaryTitle } from '../../../../shared/formats/coach-render';
import type { CoachSummary } from '../../../../shared/formats/coach-summary';
import { coachSummaryHash } from '../../../../shared/formats/summary-hash';
import { ArrowLeftIcon } from '../../ui/icons';
import { CoachReport } from '../CoachReport';
import { ResponseForm } from './ResponseForm';

/**
 * "Open a coach summary…": the file shown read-only as a report, and — for a coach — the same
 * response form as the summary's web page. Responding writes a file, never the journal.
 */
export function CoachSummaryViewer({
  fileName,
  summary,
  onClose,
}: {
  fileName: string;
  summary: CoachSummary;
  onClose: () => void;
}) {
  const [hash, setHash] = useState<string | null>(null);
  const [responding, setResponding] = useState(false);
  useEffect(() => {
    let live = true;
    void coachSummaryHash(summary).then((h) => live && setHash(h));
    return () => {
      live = false;
    };
  }, [summary]);

  return (
    <div className="page page--wide">
      <button type="button" className="back-link back-link--button no-print" onClick={onClose}>
        <ArrowLeftIcon /> Export &amp; backup
      </button>
      <div className="callout callout--info no-print viewer-bar" role="status">
        <p>
          Viewing <strong>{fileName}</strong>, read-only. Nothing from it is added to your journal.
        </p>
        <div className="export-card__row">
          {!responding && (
            <button
              type="button"
              className="button button--small button--primary"
              disabled={!hash}
              onClick={() => setResponding(true)}
            >
              Respond as coach
            </button>
          )}
          <button type="button" className="button button--small" onClick={() => window.print()}>
            Print…
          </button>
        </div>
      </div>
      {responding && hash ? (
        <ResponseForm summary={summary} summaryHash={hash} title={summaryTitle(summary)}>
          {(respond) => (
            <div className="card print-area">
              <CoachReport summary={summary} headingLevel={1} respond={respond} />
            </div>
          )}
        </ResponseForm>
      ) : (
        <div className="card print-area">
          <CoachReport summary={summary} headingLevel={1} />
        </div>
      )}
    </div>
  );
}
