import { useId, useState } from 'react';
import { useSettings } from '../app/useSettings';
import { saveSetting } from '../db/repo/settings';
import { platform } from '../platform';
import './ReminderSetting.css';

const DEFAULT_TIME = '20:00';
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * The daily reflection reminder: a system notification at a chosen time; clicking it opens Today.
 * Desktop only. In web mode the section says so rather than vanishing, so a person trying Grove in
 * a browser learns the reminder exists (a closed tab cannot remind anyone).
 */
export function ReminderSetting() {
  const settings = useSettings();
  const canRemind = Boolean(platform.setDailyReminder);
  return (
    <section className="card form-card reminder-setting" aria-labelledby="reminder-heading">
      <h2 id="reminder-heading">Daily reminder</h2>
      {!canRemind ? (
        <p className="muted">
          Reminders come with the desktop app: it can tap you on the shoulder at a time you choose,
          even when Grove is in the background. A browser tab can’t do that once it is closed.
        </p>
      ) : settings ? (
        <ReminderControls saved={settings.reminderTime} />
      ) : null}
    </section>
  );
}

function ReminderControls({ saved }: { saved: string | null }) {
  // The time field keeps its own text, so turning the reminder off and on again keeps the time.
  const [time, setTime] = useState(saved ?? DEFAULT_TIME);
  const [problem, setProblem] = useState<string | null>(null);
  const inputId = useId();
  const hintId = useId();
  const problemId = useId();
  const enabled = saved !== null;

  const save = (value: string | null) => {
    saveSetting('reminderTime', value).then(
      () => setProblem(null),
      (cause: unknown) => setProblem(cause instanceof Error ? cause.message : String(cause)),
    );
  };

  return (
    <>
      <label className="reminder-setting__toggle">
        <input
          type="checkbox"
          checked={enabled}
          onChange={(e) => {
            if (!e.target.checked) return save(null);
            if (!TIME.test(time)) return setProblem('Enter a time, like 20:00, to turn it on.');
            save(time);
          }}
        />
        <span>Remind me to reflect every day</span>
      </label>
      <div className="field">
        <label className="field__label" htmlFor={inputId}>
          Reminder time
        </label>
        <span className="field__hint" id={hintId}>
          {enabled
            ? `A notification at ${saved} each day; click it to open Today.`
            : 'Off. Pick a time and turn it on above.'}
        </span>
        <input
          id={inputId}
          type="time"
          className="reminder-setting__time"
          value={time}
          required
          aria-describedby={problem ? `${hintId} ${problemId}` : hintId}
          aria-invalid={problem ? true : undefined}
          onChange={(e) => {
            const next = e.target.value;
            setTime(next);
            if (!TIME.test(next)) {
              setProblem('Enter a time, like 20:00.');
              return;
            }
            setProblem(null);
            if (enabled) save(next);
          }}
        />
      </div>
      {problem && (
        <p className="callout callout--error" id={problemId} role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
