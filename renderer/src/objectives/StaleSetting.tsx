import { useState } from 'react';
import { saveSetting } from '../db/repo/settings';
import { Field } from './fields';

/** The check-in reminder period (the `staleAfterDays` setting), where objectives are tracked. */
export function StaleSetting({ value }: { value: number }) {
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);

  const save = () => {
    const days = Number(text);
    if (!Number.isInteger(days) || days < 1 || days > 365) {
      setError('must be a whole number of days from 1 to 365');
      setSaved(false);
      return;
    }
    setError(undefined);
    if (days === value) return;
    void saveSetting('staleAfterDays', days).then(() => setSaved(true));
  };

  return (
    <section className="card form-card" aria-labelledby="reminder-heading">
      <h2 id="reminder-heading">Check-in reminder</h2>
      <p className="muted">
        An active objective with no check-in for this long is marked as needing attention.
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <Field label="Days without a check-in" error={error}>
          {(props) => (
            <span className="inline-control">
              <input
                {...props}
                type="text"
                inputMode="numeric"
                className="input--short"
                value={text}
                onChange={(e) => {
                  setText(e.target.value);
                  setSaved(false);
                }}
              />
              <button type="submit" className="button">
                Save
              </button>
              <span role="status" className="muted">
                {saved ? 'Saved.' : ''}
              </span>
            </span>
          )}
        </Field>
      </form>
    </section>
  );
}
