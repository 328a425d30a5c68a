import { useState } from 'react';
import { todayIsoDate } from '../../../shared/domain/dates';
import type { CheckIn } from '../../../shared/domain/records';
import { addCheckIn, removeCheckIn } from '../db/repo/checkIns';
import { formatDate } from '../ui/format';
import { Field, fieldErrorsOf, parseNumber, type FieldErrors, NumberField } from './fields';
import { CONFIDENCE_LABELS } from './labels';

interface CheckInForm {
  date: string;
  progress: string;
  confidence: string;
  blockers: string;
  note: string;
}

/** A check-in form (progress prefilled from the key results) and the history, newest first. */
export function CheckIns({
  objectiveId,
  checkIns,
  derivedProgress,
}: {
  objectiveId: string;
  checkIns: CheckIn[];
  derivedProgress: number | null;
}) {
  const suggested = derivedProgress === null ? '' : String(Math.round(derivedProgress));
  const fresh = (): CheckInForm => ({
    date: todayIsoDate(),
    progress: suggested,
    confidence: '3',
    blockers: '',
    note: '',
  });
  const [form, setForm] = useState(fresh);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [touchedProgress, setTouchedProgress] = useState(false);
  const set = (patch: Partial<CheckInForm>) => setForm((f) => ({ ...f, ...patch }));
  // Until the person types a progress of their own, follow the key results as they change.
  const progressShown = touchedProgress ? form.progress : suggested;

  return (
    <section className="card objective-section" aria-labelledby="checkins-heading" id="check-in">
      <h2 id="checkins-heading">Check-ins</h2>
      <form
        className="subform subform--flush"
        aria-label="New check-in"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          addCheckIn(objectiveId, {
            date: form.date,
            progress: parseNumber(progressShown),
            confidence: Number(form.confidence),
            blockers: form.blockers.trim(),
            note: form.note.trim(),
          }).then(
            () => {
              setForm(fresh());
              setTouchedProgress(false);
              setErrors({});
            },
            (cause: unknown) => setErrors(fieldErrorsOf(cause)),
          );
        }}
      >
        <div className="subform__row">
          <Field label="Date" error={errors['date']}>
            {(p) => (
              <input
                {...p}
                type="date"
                value={form.date}
                onChange={(e) => set({ date: e.target.value })}
              />
            )}
          </Field>
          <NumberField
            label="Progress (%)"
            hint="0 to 100."
            error={errors['progress']}
            value={progressShown}
            onChange={(value) => {
              setTouchedProgress(true);
              set({ progress: value });
            }}
          />
          <Field label="Confidence" error={errors['confidence']}>
            {(p) => (
              <select
                {...p}
                value={form.confidence}
                onChange={(e) => set({ confidence: e.target.value })}
              >
                {[1, 2, 3, 4, 5].map((n) => (
                  <option key={n} value={n}>
                    {CONFIDENCE_LABELS[n]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field label="Blockers" hint="Optional.">
          {(p) => (
            <input
              {...p}
              type="text"
              value={form.blockers}
              onChange={(e) => set({ blockers: e.target.value })}
            />
          )}
        </Field>
        <Field label="Note" hint="Optional.">
          {(p) => (
            <textarea
              {...p}
              rows={2}
              value={form.note}
              onChange={(e) => set({ note: e.target.value })}
            />
          )}
        </Field>
        <div>
          <button type="submit" className="button button--primary">
            Check in
          </button>
        </div>
      </form>

      {checkIns.length === 0 ? (
        <p className="muted">No check-ins yet.</p>
      ) : (
        <table className="checkin-table">
          <caption className="visually-hidden">Check-in history, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Progress</th>
              <th scope="col">Confidence</th>
              <th scope="col">Blockers and notes</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {[...checkIns].reverse().map((c) => (
              <tr key={c.id}>
                <td>{formatDate(c.date)}</td>
                <td>{Math.round(c.progress)}%</td>
                <td>{c.confidence} / 5</td>
                <td>
                  {c.blockers && (
                    <span className="checkin-table__blockers">Blocked by: {c.blockers}</span>
                  )}
                  {c.note && <span>{c.note}</span>}
                </td>
                <td>
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    onClick={() => void removeCheckIn(c.id)}
                  >
                    Remove<span className="visually-hidden"> check-in of {formatDate(c.date)}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
