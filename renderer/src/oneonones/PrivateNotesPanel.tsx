import { useId, useState } from 'react';
import { reportError } from '../app/reportError';
import { savePrivateNotes } from '../db/repo/meetings';
import { useAutosave } from '../ui/useAutosave';

/** Only for me: saved on a pause and on leaving the field, never part of the copied agenda. */
export function PrivateNotesPanel({ meetingId, stored }: { meetingId: string; stored: string }) {
  const [text, setText] = useState(stored);
  const id = useId();
  const { schedule, flush } = useAutosave(
    (value: string) => savePrivateNotes(meetingId, value),
    reportError('Your private notes were not saved (they are still on screen)'),
  );

  return (
    <section className="card oo-card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Private notes</h2>
      <p className="oo-meta">Only for you: never copied or exported with the agenda.</p>
      <textarea
        className="oo-textarea"
        aria-labelledby={`${id}-h`}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          schedule(e.target.value);
        }}
        onBlur={flush}
      />
    </section>
  );
}
