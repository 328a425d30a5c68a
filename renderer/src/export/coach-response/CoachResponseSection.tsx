import { useEffect, useRef } from 'react';
import { useUiStore } from '../../app/ui-store';
import { CoachResponsePanel } from './CoachResponsePanel';
import { useCoachResponseImport } from './useCoachResponseImport';

/** Export & backup › "Coach responses": open a response file, or take in one dropped on the window. */
export function CoachResponseSection() {
  const importer = useCoachResponseImport();
  const { takeText } = importer;
  const dropped = useUiStore((s) => s.droppedFile);
  const setDropped = useUiStore((s) => s.setDroppedFile);
  const section = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!dropped) return;
    setDropped(null);
    section.current?.scrollIntoView({ block: 'start' });
    void takeText(dropped.fileName, dropped.text);
  }, [dropped, setDropped, takeText]);

  const busy = importer.state.step === 'checking' || importer.state.step === 'writing';
  return (
    <section
      ref={section}
      className="card export-card export-card--stack"
      aria-labelledby="responses-heading"
    >
      <div>
        <h2 id="responses-heading">Coach responses</h2>
        <p className="muted">
          When your coach answers a summary you saved, take their response in: you see each comment
          beside what it is about and choose which become “Feedback received” entries. You can also
          drop the file anywhere on this window.
        </p>
      </div>
      <div className="export-card__row">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void importer.chooseFile()}
        >
          Take in a coach response…
        </button>
      </div>
      <CoachResponsePanel importer={importer} />
    </section>
  );
}
