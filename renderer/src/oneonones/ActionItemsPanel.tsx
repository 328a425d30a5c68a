import { useState, type FormEvent } from 'react';
import { todayIsoDate } from '../../../shared/domain/dates';
import { createActionItem } from '../db/repo/actionItems';
import { ValidationError } from '../db/repo/validation';
import { ActionItemList } from './ActionItemList';
import type { MeetingData } from './useMeetingData';

/** The meeting's action items: those carried from earlier meetings, those recorded here, and a form. */
export function ActionItemsPanel({ data }: { data: MeetingData }) {
  const [text, setText] = useState('');
  const [owner, setOwner] = useState<'me' | 'them'>('me');
  const [due, setDue] = useState('');
  const [objectiveId, setObjectiveId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const today = todayIsoDate();
  const items = [...data.carried, ...data.recorded];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (text.trim() === '') {
      setError('An action item needs some text: write what needs doing.');
      return;
    }
    const added = text;
    const addedDue = due;
    try {
      await createActionItem({
        text: added,
        owner,
        dueDate: addedDue === '' ? null : addedDue,
        objectiveId: objectiveId || null,
        seriesId: data.series.id,
        meetingId: data.meeting.id,
      });
      // Cleared only if it still holds what was added: a next item typed while this one was
      // being saved stays in the field.
      setText((current) => (current === added ? '' : current));
      setDue((current) => (current === addedDue ? '' : current));
      setError(null);
    } catch (err) {
      setError(
        err instanceof ValidationError ? err.message : 'The action item could not be saved.',
      );
    }
  };

  return (
    <section className="card oo-card" aria-labelledby="actions-heading">
      <h2 id="actions-heading">Action items</h2>
      {items.length === 0 ? (
        <p className="empty">No action items yet.</p>
      ) : (
        <ActionItemList
          items={items}
          today={today}
          fromEarlier={new Set(data.carried.map((i) => i.id))}
        />
      )}
      <form className="oo-inline-form oo-after" onSubmit={(e) => void submit(e)}>
        <label className="field oo-full">
          <span className="field__label">New action item</span>
          <input
            value={text}
            maxLength={5000}
            onChange={(e) => setText(e.target.value)}
            placeholder="Send the design doc to Sam"
            aria-invalid={error !== null}
          />
        </label>
        <label className="field">
          <span className="field__label">Owner</span>
          <select
            className="oo-select"
            value={owner}
            onChange={(e) => setOwner(e.target.value as 'me' | 'them')}
          >
            <option value="me">Me</option>
            <option value="them">Them</option>
          </select>
        </label>
        <label className="field">
          <span className="field__label">Due</span>
          <input type="date" value={due} onChange={(e) => setDue(e.target.value)} />
        </label>
        {data.objectives.length > 0 && (
          <label className="field">
            <span className="field__label">Objective</span>
            <select
              className="oo-select"
              value={objectiveId}
              onChange={(e) => setObjectiveId(e.target.value)}
            >
              <option value="">None</option>
              {data.objectives.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.title}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="submit" className="button button--small">
          Add action item
        </button>
      </form>
      {error && (
        <p className="oo-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
