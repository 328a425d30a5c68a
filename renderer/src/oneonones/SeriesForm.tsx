import { useId, useState, type FormEvent } from 'react';
import type { SeriesInput } from '../db/repo/series';
import { ValidationError } from '../db/repo/validation';

/** A series' name, person and cadence: to add one, or to rename and re-time one in place. */
export function SeriesForm({
  title,
  submitLabel,
  initial,
  save,
  onDone,
}: {
  title: string;
  submitLabel: string;
  initial: SeriesInput;
  save: (input: SeriesInput) => Promise<unknown>;
  /** Given when editing: called after a save and on Cancel. Without it the form resets. */
  onDone?: () => void;
}) {
  const [name, setName] = useState(initial.name);
  const [person, setPerson] = useState(initial.person);
  const [cadence, setCadence] = useState(String(initial.cadenceDays));
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() === '') {
      setError('Give the series a name, for example “Weekly with my manager”.');
      return;
    }
    const cadenceDays = Number(cadence);
    if (!Number.isInteger(cadenceDays) || cadenceDays < 1 || cadenceDays > 365) {
      setError('How often must be a whole number of days, from 1 to 365.');
      return;
    }
    try {
      await save({ name, person, cadenceDays });
      setError(null);
      if (onDone) onDone();
      else {
        setName(initial.name);
        setPerson(initial.person);
      }
    } catch (err) {
      setError(err instanceof ValidationError ? err.message : 'The series could not be saved.');
    }
  };

  return (
    <form className="card oo-stack" onSubmit={(e) => void submit(e)} aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <div className="oo-inline-form">
        <label className="field oo-grow">
          <span className="field__label">Name</span>
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="Weekly with my manager"
            maxLength={120}
            aria-invalid={error !== null && name.trim() === ''}
          />
        </label>
        <label className="field oo-grow">
          <span className="field__label">With (person)</span>
          <input
            value={person}
            onChange={(e) => setPerson(e.target.value)}
            placeholder="Sam"
            maxLength={120}
          />
        </label>
        <label className="field">
          <span className="field__label">Every (days)</span>
          <input
            type="number"
            min={1}
            max={365}
            value={cadence}
            onChange={(e) => setCadence(e.target.value)}
            className="oo-input oo-input--days"
          />
        </label>
        <button type="submit" className="button button--primary">
          {submitLabel}
        </button>
        {onDone && (
          <button type="button" className="button button--ghost" onClick={onDone}>
            Cancel
          </button>
        )}
      </div>
      {error && (
        <p className="oo-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
