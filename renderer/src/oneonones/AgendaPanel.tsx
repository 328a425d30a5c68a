import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { ActionItem, AgendaItem } from '../../../shared/domain/records';
import { reportError } from '../app/reportError';
import {
  addToAgenda,
  editAgendaPoint,
  moveAgendaPoint,
  removeAgendaPoint,
} from '../db/repo/meetings';
import { newId } from '../db/repo/records';

const KIND_LABEL: Record<AgendaItem['kind'], string> = {
  carryOver: 'Carried over',
  point: 'From the digest',
  topic: 'Topic',
  ask: 'Ask',
};

/**
 * The agenda: each button changes one point of the stored agenda inside a transaction (add, move,
 * remove, edit), never by writing back this rendered copy, so quick clicks never undo each other.
 */
export function AgendaPanel({
  meetingId,
  agenda,
  itemsById,
  actions,
}: {
  meetingId: string;
  agenda: AgendaItem[];
  itemsById: Map<string, ActionItem>;
  actions: ReactNode;
}) {
  const [editing, setEditing] = useState<string | null>(null);

  return (
    <section className="card oo-card" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">Agenda</h2>
      {agenda.length === 0 ? (
        <p className="empty">Add points from the digest, or a topic or ask below.</p>
      ) : (
        <ol className="oo-list" aria-label="Agenda points">
          {agenda.map((item, index) =>
            editing === item.id ? (
              <li key={item.id} className="oo-point">
                <EditPoint
                  item={item}
                  onDone={() => setEditing(null)}
                  save={(text) => editAgendaPoint(meetingId, item.id, text)}
                />
              </li>
            ) : (
              <AgendaPoint
                key={item.id}
                item={item}
                linked={
                  item.source?.type === 'actionItem' ? itemsById.get(item.source.id) : undefined
                }
                first={index === 0}
                last={index === agenda.length - 1}
                meetingId={meetingId}
                onEdit={() => setEditing(item.id)}
              />
            ),
          )}
        </ol>
      )}
      <AddPoint meetingId={meetingId} />
      <div className="oo-actions oo-after">{actions}</div>
    </section>
  );
}

function AgendaPoint({
  item,
  linked,
  first,
  last,
  meetingId,
  onEdit,
}: {
  item: AgendaItem;
  linked: ActionItem | undefined;
  first: boolean;
  last: boolean;
  meetingId: string;
  onEdit: () => void;
}) {
  const closed = linked && linked.status !== 'open';
  const move = (by: -1 | 1) =>
    void moveAgendaPoint(meetingId, item.id, by).catch(reportError('The point was not moved'));
  return (
    <li className="oo-point oo-row">
      <div className="oo-row__main">
        <span className={closed ? 'oo-strike' : undefined}>{item.text}</span>
        <span className="oo-meta">
          {KIND_LABEL[item.kind]}
          {closed ? ` · ${linked.status}` : ''}
        </span>
      </div>
      <div className="oo-row__actions">
        <button
          type="button"
          className="button button--small button--ghost"
          disabled={first}
          onClick={() => move(-1)}
          aria-label={`Move up: ${item.text}`}
        >
          ↑
        </button>
        <button
          type="button"
          className="button button--small button--ghost"
          disabled={last}
          onClick={() => move(1)}
          aria-label={`Move down: ${item.text}`}
        >
          ↓
        </button>
        {item.kind !== 'carryOver' && (
          <>
            <button
              type="button"
              className="button button--small button--ghost"
              onClick={onEdit}
              aria-label={`Edit: ${item.text}`}
            >
              Edit
            </button>
            <button
              type="button"
              className="button button--small button--ghost"
              onClick={() =>
                void removeAgendaPoint(meetingId, item.id).catch(
                  reportError('The point was not removed'),
                )
              }
              aria-label={`Remove: ${item.text}`}
            >
              ✕
            </button>
          </>
        )}
      </div>
    </li>
  );
}

function EditPoint({
  item,
  save,
  onDone,
}: {
  item: AgendaItem;
  save: (text: string) => Promise<unknown>;
  onDone: () => void;
}) {
  const [text, setText] = useState(item.text);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (text.trim() === '') {
      setError('A point needs some text.');
      return;
    }
    try {
      await save(text);
      onDone();
    } catch (err) {
      setError(err instanceof Error ? err.message : 'The point could not be saved.');
    }
  };
  return (
    <form className="oo-inline-form" onSubmit={(e) => void submit(e)}>
      <label className="field oo-grow" htmlFor={id}>
        <span className="field__label">Edit the point</span>
        <input
          id={id}
          value={text}
          maxLength={5000}
          autoFocus
          aria-invalid={error !== null}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <button type="submit" className="button button--small">
        Save point
      </button>
      <button type="button" className="button button--small button--ghost" onClick={onDone}>
        Cancel
      </button>
      {error && (
        <p className="oo-error oo-full" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

function AddPoint({ meetingId }: { meetingId: string }) {
  const [text, setText] = useState('');
  const [kind, setKind] = useState<'topic' | 'ask'>('topic');
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();

  const add = async (e: FormEvent) => {
    e.preventDefault();
    if (text.trim() === '') {
      setError('Write the topic or ask first.');
      return;
    }
    try {
      const added = text;
      await addToAgenda(meetingId, { id: newId(), text: added.trim(), source: null, kind });
      // Cleared only if it still holds what was added: a next point typed while this one was
      // being saved stays in the field.
      setText((current) => (current === added ? '' : current));
      setError(null);
    } catch (err) {
      // The text stays in the field, so nothing typed is lost.
      setError(`The point was not added: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  return (
    <>
      <form className="oo-inline-form oo-after" onSubmit={(e) => void add(e)}>
        <label className="field oo-grow" htmlFor={inputId}>
          <span className="field__label">New topic or ask</span>
          <input
            id={inputId}
            value={text}
            maxLength={5000}
            onChange={(e) => setText(e.target.value)}
            placeholder="Career path next year"
          />
        </label>
        <label className="field">
          <span className="field__label">Type</span>
          <select
            className="oo-select"
            value={kind}
            onChange={(e) => setKind(e.target.value as 'topic' | 'ask')}
          >
            <option value="topic">Topic</option>
            <option value="ask">Ask</option>
          </select>
        </label>
        <button type="submit" className="button button--small">
          Add to agenda
        </button>
      </form>
      {error && (
        <p className="oo-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
